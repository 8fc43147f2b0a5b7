// Inter-rater agreement of a whole round as SQL aggregates: each unit (an enterprise's indicator) reduced to
// its count, Σ and Σ² of the scores as shares of max, then summed per indicator, dimension, round and one
// enterprise, and per expert the part of the sums that leaves with them. Alpha is finished from the sums by
// shared/domain/agreement (alphaFromSums); shared/domain/agreement/round-agreement.ts is the reference a worker test compares.
// A unit belongs to one enterprise, so the sums add up over enterprises: the round is read in chunks of
// enterprises, each chunk's statements bounded at 10,000 enterprises, and the chunks' sums added (ADR 001).
import { sql } from 'drizzle-orm';
import { addSums, noSums, subtractSums, type AlphaSums } from '../../shared/domain/agreement/krippendorff';
import { runBatch } from '../db/batch';
import type { Database } from '../db/client';

/** Enterprises with ids in (after, upTo]. */
type Range = { after: number; upTo: number };

/** Every score of the round's enterprises in `range` as a share of its indicator's max, with its dimension. */
const shares = (roundId: number, range: Range) => sql`
  v AS (
    SELECT s.enterprise_id, s.indicator_id, s.expert_id, g.parent_id AS dimension_id, s.value / i.max_score AS x
    FROM score s JOIN indicator i ON i.id = s.indicator_id JOIN indicator g ON g.id = i.parent_id
    WHERE s.round_id = ${roundId} AND s.enterprise_id > ${range.after} AND s.enterprise_id <= ${range.upTo}
  ),
  units AS MATERIALIZED (
    SELECT enterprise_id, indicator_id, MIN(dimension_id) AS dimension_id, COUNT(*) AS m, SUM(x) AS s1, SUM(x * x) AS s2
    FROM v GROUP BY enterprise_id, indicator_id
  )`;

const sums = sql`COUNT(*) AS units, SUM(m) AS pairable, SUM(s1) AS sum, SUM(s2) AS sumSquares, SUM(2.0 * (m * s2 - s1 * s1) / (m - 1)) AS observed`;

type SumsRow = { scope: 'round' | 'dimension' | 'indicator' | 'enterprise'; id: number; units: number; pairable: number; sum: number; sumSquares: number; observed: number };
type ExpertRow = { expertId: number; pairable: number; differenceSum: number; units: number; lostPairable: number; sum: number; sumSquares: number; observed: number };

/** The sums per round, dimension, indicator (and one enterprise), from units rated at least twice. */
const groupsStatement = (roundId: number, enterpriseId: number, range: Range) => sql`
  WITH ${shares(roundId, range)}, p AS (SELECT * FROM units WHERE m >= 2)
  SELECT 'round' AS scope, 0 AS id, ${sums} FROM p
  UNION ALL SELECT 'dimension', dimension_id, ${sums} FROM p GROUP BY dimension_id
  UNION ALL SELECT 'indicator', indicator_id, ${sums} FROM p GROUP BY indicator_id
  UNION ALL SELECT 'enterprise', enterprise_id, ${sums} FROM p WHERE enterprise_id = ${enterpriseId} GROUP BY enterprise_id`;

/**
 * Per expert: their pairable values, Σ of (value − the others' mean), and what their values take from the
 * round's sums — each unit as it is less the unit without them, which still counts when ≥ 2 values remain.
 */
const expertsStatement = (roundId: number, range: Range) => sql`
  WITH ${shares(roundId, range)},
  r AS (SELECT v.expert_id, v.x, u.m, u.s1, u.s2 FROM v JOIN units u ON u.enterprise_id = v.enterprise_id AND u.indicator_id = v.indicator_id WHERE u.m >= 2)
  SELECT expert_id AS expertId, COUNT(*) AS pairable, SUM(x - (s1 - x) / (m - 1)) AS differenceSum,
    SUM(m < 3) AS units,
    SUM(CASE WHEN m >= 3 THEN 1 ELSE m END) AS lostPairable,
    SUM(CASE WHEN m >= 3 THEN x ELSE s1 END) AS sum,
    SUM(CASE WHEN m >= 3 THEN x * x ELSE s2 END) AS sumSquares,
    SUM(2.0 * (m * s2 - s1 * s1) / (m - 1) - CASE WHEN m >= 3 THEN 2.0 * ((m - 1) * (s2 - x * x) - (s1 - x) * (s1 - x)) / (m - 2) ELSE 0 END) AS observed
  FROM r GROUP BY expert_id`;

const toSums = (r: { units: number; pairable: number; sum: number | null; sumSquares: number | null; observed: number | null }): AlphaSums => ({
  units: r.units,
  pairable: r.pairable ?? 0,
  sum: r.sum ?? 0,
  sumSquares: r.sumSquares ?? 0,
  observed: r.observed ?? 0,
});

/** Enterprises per chunk: each chunk's two aggregates stay well under a second at 10,000 enterprises (README, Performance). */
const CHUNK = 1_000;

/** The enrolled enterprises' id ranges, `size` at a time. */
async function chunksOf(db: Database, roundId: number, size: number): Promise<Range[]> {
  const bounds = await db.all<{ upTo: number }>(sql`
    SELECT enterprise_id AS upTo FROM (SELECT enterprise_id, ROW_NUMBER() OVER (ORDER BY enterprise_id) AS n FROM round_enterprise WHERE round_id = ${roundId})
    WHERE n % ${size} = 0 OR n = (SELECT COUNT(*) FROM round_enterprise WHERE round_id = ${roundId}) ORDER BY upTo`);
  return bounds.map((b, i) => ({ after: i === 0 ? 0 : bounds[i - 1]!.upTo, upTo: b.upTo }));
}

const addTo = (map: Map<number, AlphaSums>, id: number, sums: AlphaSums) => map.set(id, addSums(map.get(id) ?? noSums, sums));

/** The round's agreement sums, two aggregates per chunk of `chunk` enterprises added up; `enterpriseId` (0: none) adds that enterprise's units. */
export async function agreementSumsOfRound(db: Database, roundId: number, enterpriseId = 0, chunk = CHUNK) {
  let round = noSums;
  let enterprise: AlphaSums | null = null;
  const dimensions = new Map<number, AlphaSums>();
  const indicators = new Map<number, AlphaSums>();
  const experts = new Map<number, { pairable: number; differenceSum: number; lost: AlphaSums }>();
  for (const range of await chunksOf(db, roundId, chunk)) {
    const [groupsResult, expertsResult] = await runBatch(db, [groupsStatement(roundId, enterpriseId, range), expertsStatement(roundId, range)]);
    for (const g of groupsResult!.results as SumsRow[]) {
      // A chunk without pairable units still answers its round line, with nothing in it.
      if (g.units === 0) continue;
      if (g.scope === 'round') round = addSums(round, toSums(g));
      else if (g.scope === 'dimension') addTo(dimensions, g.id, toSums(g));
      else if (g.scope === 'indicator') addTo(indicators, g.id, toSums(g));
      else enterprise = addSums(enterprise ?? noSums, toSums(g));
    }
    for (const e of expertsResult!.results as ExpertRow[]) {
      const before = experts.get(e.expertId) ?? { pairable: 0, differenceSum: 0, lost: noSums };
      experts.set(e.expertId, { pairable: before.pairable + e.pairable, differenceSum: before.differenceSum + e.differenceSum, lost: addSums(before.lost, toSums({ ...e, pairable: e.lostPairable })) });
    }
  }
  return {
    round,
    dimensions,
    indicators,
    enterprise,
    experts: new Map([...experts].map(([id, e]) => [id, { pairable: e.pairable, differenceSum: e.differenceSum, without: subtractSums(round, e.lost) }])),
  };
}
