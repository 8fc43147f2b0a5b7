// Rectification tasks grouped by enterprise, for whoever chases them at scale: counts per status, overdue
// tasks and the next due date per enterprise, searched by name or credit code and filtered by street,
// dimension, status and due date, in pages by enterprise name.
import { sql, type SQL } from 'drizzle-orm';
import { enterpriseTaskState, unanswered } from '../../shared/domain/rectification-flow';
import { RectificationStatus, type RectificationGroup, type RectificationGroupQuery, type RectificationGroupSort } from '../../shared/schemas/rectification';
import { selectBatch } from '../db/batch';
import type { Database } from '../db/client';
import type { FrameworkRowLike } from '../domain/framework-index';
import { enterprise } from '../db/schema';
import type { EnterpriseScope } from '../policy/scope';
import { afterKey, decodeCursor, pageOf } from './cursor';
import { enterpriseScopeFilter } from './enterprises';
import { inList } from './people';
import { inStreet, indicatorIdsFiltered } from './queue-filters';

type GroupRow = Record<string, number | string | null> & { id: number; name: string; street: string; creditCode: string; total: number; overdue: number; nextDue: string | null; sortKey: number | string };

/**
 * Each sort's leading key over the grouped rows, ascending: name order alone (a constant text: a number in ORDER BY
 * would name a column), most overdue first, soonest due first (none last).
 */
const sortKeys: Record<RectificationGroupSort, SQL> = {
  name: sql`''`,
  overdue: sql`-g.overdue`,
  nextDue: sql`coalesce(g.nextDue, '9999-12-31')`,
};

export async function rectificationGroups(db: Database, roundId: number, tree: readonly FrameworkRowLike[], scope: EnterpriseScope, query: RectificationGroupQuery, today: string) {
  const indicatorIds = indicatorIdsFiltered(tree, query);
  const conditions = [
    sql`r.round_id = ${roundId}`,
    enterpriseScopeFilter(scope),
    query.street === undefined ? undefined : inStreet(sql`r.enterprise_id`, query.street),
    indicatorIds === null ? undefined : sql`r.indicator_id IN ${inList(indicatorIds)}`,
    query.status === undefined ? undefined : sql`r.status = ${query.status}`,
    query.dueBefore === undefined ? undefined : sql`r.due_on <= ${query.dueBefore}`,
    query.dueAfter === undefined ? undefined : sql`r.due_on >= ${query.dueAfter}`,
    query.q === undefined
      ? undefined
      : // instr, not LIKE: D1 refuses LIKE patterns over 50 bytes (17 Chinese characters).
        sql`(instr(${enterprise.name}, ${query.q}) > 0 OR substr(${enterprise.creditCode}, 1, ${query.q.length}) = ${query.q.toUpperCase()})`,
  ].filter((c): c is SQL => c !== undefined);
  const statusCounts = RectificationStatus.options.map((s) => sql`sum(r.status = ${s}) AS ${sql.identifier(s)}`);
  // Groups are sorted after they are counted: the key is an aggregate, so the cursor applies to the grouped rows.
  const order = [sortKeys[query.sort], sql`g.name`, sql`g.id`];
  const cursor = decodeCursor(query.cursor, order.length);
  const [rows, counted] = await selectBatch(db, [
    sql<GroupRow>`
      SELECT g.*, ${sortKeys[query.sort]} AS sortKey FROM (
        SELECT enterprise.id AS id, enterprise.name AS name, enterprise.street AS street, enterprise.credit_code AS creditCode, count(*) AS total, ${sql.join(statusCounts, sql`, `)},
               sum(r.status IN ${inList(unanswered)} AND r.due_on < ${today}) AS overdue,
               min(CASE WHEN r.status IN ('open', 'planned', 'submitted') THEN r.due_on END) AS nextDue
        FROM rectification r JOIN enterprise ON enterprise.id = r.enterprise_id
        WHERE ${sql.join(conditions, sql` AND `)}
        GROUP BY enterprise.id
      ) g
      ${cursor ? sql`WHERE ${afterKey(order, cursor)}` : sql``}
      ORDER BY ${sql.join(order, sql`, `)} LIMIT ${query.limit + 1}`,
    // How many enterprises have a matching task: the groups in all.
    sql<{ n: number }>`SELECT count(DISTINCT r.enterprise_id) AS n FROM rectification r JOIN enterprise ON enterprise.id = r.enterprise_id WHERE ${sql.join(conditions, sql` AND `)}`,
  ]);
  const page = pageOf(rows, query.limit, (r) => [r.sortKey, r.name, r.id]);
  return {
    items: page.items.map((r): RectificationGroup => {
      const byStatus = Object.fromEntries(RectificationStatus.options.map((s) => [s, Number(r[s] ?? 0)])) as RectificationGroup['byStatus'];
      return { enterprise: { id: r.id, name: r.name, street: r.street, creditCode: r.creditCode }, total: r.total, byStatus, overdue: r.overdue, nextDue: r.nextDue, state: enterpriseTaskState(byStatus, r.overdue) };
    }),
    nextCursor: page.nextCursor,
    total: counted[0]!.n,
  };
}
