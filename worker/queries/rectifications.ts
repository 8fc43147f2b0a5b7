// Rectification tasks: created from the results on publication, then read and edited one by one.
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { FrameworkSettings } from '../../shared/schemas/framework';
import type { Rectification, RectificationListQuery } from '../../shared/schemas/rectification';
import type { Database } from '../db/client';
import { enterprise, indicator, rectification } from '../db/schema';
import { notFound } from '../errors';
import type { EnterpriseScope } from '../policy/scope';
import { afterKey, decodeCursor, pageOf } from './cursor';
import { enterpriseScopeFilter } from './enterprises';
import { liveGeneration } from './generation';

/** One task per failed mandatory indicator and per indicator below the rectification line, due after the framework's days. */
export const rectificationCreateStatement = (roundId: number, settings: FrameworkSettings, today: string) => sql`
  INSERT INTO rectification (round_id, enterprise_id, indicator_id, reason, required_action, due_on)
  SELECT ${roundId}, ri.enterprise_id, ri.indicator_id, CASE WHEN ri.failed_mandatory THEN 'veto' ELSE 'below_threshold' END,
         i.code || ' ' || i.name_zh || ':' || CASE WHEN ri.failed_mandatory
           THEN '必选指标未达标,请制定整改计划并提交整改证明材料。'
           ELSE '得分低于整改线,请提交改进计划及相关证据。' END,
         date(${today}, '+' || ${settings.rectificationDueDays} || ' days')
  FROM result_indicator ri JOIN indicator i ON i.id = ri.indicator_id
  WHERE ri.round_id = ${roundId} AND ri.generation = ${liveGeneration(roundId)} AND (ri.failed_mandatory OR ri.below_rectification)
  ON CONFLICT DO NOTHING`;

/** The created tasks, as audit rows want them. */
export const createdRectifications = (roundId: number) =>
  sql`SELECT id AS resource_id, json_object('enterpriseId', enterprise_id, 'indicatorId', indicator_id, 'reason', reason, 'dueOn', due_on) AS after
      FROM rectification WHERE round_id = ${roundId}`;

const columns = {
  row: rectification,
  enterprise: { id: enterprise.id, name: enterprise.name, street: enterprise.street },
  indicator: { id: indicator.id, code: indicator.code, nameZh: indicator.nameZh, nameEn: indicator.nameEn },
};
type Row = { row: typeof rectification.$inferSelect; enterprise: Rectification['enterprise']; indicator: { id: number; code: string; nameZh: string; nameEn: string } };

const toRectification = ({ row, enterprise: e, indicator: i }: Row): Rectification => ({
  id: row.id,
  roundId: row.roundId,
  enterprise: e,
  indicator: { id: i.id, code: i.code, name: { zh: i.nameZh, en: i.nameEn } },
  reason: row.reason,
  requiredAction: row.requiredAction,
  dueOn: row.dueOn,
  status: row.status,
  plan: row.plan,
  evidenceIds: row.evidenceIds,
  evidenceLinks: row.evidenceLinks,
  followUp: row.followUp,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  version: row.version,
});

const select = (db: Database, where: SQL | undefined) =>
  db
    .select(columns)
    .from(rectification)
    .innerJoin(enterprise, eq(enterprise.id, rectification.enterpriseId))
    .innerJoin(indicator, eq(indicator.id, rectification.indicatorId))
    .where(where);

export async function findRectification(db: Database, id: number) {
  const row = await select(db, eq(rectification.id, id)).get();
  if (!row) throw notFound('rectification_not_found', `Rectification task ${id} does not exist`);
  return toRectification(row);
}

export async function listRectifications(db: Database, roundId: number, scope: EnterpriseScope, query: z.infer<typeof RectificationListQuery>) {
  const order = [sql`${rectification.id}`];
  const cursor = decodeCursor(query.cursor, order.length);
  const matching = and(
    eq(rectification.roundId, roundId),
    enterpriseScopeFilter(scope),
    query.status ? eq(rectification.status, query.status) : undefined,
    query.streetId ? eq(enterprise.streetId, query.streetId) : undefined,
    query.enterpriseId ? eq(rectification.enterpriseId, query.enterpriseId) : undefined,
  );
  const [rows, counted] = await Promise.all([
    select(db, and(matching, cursor ? afterKey(order, cursor) : undefined)).orderBy(rectification.id).limit(query.limit + 1),
    db.select({ n: count() }).from(rectification).innerJoin(enterprise, eq(enterprise.id, rectification.enterpriseId)).where(matching),
  ]);
  const page = pageOf(rows, query.limit, (r) => [r.row.id]);
  return { items: page.items.map(toRectification), nextCursor: page.nextCursor, total: counted[0]!.n };
}

/** An enterprise's tasks of one round, in indicator order. */
export async function enterpriseRectifications(db: Database, roundId: number, enterpriseId: number) {
  const rows = await select(db, and(eq(rectification.roundId, roundId), eq(rectification.enterpriseId, enterpriseId))).orderBy(rectification.indicatorId, desc(rectification.id));
  return rows.map(toRectification);
}
