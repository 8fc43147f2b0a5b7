// The experts' queues: the slots of their assignment they have not scored, ready ones (accepted evidence
// there) apart from waiting ones, enterprise by enterprise, with counts; and their clips a reviewer
// rejected or moved, newest first.
import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { MyClip, ToScoreCounts, ToScoreItem, ToScoreQuery } from '../../shared/schemas/queues';
import { selectBatch } from '../db/batch';
import type { Database } from '../db/client';
import { enterprise, evidence } from '../db/schema';
import { coveredSlotCount, type ExpertScope } from '../domain/expert-coverage';
import { frameworkIndex, queueIndicator, type FrameworkRowLike } from '../domain/framework-index';
import { afterKey, decodeCursor, encodeCursor, pageOf } from './cursor';
import { toEvidence } from './evidence';
import { displayNamesQuery, inList, lookup } from './people';
import { inStreet, indicatorIdsFiltered } from './queue-filters';

type Round = { id: number };

/** Slot (e, i) lies in one of the scopes (SQL over the enterprise and indicator expressions). */
function covered(scopes: readonly ExpertScope[], e: SQL, i: SQL): SQL {
  const parts = scopes
    .filter((s) => s.leafIds.length > 0)
    .map((s) => (s.enterpriseIds.length === 0 ? sql`${i} IN ${inList(s.leafIds)}` : sql`(${i} IN ${inList(s.leafIds)} AND ${e} IN ${inList(s.enterpriseIds)})`));
  return parts.length === 0 ? sql`0` : sql`(${sql.join(parts, sql` OR `)})`;
}

/** Special indicators apply only to the industries they name (as shared/domain/scoring/applicability.ts decides). */
function applicable(tree: readonly FrameworkRowLike[], e: SQL, i: SQL): SQL {
  const special = [...frameworkIndex(tree).leaves.values()].filter((l) => l.kind === 'special');
  if (special.length === 0) return sql`1`;
  const industryOf = sql`(SELECT industry FROM enterprise WHERE id = ${e})`;
  return sql`(${i} NOT IN ${inList(special.map((l) => l.id))}
    OR EXISTS (SELECT 1 FROM indicator x, json_each(x.industries) j WHERE x.id = ${i} AND j.value = ${industryOf}))`;
}

const notScoredBy = (roundId: number, expertId: number, e: SQL, i: SQL) =>
  sql`NOT EXISTS (SELECT 1 FROM score s WHERE s.round_id = ${roundId} AND s.enterprise_id = ${e} AND s.indicator_id = ${i} AND s.expert_id = ${expertId})`;

/** The filters every to-score query shares. */
function filtered(tree: readonly FrameworkRowLike[], query: ToScoreQuery, e: SQL, i: SQL): SQL[] {
  const indicatorIds = indicatorIdsFiltered(tree, query);
  return [
    query.enterpriseId === undefined ? undefined : sql`${e} = ${query.enterpriseId}`,
    indicatorIds === null ? undefined : sql`${i} IN ${inList(indicatorIds)}`,
    query.street === undefined ? undefined : inStreet(e, query.street),
  ].filter((c): c is SQL => c !== undefined);
}

type SlotCounts = { enterpriseId: number; indicatorId: number; accepted: number; pending: number };
/** A to-score row as a page reads it: waiting rows carry the indicator's reading position. */
type Slot = SlotCounts & { position?: number };

/** Enterprise ids a statement reads: above `above` (when given) and up to `upTo`; null bounds mean the end of the round. */
type IdRange = { above: SQL | null; upTo: SQL };

/** Ready slots: accepted live evidence, not scored by the expert; read along the evidence_slot index, within `range` when given. */
function readyStatement(round: Round, tree: readonly FrameworkRowLike[], expertId: number, scopes: readonly ExpertScope[], query: ToScoreQuery, after: (string | number)[] | null, limit?: number, range: IdRange | null = null) {
  const e = sql`ev.enterprise_id`;
  const i = sql`ev.indicator_id`;
  const conditions = [
    sql`ev.round_id = ${round.id} AND ev.deleted_at IS NULL AND ev.status IN ('accepted', 'pending')`,
    covered(scopes, e, i),
    applicable(tree, e, i),
    notScoredBy(round.id, expertId, e, i),
    ...filtered(tree, query, e, i),
    ...(after ? [afterKey([e, i], after)] : []),
    ...(range === null ? [] : [sql`${e} <= coalesce(${range.upTo}, ${Number.MAX_SAFE_INTEGER})`]),
    ...(range?.above ? [sql`${e} > coalesce(${range.above}, ${Number.MAX_SAFE_INTEGER})`] : []),
  ];
  return sql`SELECT ev.enterprise_id AS enterpriseId, ev.indicator_id AS indicatorId,
                    sum(ev.status = 'accepted') AS accepted, sum(ev.status = 'pending') AS pending
             FROM evidence ev WHERE ${sql.join(conditions, sql` AND `)}
             GROUP BY ev.enterprise_id, ev.indicator_id HAVING sum(ev.status = 'accepted') > 0
             ORDER BY ev.enterprise_id, ev.indicator_id${limit === undefined ? sql`` : sql` LIMIT ${limit}`}`;
}

/**
 * Enrolled enterprises one statement of a page looks at: each brings up to 64 candidate slots and ~20 evidence
 * items. Without a window, an expert who has scored nearly everything made one statement read the whole round.
 */
const WINDOW = 100;
/** Windows per request (one batch) before a short page is answered with a cursor past them. */
const WINDOWS = 4;
/** A cursor's second key past every slot of its enterprise (indicator ids and reading positions are below it). */
const PAST_LAST_SLOT = 2 ** 31;

/** The enrolled enterprises from enterprise `from` on, with the page's enterprise and street filters, in id order. */
function enrolledFrom(round: Round, query: ToScoreQuery, from: number) {
  const filters = [
    query.enterpriseId === undefined ? undefined : sql`enterprise_id = ${query.enterpriseId}`,
    query.street === undefined ? undefined : inStreet(sql`enterprise_id`, query.street),
  ].filter((c): c is SQL => c !== undefined);
  return sql`SELECT enterprise_id FROM round_enterprise WHERE round_id = ${round.id} AND enterprise_id >= ${from}
             ${sql.join(filters.map((c) => sql`AND ${c}`), sql` `)} ORDER BY enterprise_id`;
}

/** The enrolled enterprise at `offset` from enterprise `from` on (0: the first), or null past the round's last. */
const enrolledAt = (round: Round, query: ToScoreQuery, from: number, offset: number) => sql`(${enrolledFrom(round, query, from)} LIMIT 1 OFFSET ${offset})`;

/** Waiting slots of window `k` of enrolled enterprises from `after` on, in (enterprise, reading order of indicators). Cursor: [enterpriseId, position]. */
function waitingStatement(round: Round, tree: readonly FrameworkRowLike[], expertId: number, scopes: readonly ExpertScope[], query: ToScoreQuery, after: [number, number], limit: number, k: number) {
  const leafIds = [...frameworkIndex(tree).leaves.keys()];
  const e = sql`w.enterprise_id`;
  const i = sql`j.value`;
  return sql`
    WITH w AS (${enrolledFrom(round, query, after[0])} LIMIT ${WINDOW} OFFSET ${k * WINDOW})
    SELECT w.enterprise_id AS enterpriseId, j.value AS indicatorId, j.key AS position, 0 AS accepted,
           (SELECT count(*) FROM evidence p WHERE p.round_id = ${round.id} AND p.enterprise_id = w.enterprise_id AND p.indicator_id = j.value
              AND p.status = 'pending' AND p.deleted_at IS NULL) AS pending
    FROM w, json_each(${JSON.stringify(leafIds)}) j
    WHERE ${afterKey([e, sql`j.key`], after)} AND ${covered(scopes, e, i)} AND ${applicable(tree, e, i)} AND ${notScoredBy(round.id, expertId, e, i)}
      ${sql.join(filtered(tree, { ...query, enterpriseId: undefined, street: undefined }, e, i).map((c) => sql`AND ${c}`), sql` `)}
      AND NOT EXISTS (SELECT 1 FROM evidence a WHERE a.round_id = ${round.id} AND a.enterprise_id = w.enterprise_id AND a.indicator_id = j.value
                        AND a.status = 'accepted' AND a.deleted_at IS NULL)
    ORDER BY w.enterprise_id, j.key LIMIT ${limit}`;
}

/**
 * A page of the expert's slots to score, ready or waiting, in (enterprise, indicator) order. The enrolled
 * enterprises from the cursor on are cut into WINDOWS windows of WINDOW, one statement each, all in one
 * batch (one round trip); the page takes their rows in order. A page may be short with a cursor past the
 * windows it looked at (ToScorePage says so).
 */
export async function toScorePage(db: Database, round: Round, tree: readonly FrameworkRowLike[], expertId: number, scopes: readonly ExpertScope[], query: ToScoreQuery) {
  const ready = query.readiness === 'ready';
  // Ready rows are keyed by indicator id, waiting ones by the indicator's reading position.
  const keyOf = (r: Slot): [number, number] => [r.enterpriseId, ready ? r.indicatorId : r.position!];
  const from = (decodeCursor(query.cursor, 2) as [number, number] | null) ?? [0, -1];
  const take = query.limit + 1;
  // Window k ends at the enrolled enterprise at offset (k + 1) × WINDOW − 1; ready slots of unenrolled ids between
  // two windows' enterprises fall in the later window, as they fell in the one scan before.
  const endOf = (k: number) => enrolledAt(round, query, from[0], (k + 1) * WINDOW - 1);
  const windows = Array.from({ length: WINDOWS }, (_, k) =>
    // Past the first window every id is past the cursor's enterprise: the range alone bounds the index scan.
    ready ? readyStatement(round, tree, expertId, scopes, query, k === 0 ? from : null, take, { above: k === 0 ? null : endOf(k - 1), upTo: endOf(k) }) : waitingStatement(round, tree, expertId, scopes, query, from, take, k),
  );
  const [ends, ...found] = await selectBatch<[{ end: number | null }, ...Slot[]]>(db, [sql`SELECT ${endOf(WINDOWS - 1)} AS end`, ...windows.map((w) => sql<Slot>`${w}`)]);
  const rows = found.flat().slice(0, take);
  if (rows.length > query.limit) {
    const page = rows.slice(0, query.limit);
    return { items: await toScoreItems(db, tree, page), nextCursor: encodeCursor(keyOf(page.at(-1)!)) };
  }
  // Past the windows: their last enterprise's last slot, unless they reached the end of the round.
  const last = ends[0]!.end;
  return { items: await toScoreItems(db, tree, rows), nextCursor: last === null ? null : encodeCursor([last, PAST_LAST_SLOT]) };
}

async function toScoreItems(db: Database, tree: readonly FrameworkRowLike[], rows: SlotCounts[]): Promise<ToScoreItem[]> {
  if (rows.length === 0) return [];
  const enterprises = await db
    .select({ id: enterprise.id, name: enterprise.name, street: enterprise.street })
    .from(enterprise)
    .where(sql`${enterprise.id} IN ${inList(rows.map((r) => r.enterpriseId))}`);
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const { leaves } = frameworkIndex(tree);
  return rows.map((r) => ({ enterprise: byId.get(r.enterpriseId)!, indicator: queueIndicator(leaves.get(r.indicatorId)!), acceptedEvidence: r.accepted, pendingEvidence: r.pending }));
}

/** The expert's queue in numbers: covered slots counted from the assignments in JS, scored and ready in SQL, waiting the rest. */
export async function toScoreCounts(db: Database, round: Round, tree: readonly FrameworkRowLike[], expertId: number, scopes: readonly ExpertScope[]): Promise<ToScoreCounts> {
  const subsetIds = [...new Set(scopes.flatMap((s) => s.enterpriseIds))];
  const enrolled = sql`FROM round_enterprise re JOIN enterprise e ON e.id = re.enterprise_id WHERE re.round_id = ${round.id}`;
  const [byIndustry, subsets, scored, ready] = await selectBatch(db, [
    sql<{ industry: string; n: number }>`SELECT e.industry AS industry, count(*) AS n ${enrolled} GROUP BY e.industry`,
    sql<{ id: number; industry: string }>`SELECT e.id AS id, e.industry AS industry ${enrolled} AND re.enterprise_id IN ${inList(subsetIds)}`,
    sql<{ n: number }>`SELECT count(*) AS n FROM score WHERE round_id = ${round.id} AND expert_id = ${expertId}`,
    sql<{ n: number }>`SELECT count(*) AS n FROM (${readyStatement(round, tree, expertId, scopes, { readiness: 'ready', limit: 1 }, null)})`,
  ]);
  const coveredCount = coveredSlotCount(frameworkIndex(tree), scopes, new Map(byIndustry.map((r) => [r.industry, r.n])), subsets);
  const scoredCount = scored[0]!.n;
  const readyCount = ready[0]!.n;
  return { covered: coveredCount, scored: scoredCount, ready: readyCount, waiting: Math.max(0, coveredCount - scoredCount - readyCount) };
}

/** The live clips `authorId` captured in the round that were rejected or moved (partial index evidence_author_notices). */
const noticed = sql.raw(`deleted_at IS NULL AND (status = 'rejected' OR moved_at IS NOT NULL)`);

export async function myClipsPage(db: Database, round: Round, tree: readonly FrameworkRowLike[], authorId: number, query: { cursor?: string; limit: number; kind?: 'rejected' | 'moved' }) {
  const after = decodeCursor(query.cursor, 1);
  const kind = query.kind === 'rejected' ? sql`status = 'rejected'` : query.kind === 'moved' ? sql`moved_at IS NOT NULL` : undefined;
  const [rows, counts] = await db.batch([
    db
      .select()
      .from(evidence)
      .where(and(eq(evidence.capturedBy, authorId), eq(evidence.roundId, round.id), noticed, kind, after ? sql`${evidence.id} < ${after[0]}` : undefined))
      .orderBy(sql`${evidence.id} DESC`)
      .limit(query.limit + 1),
    db
      .select({ rejected: sql<number>`coalesce(sum(status = 'rejected'), 0)`, moved: sql<number>`coalesce(sum(moved_at IS NOT NULL), 0)`, all: count() })
      .from(evidence)
      .where(and(eq(evidence.capturedBy, authorId), eq(evidence.roundId, round.id), noticed)),
  ]);
  const page = pageOf(rows, query.limit, (r) => [r.id]);
  const people = page.items.flatMap((r) => [r.capturedBy, r.reviewedBy, r.movedBy].filter((id): id is number => id !== null));
  const [names, enterprises] = await db.batch([
    displayNamesQuery(db, people),
    db.select({ id: enterprise.id, name: enterprise.name, street: enterprise.street }).from(enterprise).where(sql`${enterprise.id} IN ${inList(page.items.map((r) => r.enterpriseId))}`),
  ]);
  const nameOf = lookup(names, 'displayName');
  const enterpriseById = new Map(enterprises.map((e) => [e.id, e]));
  const { leaves } = frameworkIndex(tree);
  const codeOf = (id: number) => leaves.get(id)?.code ?? String(id);
  const items = page.items.map((row): MyClip => {
    const leaf = leaves.get(row.indicatorId);
    return {
      evidence: toEvidence({ row, indicatorCode: codeOf(row.indicatorId), validity: leaf?.validity ?? null, capturedByName: nameOf.get(row.capturedBy) ?? '' }),
      enterprise: enterpriseById.get(row.enterpriseId)!,
      rejected: row.status === 'rejected' ? { comment: row.reviewComment, at: row.reviewedAt, by: row.reviewedBy === null ? null : (nameOf.get(row.reviewedBy) ?? null) } : null,
      moved:
        row.movedAt && row.movedFromIndicatorId !== null
          ? { from: { id: row.movedFromIndicatorId, code: codeOf(row.movedFromIndicatorId) }, to: { id: row.indicatorId, code: codeOf(row.indicatorId) }, at: row.movedAt, by: row.movedBy === null ? '' : (nameOf.get(row.movedBy) ?? '') }
          : null,
    };
  });
  const { all, ...byKind } = counts[0]!;
  // A clip both rejected and moved counts once in all.
  return { items, nextCursor: page.nextCursor, counts: byKind, total: query.kind ? byKind[query.kind] : all };
}
