// Documentation requests: one by id, a round's list (scoped to what the reader sees, with an overdue filter),
// and an enterprise's requests for the side panel.
import { and, asc, count, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { isOverdue } from '../../shared/domain/documentation-request-flow';
import type { DocumentationRequest, DocumentationRequestListQuery } from '../../shared/schemas/documentation-request';
import type { Database } from '../db/client';
import { documentationRequest, enterprise, indicator } from '../db/schema';
import { notFound } from '../errors';
import type { EnterpriseScope } from '../policy/scope';
import { afterKey, decodeCursor, pageOf } from './cursor';
import { enterpriseScopeFilter } from './enterprises';

const nameOf = (column: 'asked_by' | 'decided_by') => sql<string | null>`(SELECT display_name FROM user u WHERE u.id = "documentation_request"."${sql.raw(column)}")`;

// The joined ids carry names of their own: in a D1 batch, columns of the same name ("id") overwrite each other.
const columns = {
  row: documentationRequest,
  enterprise: { id: sql<number>`${enterprise.id}`.as('request_enterprise_id'), name: enterprise.name, street: enterprise.street },
  indicator: { id: sql<number>`${indicator.id}`.as('request_indicator_id'), code: indicator.code, nameZh: indicator.nameZh, nameEn: indicator.nameEn },
  askedByName: nameOf('asked_by'),
  decidedByName: nameOf('decided_by'),
};
export type RequestRow = {
  row: typeof documentationRequest.$inferSelect;
  enterprise: DocumentationRequest['enterprise'];
  indicator: { id: number; code: string; nameZh: string; nameEn: string };
  askedByName: string | null;
  decidedByName: string | null;
};

/** The request in client shape; `names` false hides who asked and decided (enterprises, unless the framework shows evaluators). */
export function toDocumentationRequest(r: RequestRow, today: string, names: boolean): DocumentationRequest {
  const person = (id: number | null, displayName: string | null) => (names && id !== null ? { id, displayName: displayName ?? `#${id}` } : null);
  return {
    id: r.row.id,
    roundId: r.row.roundId,
    enterprise: r.enterprise,
    indicator: { id: r.indicator.id, code: r.indicator.code, name: { zh: r.indicator.nameZh, en: r.indicator.nameEn } },
    question: r.row.question,
    dueOn: r.row.dueOn,
    status: r.row.status,
    overdue: isOverdue(r.row, today),
    askedBy: person(r.row.askedBy, r.askedByName),
    askedAt: r.row.askedAt,
    answerStatement: r.row.answerStatement,
    answerEvidenceIds: r.row.answerEvidenceIds,
    answeredAt: r.row.answeredAt,
    decidedBy: person(r.row.decidedBy, r.decidedByName),
    decidedAt: r.row.decidedAt,
    decisionComment: r.row.decisionComment,
    version: r.row.version,
  };
}

const select = (db: Database, where: SQL | undefined) =>
  db
    .select(columns)
    .from(documentationRequest)
    .innerJoin(enterprise, eq(enterprise.id, documentationRequest.enterpriseId))
    .innerJoin(indicator, eq(indicator.id, documentationRequest.indicatorId))
    .where(where);

export async function findDocumentationRequest(db: Database, id: number) {
  const row = await select(db, eq(documentationRequest.id, id)).get();
  if (!row) throw notFound('documentation_request_not_found', `Documentation request ${id} does not exist`);
  return row;
}

/** A statement for a batch: an enterprise's requests in a round, oldest first. */
export const enterpriseRequestsQuery = (db: Database, roundId: number, enterpriseId: number) =>
  select(db, and(eq(documentationRequest.roundId, roundId), eq(documentationRequest.enterpriseId, enterpriseId))).orderBy(asc(documentationRequest.id));

const waiting = ['open', 'reopened'] as const;

/** A round's requests the reader may see, soonest due first; `overdue` keeps those still waiting after their due date. */
export async function listDocumentationRequests(db: Database, roundId: number, scope: EnterpriseScope, query: z.infer<typeof DocumentationRequestListQuery>, today: string) {
  const order = [sql`${documentationRequest.dueOn}`, sql`${documentationRequest.id}`];
  const cursor = decodeCursor(query.cursor, order.length);
  const matching = and(
    eq(documentationRequest.roundId, roundId),
    enterpriseScopeFilter(scope),
    query.status ? eq(documentationRequest.status, query.status) : undefined,
    query.overdue === 'true' ? and(inArray(documentationRequest.status, [...waiting]), lt(documentationRequest.dueOn, today)) : undefined,
    query.enterpriseId ? eq(documentationRequest.enterpriseId, query.enterpriseId) : undefined,
    query.streetId ? eq(enterprise.streetId, query.streetId) : undefined,
  );
  const [rows, counted] = await Promise.all([
    select(db, and(matching, cursor ? afterKey(order, cursor) : undefined)).orderBy(...order).limit(query.limit + 1),
    db.select({ n: count() }).from(documentationRequest).innerJoin(enterprise, eq(enterprise.id, documentationRequest.enterpriseId)).where(matching),
  ]);
  return { ...pageOf(rows, query.limit, (r) => [r.row.dueOn, r.row.id]), total: counted[0]!.n };
}
