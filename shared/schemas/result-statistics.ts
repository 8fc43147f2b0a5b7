// Figures over a whole round's results: each dimension's median (the radar chart's reference), the spread
// of totals and how many enterprises earned each grade. Aggregates only: no enterprise is named.
import { z } from 'zod';
import { Id, Localized } from './common';

const Count = z.number().int().min(0);

export const DimensionStatistics = z.object({
  id: Id,
  code: z.string(),
  name: Localized,
  /** Enterprises with a score in this dimension. */
  count: Count,
  median: z.number().nullable(),
  mean: z.number().nullable(),
});
export type DimensionStatistics = z.infer<typeof DimensionStatistics>;

/** Totals in [from, to); the last bin includes 100. */
export const HistogramBin = z.object({ from: z.number(), to: z.number(), count: Count });
export type HistogramBin = z.infer<typeof HistogramBin>;

export const ResultStatistics = z.object({
  roundId: Id,
  /** Enterprises with a total. */
  enterprises: Count,
  total: z.object({ median: z.number().nullable(), mean: z.number().nullable(), min: z.number().nullable(), max: z.number().nullable() }),
  dimensions: z.array(DimensionStatistics),
  histogram: z.array(HistogramBin),
  /** Every grade band of the framework, best first, with how many enterprises hold it. */
  grades: z.array(z.object({ grade: z.string(), label: Localized, count: Count })),
});
export type ResultStatistics = z.infer<typeof ResultStatistics>;
