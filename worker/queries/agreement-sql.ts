// Inter-rater agreement of a round as SQL aggregates: the parts shared/domain/agreement finishes into figures.
// Per indicator (and for one enterprise): the coincidences of Krippendorff's alpha (each ordered pair of values
// of a unit weighing 1/(m − 1)) and the ICC's blocks (units grouped by the experts who rated them, with Σx, Σx²,
// Σ unit sums² and per expert Σx, Σx² and Σ x × unit sum). Dimensions, the round and the experts' interval
// figures are finished from these in JavaScript (addParts, expertSumsOfBlocks), so the round's scores are read
// once. round-agreement.ts is the reference a worker test compares. A unit belongs to one enterprise, so the
// parts add up over enterprises: the round is read in chunks of enterprises, each chunk's statement bounded
// at 10,000 enterprises, and the chunks' parts added (ADR 001).
import { sql, type SQL } from 'drizzle-orm';
import type { Cell } from '../../shared/domain/agreement/coincidence';
import type { IccBlock } from '../../shared/domain/agreement/icc';
import { addParts, noParts, type AgreementParts } from '../../shared/domain/agreement/round-agreement';
import { runBatch } from '../db/batch';
import type { Database } from '../db/client';

/**
 * The scores `where` picks as shares of their indicator's max, one row per unit rated at least twice: its
 * count, sums and, in the same order (by expert), its experts and values as JSON arrays.
 */
const units = (where: SQL) => sql`
  units AS MATERIALIZED (
    SELECT s.enterprise_id, s.indicator_id, COUNT(*) AS m, SUM(s.value / i.max_score) AS s1, SUM((s.value / i.max_score) * (s.value / i.max_score)) AS s2,
           json_group_array(s.expert_id ORDER BY s.expert_id) AS raters, json_group_array(s.value / i.max_score ORDER BY s.expert_id) AS xs
    FROM score s JOIN indicator i ON i.id = s.indicator_id
    WHERE ${where}
    GROUP BY s.enterprise_id, s.indicator_id HAVING COUNT(*) >= 2
  ),
  rated AS (
    SELECT u.indicator_id, u.raters, u.s1, e.value AS expert_id, json_extract(u.xs, '$[' || e.key || ']') AS x
    FROM units u, json_each(u.raters) e
  )`;

/** Cells, blocks and columns of the units, keyed by `id` (a column of units: the indicator, or a constant). */
const partsStatement = (where: SQL, id: SQL) => sql`
  WITH ${units(where)}
  SELECT 'cell' AS part, ${id} AS id, NULL AS raters, NULL AS expertId, a.value AS a, b.value AS b, SUM(1.0 / (u.m - 1)) AS c, NULL AS d
    FROM units u, json_each(u.xs) a, json_each(u.xs) b WHERE a.key <> b.key GROUP BY 2, a.value, b.value
  UNION ALL SELECT 'block', ${id}, raters, NULL, COUNT(*), SUM(s1), SUM(s2), SUM(s1 * s1)
    FROM units u GROUP BY 2, raters
  UNION ALL SELECT 'column', ${id}, raters, expert_id, SUM(x), SUM(x * x), SUM(x * s1), NULL
    FROM rated u GROUP BY 2, raters, expert_id`;

type PartRow = {
  part: 'cell' | 'block' | 'column';
  id: number;
  /** A block's experts (JSON array of ids). */
  raters: string | null;
  expertId: number | null;
  /** cell: c, k, o; block: units, Σx, Σx², Σ unit sums²; column: Σx, Σx², Σ x × unit sum. */
  a: number;
  b: number;
  c: number;
  d: number | null;
};

/** Rows of one id put together into parts. */
function assemble(rows: PartRow[]): AgreementParts {
  const coincidences: Cell[] = rows.filter((r) => r.part === 'cell').map((r) => ({ c: r.a, k: r.b, o: r.c }));
  const blocks = new Map<string, IccBlock>();
  for (const r of rows.filter((row) => row.part === 'block')) {
    blocks.set(r.raters!, { raters: r.raters!, units: r.a, sum: r.b, sumSquares: r.c, unitSquares: r.d!, experts: new Map() });
  }
  for (const r of rows.filter((row) => row.part === 'column')) blocks.get(r.raters!)!.experts.set(r.expertId!, { sum: r.a, sumSquares: r.b, cross: r.c });
  return { units: [...blocks.values()].reduce((n, b) => n + b.units, 0), coincidences, blocks: [...blocks.values()] };
}

/** Enterprises with ids in (after, upTo]. */
type Range = { after: number; upTo: number };

/**
 * Enterprises per chunk, so no statement nears a second at 10,000 enterprises: chunks of 1,000 took 1,277 ms each in
 * the bench's workerd (945 ms on node:sqlite); 300 take 420 ms on node:sqlite, for about the same total.
 */
const CHUNK = 300;

/** The enrolled enterprises' id ranges, `size` at a time. */
async function chunksOf(db: Database, roundId: number, size: number): Promise<Range[]> {
  const bounds = await db.all<{ upTo: number }>(sql`
    SELECT enterprise_id AS upTo FROM (SELECT enterprise_id, ROW_NUMBER() OVER (ORDER BY enterprise_id) AS n FROM round_enterprise WHERE round_id = ${roundId})
    WHERE n % ${size} = 0 OR n = (SELECT COUNT(*) FROM round_enterprise WHERE round_id = ${roundId}) ORDER BY upTo`);
  return bounds.map((b, i) => ({ after: i === 0 ? 0 : bounds[i - 1]!.upTo, upTo: b.upTo }));
}

/**
 * The round's agreement parts per indicator and, for `enterpriseId`, that enterprise's: one statement per chunk
 * of `chunk` enterprises (the enterprise's beside the first), the chunks' parts added.
 */
export async function agreementPartsOfRound(db: Database, roundId: number, enterpriseId?: number, chunk = CHUNK) {
  const indicators = new Map<number, AgreementParts>();
  let enterprise = noParts;
  for (const [i, range] of (await chunksOf(db, roundId, chunk)).entries()) {
    const [round, one] = await runBatch(db, [
      partsStatement(sql`s.round_id = ${roundId} AND s.enterprise_id > ${range.after} AND s.enterprise_id <= ${range.upTo}`, sql`u.indicator_id`),
      ...(enterpriseId === undefined || i > 0 ? [] : [partsStatement(sql`s.round_id = ${roundId} AND s.enterprise_id = ${enterpriseId}`, sql`0`)]),
    ]);
    const byIndicator = new Map<number, PartRow[]>();
    for (const row of round!.results as PartRow[]) (byIndicator.get(row.id) ?? byIndicator.set(row.id, []).get(row.id)!).push(row);
    for (const [id, rows] of byIndicator) indicators.set(id, addParts(indicators.get(id) ?? noParts, assemble(rows)));
    if (one) enterprise = assemble(one.results as PartRow[]);
  }
  return { indicators, enterprise };
}
