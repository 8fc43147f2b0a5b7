// Evaluation rounds and the indicator tree a round is scored against.
import { z } from 'zod';
import { Id, Localized } from './common';
import { EvidenceValidity, IndicatorKind, RubricLevel } from './framework';

export const RoundStatus = z.enum(['preparing', 'collecting', 'scoring', 'reviewing', 'published', 'closed']);
export type RoundStatus = z.infer<typeof RoundStatus>;

export const Round = z.object({
  id: Id,
  name: Localized,
  year: z.number().int(),
  status: RoundStatus,
  framework: z.object({ id: Id, code: z.string(), version: z.number().int() }),
});
export type Round = z.infer<typeof Round>;

/** A node of the indicator tree as served to clients (levels 1–3; scoring fields only on level 3). */
export const IndicatorNode = z.object({
  id: Id,
  parentId: Id.nullable(),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Order among its siblings. */
  position: z.number().int(),
  code: z.string(),
  name: Localized,
  guidance: Localized.nullable(),
  kind: IndicatorKind.nullable(),
  industries: z.array(z.string()),
  weight: z.number(),
  maxScore: z.number().nullable(),
  rubric: z.array(RubricLevel).nullable(),
  keywords: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
  validity: EvidenceValidity.nullable(),
});
export type IndicatorNode = z.infer<typeof IndicatorNode>;
