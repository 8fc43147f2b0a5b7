// The round's unsettled disagreements: candidates from the stored results (partial index
// result_indicator_unsettled, in the live generation), filtered and paged by slot, then each slot read as it stands now (scores,
// settlement, enrolment) for the queue's side-by-side view and for the bulk settle's preview and re-check.
import { sql, type SQL } from 'drizzle-orm';
import { isApplicable } from '../../shared/domain/scoring/applicability';
import { scoresVersionOf, type SlotState } from '../../shared/domain/bulk-settle';
import type { DisagreementFilters, DisagreementSort } from '../../shared/schemas/disagreements';
import type { QueueEnterprise } from '../../shared/schemas/queues';
import { selectBatch } from '../db/batch';
import type { Database } from '../db/client';
import { frameworkIndex, type FrameworkRowLike, type Leaf } from '../domain/framework-index';
import { afterKey, decodeCursor, pageOf } from './cursor';
import { liveGeneration } from './generation';
import { inList } from './people';
import { inStreet, indicatorIdsFiltered } from './queue-filters';

/** The partial index's predicate, literally. */
const openDisagreement = sql.raw(`applicable AND disagreement AND NOT settled`);

/** A slot of the queue: the stored result's consensus and range beside its key. */
export type DisagreementRow = { enterpriseId: number; indicatorId: number; computedConsensus: number | null; minValue: number | null; maxValue: number | null };

/** `expert` (blind scoring, policy/scope.ts) sees only slots they scored; null for reviewers and admins. */
function conditions(tree: readonly FrameworkRowLike[], roundId: number, filters: DisagreementFilters, blind: number | null): SQL[] {
  const indicatorIds = indicatorIdsFiltered(tree, filters);
  const scoredBy = (expertId: number) =>
    sql`EXISTS (SELECT 1 FROM score s WHERE s.round_id = ri.round_id AND s.enterprise_id = ri.enterprise_id AND s.indicator_id = ri.indicator_id AND s.expert_id = ${expertId})`;
  return [
    sql`ri.round_id = ${roundId}`,
    sql`ri.generation = ${liveGeneration(roundId)}`,
    openDisagreement,
    filters.enterpriseId === undefined ? undefined : sql`ri.enterprise_id = ${filters.enterpriseId}`,
    indicatorIds === null ? undefined : sql`ri.indicator_id IN ${inList(indicatorIds)}`,
    filters.street === undefined ? undefined : inStreet(sql`ri.enterprise_id`, filters.street),
    filters.expertId === undefined ? undefined : scoredBy(filters.expertId),
    filters.withinLevels === undefined
      ? undefined
      : sql`(SELECT max(s.rubric_level) - min(s.rubric_level) FROM score s WHERE s.round_id = ri.round_id AND s.enterprise_id = ri.enterprise_id AND s.indicator_id = ri.indicator_id) <= ${filters.withinLevels}`,
    blind === null ? undefined : scoredBy(blind),
  ].filter((c): c is SQL => c !== undefined);
}

const slotOrder = [sql`ri.enterprise_id`, sql`ri.indicator_id`];
/** Each sort's order, ascending, and a row's key in it: the spread is negated so the widest comes first. */
const sorts: Record<DisagreementSort, { order: SQL[]; keyOf: (r: DisagreementRow) => (string | number)[] }> = {
  enterprise: { order: slotOrder, keyOf: (r) => [r.enterpriseId, r.indicatorId] },
  spread: { order: [sql`-coalesce(ri.max_value - ri.min_value, 0)`, ...slotOrder], keyOf: (r) => [r.maxValue === null || r.minValue === null ? 0 : -(r.maxValue - r.minValue), r.enterpriseId, r.indicatorId] },
};

/** One page of unsettled disagreements in the sort's order, and how many the filters match in all. */
export async function disagreementPage(
  db: Database,
  roundId: number,
  tree: readonly FrameworkRowLike[],
  query: DisagreementFilters & { sort: DisagreementSort; cursor?: string; limit: number },
  blind: number | null,
) {
  const { order, keyOf } = sorts[query.sort];
  const cursor = decodeCursor(query.cursor, order.length);
  const matching = conditions(tree, roundId, query, blind);
  const where = [...matching, ...(cursor ? [afterKey(order, cursor)] : [])];
  const [rows, counted] = await selectBatch(db, [
    sql<DisagreementRow>`
      SELECT ri.enterprise_id AS enterpriseId, ri.indicator_id AS indicatorId, ri.computed_consensus AS computedConsensus,
             ri.min_value AS minValue, ri.max_value AS maxValue
      FROM result_indicator ri WHERE ${sql.join(where, sql` AND `)}
      ORDER BY ${sql.join(order, sql`, `)} LIMIT ${query.limit + 1}`,
    sql<{ n: number }>`SELECT count(*) AS n FROM result_indicator ri WHERE ${sql.join(matching, sql` AND `)}`,
  ]);
  return { ...pageOf(rows, query.limit, keyOf), total: counted[0]!.n };
}

/** The first `limit` unsettled disagreements the filters match, and how many they match in all (a bulk settle's selection). */
export async function disagreementSelection(db: Database, roundId: number, tree: readonly FrameworkRowLike[], filters: DisagreementFilters, limit: number) {
  const where = sql.join(conditions(tree, roundId, filters, null), sql` AND `);
  const [rows, counted] = await selectBatch(db, [
    sql<{ enterpriseId: number; indicatorId: number }>`
      SELECT ri.enterprise_id AS enterpriseId, ri.indicator_id AS indicatorId FROM result_indicator ri WHERE ${where}
      ORDER BY ri.enterprise_id, ri.indicator_id LIMIT ${limit}`,
    sql<{ n: number }>`SELECT count(*) AS n FROM result_indicator ri WHERE ${where}`,
  ]);
  return { slots: rows, matched: counted[0]!.n };
}

export type SlotScore = { id: number; expertId: number; value: number; rubricLevel: number; rationale: string; evidenceIds: number[]; version: number };

/** A slot as it stands now, for display and for the bulk settle's checks. */
export type LiveSlot = SlotState & {
  enterpriseId: number;
  indicatorId: number;
  /** With its industry and enrolment status, as the policy judges a settlement (signed off: no settling). */
  enterprise: (QueueEnterprise & { streetId: number | null; industry: string; status: 'enrolled' | 'signed_off' }) | null;
  leaf: Leaf | null;
  scores: SlotScore[];
  scoresVersion: string;
};

type SlotKey = { enterpriseId: number; indicatorId: number };

/**
 * Each slot read now, in one batch: its enterprise and enrolment, its scores (every expert's: the callers are
 * reviewers, or filter by blind scoring before) and whether it is settled. Looked up slot by slot through
 * the primary keys, however many enterprises the slots span: CROSS JOIN keeps the slot list the outer loop
 * (SQLite otherwise scanned the round's scores and probed the list, 34 ms for 10,000 scores).
 */
export async function liveSlots(db: Database, roundId: number, tree: readonly FrameworkRowLike[], slots: readonly SlotKey[]): Promise<LiveSlot[]> {
  if (slots.length === 0) return [];
  const keys = JSON.stringify(slots.map((s) => [s.enterpriseId, s.indicatorId]));
  const [enterprises, scores, settled] = await selectBatch(db, [
    sql<QueueEnterprise & { streetId: number | null; industry: string; status: 'enrolled' | 'signed_off' }>`
      SELECT e.id AS id, e.name AS name, e.street AS street, e.street_id AS streetId, e.industry AS industry, re.status AS status
      FROM round_enterprise re JOIN enterprise e ON e.id = re.enterprise_id
      WHERE re.round_id = ${roundId} AND re.enterprise_id IN ${inList(slots.map((s) => s.enterpriseId))}`,
    sql<Omit<SlotScore, 'evidenceIds'> & { enterpriseId: number; indicatorId: number; evidenceIds: string }>`
      SELECT s.enterprise_id AS enterpriseId, s.indicator_id AS indicatorId, s.id AS id, s.expert_id AS expertId, s.value AS value,
             s.rubric_level AS rubricLevel, s.rationale AS rationale, s.evidence_ids AS evidenceIds, s.version AS version
      FROM json_each(${keys}) k CROSS JOIN score s ON s.round_id = ${roundId} AND s.enterprise_id = k.value ->> 0 AND s.indicator_id = k.value ->> 1
      ORDER BY s.id`,
    sql<SlotKey>`
      SELECT st.enterprise_id AS enterpriseId, st.indicator_id AS indicatorId
      FROM json_each(${keys}) k CROSS JOIN score_settlement st ON st.round_id = ${roundId} AND st.enterprise_id = k.value ->> 0 AND st.indicator_id = k.value ->> 1`,
  ]);
  const { leaves } = frameworkIndex(tree);
  const slotKey = (s: SlotKey) => `${s.enterpriseId}:${s.indicatorId}`;
  const enterpriseById = new Map(enterprises.map((e) => [e.id, e]));
  const settledKeys = new Set(settled.map(slotKey));
  const scoresBySlot = new Map<string, SlotScore[]>();
  for (const { enterpriseId, indicatorId, evidenceIds, ...score } of scores) {
    const list = scoresBySlot.get(slotKey({ enterpriseId, indicatorId })) ?? [];
    list.push({ ...score, evidenceIds: JSON.parse(evidenceIds) as number[] });
    scoresBySlot.set(slotKey({ enterpriseId, indicatorId }), list);
  }
  return slots.map((s) => {
    const found = enterpriseById.get(s.enterpriseId);
    const leaf = leaves.get(s.indicatorId) ?? null;
    const slotScores = scoresBySlot.get(slotKey(s)) ?? [];
    return {
      ...s,
      enterprise: found ?? null,
      leaf,
      scores: slotScores,
      scoresVersion: scoresVersionOf(slotScores),
      enrolled: found !== undefined,
      signedOff: found?.status === 'signed_off',
      applicable: leaf !== null && found !== undefined && isApplicable({ kind: leaf.kind ?? 'voluntary', industries: leaf.industries }, found.industry),
      settled: settledKeys.has(slotKey(s)),
      values: slotScores.map((score) => score.value).sort((a, b) => a - b),
      maxScore: leaf?.maxScore ?? 0,
    };
  });
}

/**
 * A batch statement that aborts the batch (as abortUnlessChanged does) unless every slot still has exactly the
 * scores, at the versions, that the preview showed: `v` is scoresVersionOf(scores) of each slot.
 */
export const abortUnlessScoresAsPreviewed = (roundId: number, items: readonly (SlotKey & { scoresVersion: string })[]) => sql`
  SELECT json(CASE WHEN EXISTS (
    SELECT 1 FROM json_each(${JSON.stringify(items.map((i) => ({ e: i.enterpriseId, i: i.indicatorId, v: i.scoresVersion })))}) k
    WHERE coalesce((SELECT group_concat(s.id || ':' || s.version, ',' ORDER BY s.id) FROM score s
                    WHERE s.round_id = ${roundId} AND s.enterprise_id = k.value ->> 'e' AND s.indicator_id = k.value ->> 'i'), '') <> k.value ->> 'v'
  ) THEN 'stale write' ELSE 'null' END)`;
