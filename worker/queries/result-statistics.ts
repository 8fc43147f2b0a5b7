// A round's result statistics in SQL over one generation: dimension medians by ordered aggregates (as
// results-sql.ts computes consensus), a 10-point histogram of totals and the count of each grade. Computed
// by the refresh job (jobs/refresh.ts) and served from its cache.
import { sql, type SQL } from 'drizzle-orm';
import type { FrameworkSettings } from '../../shared/schemas/framework';
import type { ResultStatistics } from '../../shared/schemas/result-statistics';
import { runBatch } from '../db/batch';
import type { Database } from '../db/client';

const BIN_WIDTH = 10;
const BINS = 100 / BIN_WIDTH;

/** Median of the values `sorted` (a JSON array sorted ascending) of `n` items. */
const medianOf = (sorted: SQL, n: SQL) =>
  sql`(json_extract(${sorted}, '$[' || ((${n} - 1) / 2) || ']') + json_extract(${sorted}, '$[' || (${n} / 2) || ']')) / 2.0`;

const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

type DimensionRow = { id: number; code: string; name_zh: string; name_en: string; n: number | null; mean: number | null; median: number | null };
type TotalRow = { n: number; mean: number | null; median: number | null; min: number | null; max: number | null };
type StatisticsRows = [DimensionRow[], TotalRow[], { bin: number; n: number }[], { grade: string; n: number }[]];

/** The four aggregates of generation `generation`, for one batch. */
export const statisticsQueries = (roundId: number, frameworkId: number, generation: SQL): SQL[] => [
  sql`
    WITH d AS (
      SELECT indicator_id, COUNT(*) AS n, AVG(score) AS mean, json_group_array(score ORDER BY score) AS sorted
      FROM result_node WHERE round_id = ${roundId} AND generation = ${generation} AND level = 1 GROUP BY indicator_id
    )
    SELECT i.id, i.code, i.name_zh, i.name_en, d.n, d.mean, ${medianOf(sql`d.sorted`, sql`d.n`)} AS median
    FROM indicator i LEFT JOIN d ON d.indicator_id = i.id
    WHERE i.framework_id = ${frameworkId} AND i.level = 1 ORDER BY i.position`,
  sql`
    WITH t AS (SELECT COUNT(*) AS n, AVG(total) AS mean, MIN(total) AS min, MAX(total) AS max, json_group_array(total ORDER BY total) AS sorted
               FROM result_enterprise WHERE round_id = ${roundId} AND generation = ${generation} AND total IS NOT NULL)
    SELECT n, mean, min, max, CASE WHEN n > 0 THEN ${medianOf(sql`sorted`, sql`n`)} END AS median FROM t`,
  sql`
    SELECT MIN(CAST(total / ${BIN_WIDTH} AS INTEGER), ${BINS - 1}) AS bin, COUNT(*) AS n
    FROM result_enterprise WHERE round_id = ${roundId} AND generation = ${generation} AND total IS NOT NULL GROUP BY bin`,
  sql`
    SELECT grade, COUNT(*) AS n FROM result_enterprise WHERE round_id = ${roundId} AND generation = ${generation} AND grade IS NOT NULL GROUP BY grade`,
];

export function toStatistics(roundId: number, [dimensions, [total], bins, grades]: StatisticsRows, settings: FrameworkSettings): ResultStatistics {
  const binCount = new Map(bins.map((b) => [b.bin, b.n]));
  const gradeCount = new Map(grades.map((g) => [g.grade, g.n]));
  return {
    roundId,
    enterprises: total?.n ?? 0,
    total: { median: round2(total?.median ?? null), mean: round2(total?.mean ?? null), min: total?.min ?? null, max: total?.max ?? null },
    dimensions: dimensions.map((d) => ({ id: d.id, code: d.code, name: { zh: d.name_zh, en: d.name_en }, count: d.n ?? 0, median: round2(d.median), mean: round2(d.mean) })),
    histogram: Array.from({ length: BINS }, (_, bin) => ({ from: bin * BIN_WIDTH, to: (bin + 1) * BIN_WIDTH, count: binCount.get(bin) ?? 0 })),
    grades: settings.gradeBands.map((band) => ({ grade: band.grade, label: band.label, count: gradeCount.get(band.grade) ?? 0 })),
  };
}

/** The statistics of generation `generation`, read in one batch. */
export async function resultStatistics(db: Database, roundId: number, frameworkId: number, generation: SQL, settings: FrameworkSettings) {
  const results = await runBatch(db, statisticsQueries(roundId, frameworkId, generation));
  return toStatistics(roundId, results.map((r) => r.results) as StatisticsRows, settings);
}
