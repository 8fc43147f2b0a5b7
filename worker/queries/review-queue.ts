// The reviewers' queue of pending evidence across a round: pages in keyset order (contradicting first, then
// oldest, i.e. lowest id), facet counts per filter value, and the position a reviewer left off at. Every
// page reads the partial index evidence_review_queue, whose predicate the queries repeat literally.
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { EvidenceQueueFacets, EvidenceQueueFilters, EvidenceQueueItem, EvidenceQueueQuery, QueuePosition } from '../../shared/schemas/queues';
import { selectBatch } from '../db/batch';
import type { Database } from '../db/client';
import { enterprise, evidence, queuePosition } from '../db/schema';
import { frameworkIndex, queueIndicator, type FrameworkRowLike } from '../domain/framework-index';
import { decodeCursor, encodeCursor } from './cursor';
import { toEvidence } from './evidence';
import { displayNamesQuery, inList, lookup } from './people';
import { inStreet, indicatorIdsFiltered } from './queue-filters';

/** 0 for contradicting evidence, 1 for the rest: the queue's first sort key, as evidence_review_queue indexes it. */
const rank = sql.raw(`(stance <> 'contradicts')`);
/** The partial index's predicate, literally, so the planner may use it. */
const pendingLive = sql.raw(`status = 'pending' AND deleted_at IS NULL`);

type Rank = 0 | 1;
const rankOf = (stance: string): Rank => (stance === 'contradicts' ? 0 : 1);

/** SQL conditions for the filters (dimension and indicator resolved against the framework; 404 for unknown ones). */
function filterConditions(tree: readonly FrameworkRowLike[], filters: EvidenceQueueFilters): SQL[] {
  const indicatorIds = indicatorIdsFiltered(tree, filters);
  return [
    filters.enterpriseId === undefined ? undefined : eq(evidence.enterpriseId, filters.enterpriseId),
    indicatorIds === null ? undefined : sql`${evidence.indicatorId} IN ${inList(indicatorIds)}`,
    filters.expertId === undefined ? undefined : eq(evidence.capturedBy, filters.expertId),
    filters.stance === undefined ? undefined : eq(evidence.stance, filters.stance),
    filters.street === undefined ? undefined : inStreet(evidence.enterpriseId, filters.street),
  ].filter((c): c is SQL => c !== undefined);
}

/** Pending rows of one rank after `afterId`, in id order: an equality and a range on the index. */
const segment = (db: Database, roundId: number, conditions: SQL[], r: Rank, afterId: number, limit: number) =>
  db
    .select()
    .from(evidence)
    .where(and(eq(evidence.roundId, roundId), pendingLive, sql`${rank} = ${sql.raw(String(r))}`, gt(evidence.id, afterId), ...conditions))
    .orderBy(asc(evidence.id))
    .limit(limit);

type Round = { id: number; framework: { id: number } };

/** One page of the queue: both rank segments after the cursor in one batch, then the names and enterprises they mention. */
export async function evidenceQueuePage(db: Database, round: Round, tree: readonly FrameworkRowLike[], query: EvidenceQueueQuery) {
  const conditions = filterConditions(tree, query);
  const [afterRank, afterId] = (decodeCursor(query.cursor, 2) ?? [0, 0]) as [Rank, number];
  if (afterRank !== 0 && afterRank !== 1) throw new Error('unreachable: cursors carry a rank of 0 or 1');
  const take = query.limit + 1;
  const [contradicting, others] =
    afterRank === 0
      ? await db.batch([segment(db, round.id, conditions, 0, afterId, take), segment(db, round.id, conditions, 1, 0, take)])
      : [[], await segment(db, round.id, conditions, 1, afterId, take)];
  const rows = [...contradicting, ...others].slice(0, take);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor([rankOf(last.stance), last.id]) : null;
  return { items: await toQueueItems(db, tree, items), nextCursor };
}

/** Queue items from evidence rows: enterprises and people looked up once by id, indicators from the framework. */
async function toQueueItems(db: Database, tree: readonly FrameworkRowLike[], rows: (typeof evidence.$inferSelect)[]): Promise<EvidenceQueueItem[]> {
  if (rows.length === 0) return [];
  const [enterprises, names] = await db.batch([
    db.select({ id: enterprise.id, name: enterprise.name, street: enterprise.street }).from(enterprise).where(sql`${enterprise.id} IN ${inList(rows.map((r) => r.enterpriseId))}`),
    displayNamesQuery(db, rows.map((r) => r.capturedBy)),
  ]);
  const enterpriseById = new Map(enterprises.map((e) => [e.id, e]));
  const nameOf = lookup(names, 'displayName');
  const { leaves } = frameworkIndex(tree);
  return rows.map((row) => {
    const leaf = leaves.get(row.indicatorId)!;
    return {
      evidence: toEvidence({ row, indicatorCode: leaf.code, validity: leaf.validity, capturedByName: nameOf.get(row.capturedBy) ?? '' }),
      enterprise: enterpriseById.get(row.enterpriseId)!,
      indicator: queueIndicator(leaf),
    };
  });
}

/** The enterprise facet lists the enterprises with the most pending items: a round has thousands. */
const BUSIEST = 50;

type FacetGroup = { street: string; indicatorId: number; capturedBy: number; stance: 'supports' | 'contradicts' | 'context'; n: number };

/**
 * Counts per filter value: one grouped scan of the round's pending evidence (by street, indicator, author and
 * stance; the enterprise filter applied in SQL), then each facet summed in JS under every other filter.
 */
/** The facets' two statements: the grouped counts and the busiest enterprises, both index-only reads of evidence_pending_facets. */
export function facetStatements(round: Round, tree: readonly FrameworkRowLike[], filters: EvidenceQueueFilters) {
  const others = filterConditions(tree, { ...filters, enterpriseId: undefined });
  return [
    sql<FacetGroup>`
      SELECT e.street AS street, ev.indicator_id AS indicatorId, ev.captured_by AS capturedBy, ev.stance AS stance, count(*) AS n
      FROM (SELECT enterprise_id, indicator_id, captured_by, stance FROM evidence
            WHERE round_id = ${round.id} AND ${pendingLive}${filters.enterpriseId === undefined ? sql`` : sql` AND enterprise_id = ${filters.enterpriseId}`}) ev
      JOIN enterprise e ON e.id = ev.enterprise_id
      GROUP BY e.street, ev.indicator_id, ev.captured_by, ev.stance`,
    sql<{ id: number; name: string; street: string; n: number }>`
      SELECT e.id AS id, e.name AS name, e.street AS street, t.n AS n
      FROM (SELECT enterprise_id, count(*) AS n FROM evidence
            WHERE round_id = ${round.id} AND ${pendingLive}${others.length ? sql` AND ${sql.join(others, sql` AND `)}` : sql``}
            GROUP BY enterprise_id ORDER BY n DESC, enterprise_id LIMIT ${BUSIEST}) t
      JOIN enterprise e ON e.id = t.enterprise_id
      ORDER BY t.n DESC, e.id`,
  ] as const;
}

export async function evidenceQueueFacets(db: Database, round: Round, tree: readonly FrameworkRowLike[], filters: EvidenceQueueFilters): Promise<EvidenceQueueFacets> {
  const [groups, busiest] = await selectBatch(db, [...facetStatements(round, tree, filters)]);
  const { leaves, dimensions } = frameworkIndex(tree);
  const passes = {
    street: (g: FacetGroup) => filters.street === undefined || g.street === filters.street,
    dimension: (g: FacetGroup) => filters.dimensionId === undefined || leaves.get(g.indicatorId)?.dimensionId === filters.dimensionId,
    indicator: (g: FacetGroup) => filters.indicatorId === undefined || g.indicatorId === filters.indicatorId,
    expert: (g: FacetGroup) => filters.expertId === undefined || g.capturedBy === filters.expertId,
    stance: (g: FacetGroup) => filters.stance === undefined || g.stance === filters.stance,
  };
  type Facet = keyof typeof passes;
  const facets = Object.keys(passes) as Facet[];
  /** Sums `key` over the groups that pass every filter but the facet's own. */
  const count = <K extends string | number>(facet: Facet, key: (g: FacetGroup) => K) => {
    const sums = new Map<K, number>();
    for (const g of groups) if (facets.every((f) => f === facet || passes[f](g))) sums.set(key(g), (sums.get(key(g)) ?? 0) + g.n);
    return [...sums].sort(([, a], [, b]) => b - a);
  };
  const experts = count('expert', (g) => g.capturedBy);
  const names = lookup(await displayNamesQuery(db, experts.map(([id]) => id)), 'displayName');
  const dimensionRows = count('dimension', (g) => leaves.get(g.indicatorId)?.dimensionId ?? 0).filter(([id]) => dimensions.has(id));
  return {
    total: groups.filter((g) => facets.every((f) => passes[f](g))).reduce((sum, g) => sum + g.n, 0),
    street: count('street', (g) => g.street).map(([street, n]) => ({ street, count: n })),
    dimension: dimensionRows.map(([id, n]) => {
      const { row } = dimensions.get(id)!;
      return { id, code: row.code, name: { zh: row.nameZh, en: row.nameEn }, count: n };
    }),
    indicator: count('indicator', (g) => g.indicatorId).map(([id, n]) => ({ id, code: leaves.get(id)?.code ?? String(id), count: n })),
    expert: experts.map(([id, n]) => ({ id, displayName: names.get(id) ?? '', count: n })),
    stance: count('stance', (g) => g.stance).map(([stance, n]) => ({ stance, count: n })),
    enterprise: busiest.map(({ n, ...e }) => ({ ...e, count: n })),
  };
}

/** The reviewer's stored position in the queue, with a cursor that starts at the stored item (or where it stood). */
export async function findQueuePosition(db: Database, roundId: number, userId: number): Promise<QueuePosition | null> {
  const found = await db
    .select({ position: queuePosition, stance: evidence.stance })
    .from(queuePosition)
    .leftJoin(evidence, eq(evidence.id, queuePosition.evidenceId))
    .where(and(eq(queuePosition.roundId, roundId), eq(queuePosition.userId, userId), eq(queuePosition.queue, 'evidence')))
    .get();
  if (!found) return null;
  const { evidenceId, filters, updatedAt } = found.position;
  // Keys are (rank, id) with integer ids: "after id - 1" is "at id".
  const cursor = found.stance === null ? null : encodeCursor([rankOf(found.stance), evidenceId - 1]);
  return { evidenceId, filters: filters as EvidenceQueueFilters, cursor, updatedAt };
}

/** Stores where the reviewer is (one row per reviewer, round and queue). */
export const queuePositionUpsert = (db: Database, roundId: number, userId: number, position: { evidenceId: number; filters: EvidenceQueueFilters }) => {
  const values = { evidenceId: position.evidenceId, filters: position.filters, updatedAt: new Date().toISOString() };
  return db
    .insert(queuePosition)
    .values({ roundId, userId, queue: 'evidence', ...values })
    .onConflictDoUpdate({ target: [queuePosition.roundId, queuePosition.userId, queuePosition.queue], set: values });
};

/** The reviewer's latest distinct reasons for rejecting evidence, in any round, newest first (index evidence_rejected_by). */
export async function recentRejectReasons(db: Database, reviewerId: number, limit: number) {
  const rows = await db.all<{ reason: string }>(sql`
    SELECT review_comment AS reason FROM evidence
    WHERE reviewed_by = ${reviewerId} AND status = 'rejected' AND review_comment IS NOT NULL
    GROUP BY review_comment ORDER BY max(reviewed_at) DESC LIMIT ${limit}`);
  return rows.map((r) => r.reason);
}
