// Evidence rows: reading them in client shape, and the idempotent insert.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { validityOn } from '../../shared/domain/evidence-validity';
import type { Evidence } from '../../shared/schemas/evidence';
import type { EvidenceValidity } from '../../shared/schemas/framework';
import type { Database } from '../db/client';
import { evidence, indicator, user } from '../db/schema';
import { visiblePerson } from '../domain/evaluator-names';
import { notFound } from '../errors';
import { today } from '../today';
import { findEnrolment } from './panel';

/** Whether the capturer is staff of the evidence's enterprise in its round (named to it whatever the framework says). */
export const capturedByStaff = sql<number>`EXISTS (SELECT 1 FROM round_member m WHERE m.round_id = ${evidence.roundId} AND m.user_id = ${evidence.capturedBy} AND m.role = 'enterprise' AND m.enterprise_id = ${evidence.enterpriseId})`;

const evidenceColumns = {
  row: evidence,
  indicatorCode: indicator.code,
  validity: indicator.validity,
  capturedByName: user.displayName,
  capturedByStaff,
};

function selectEvidence(db: Database) {
  return db
    .select(evidenceColumns)
    .from(evidence)
    .innerJoin(indicator, eq(indicator.id, evidence.indicatorId))
    .innerJoin(user, eq(user.id, evidence.capturedBy));
}

type EvidenceJoin = { row: typeof evidence.$inferSelect; indicatorCode: string; validity: EvidenceValidity | null; capturedByName: string; /** Needed only where names are hidden: without it, staff are hidden too (the safe side). */ capturedByStaff?: number | boolean };

/** The evidence in client shape; `evaluatorNames` false (enterprises, policy score.readEvaluatorNames) hides an evaluator who captured it. */
export function toEvidence({ row, indicatorCode, validity, capturedByName, capturedByStaff }: EvidenceJoin, on = today(), evaluatorNames = true): Evidence {
  return {
    id: row.id,
    roundId: row.roundId,
    enterpriseId: row.enterpriseId,
    indicatorId: row.indicatorId,
    indicatorCode,
    kind: row.kind,
    url: row.url,
    canonicalUrl: row.canonicalUrl,
    title: row.title,
    siteName: row.siteName,
    lang: row.lang,
    publishedOn: row.publishedOn,
    quote: row.quote,
    quoteSha256: row.quoteSha256,
    selectors: row.selectors,
    pageNumber: row.pageNumber,
    documentSha256: row.documentSha256,
    stance: row.stance,
    note: row.note,
    expiresOn: row.expiresOn,
    status: row.status,
    reviewComment: row.reviewComment,
    reviewedAt: row.reviewedAt,
    capturedBy: visiblePerson({ id: row.capturedBy, displayName: capturedByName }, evaluatorNames, Boolean(capturedByStaff)),
    capturedAt: row.capturedAt,
    receivedAt: row.receivedAt,
    screenshotSha256: row.screenshotSha256,
    anchorStatus: row.anchorStatus,
    lastSeenAt: row.lastSeenAt,
    validity: validityOn(row, validity, on),
    version: row.version,
  };
}

/** A live (not withdrawn) piece of evidence with its stored row; 404 otherwise. `evaluatorNames` as in toEvidence. */
export async function findLiveEvidence(db: Database, id: number, evaluatorNames = true) {
  const found = await selectEvidence(db).where(and(eq(evidence.id, id), isNull(evidence.deletedAt))).get();
  if (!found) throw notFound('not_found', `Evidence ${id} does not exist`);
  return { evidence: toEvidence(found, today(), evaluatorNames), row: found.row };
}

/** Everything the policy needs to judge an action on one piece of evidence. */
export async function loadEvidenceSubject(db: Database, id: number) {
  const { evidence: item, row } = await findLiveEvidence(db, id);
  const { round, enterprise } = await findEnrolment(db, item.roundId, item.enterpriseId);
  return { item, row, subject: { round, enterprise, evidence: { capturedBy: row.capturedBy, status: row.status } } };
}

export async function findEvidenceByKey(db: Database, capturedBy: number, idempotencyKey: string) {
  const found = await selectEvidence(db)
    .where(and(eq(evidence.capturedBy, capturedBy), eq(evidence.idempotencyKey, idempotencyKey)))
    .get();
  return found ? toEvidence(found) : null;
}

/** The enterprise's live evidence in the round; `evaluatorNames` as in toEvidence. */
export async function listEnterpriseEvidence(db: Database, roundId: number, enterpriseId: number, evaluatorNames: boolean) {
  const rows = await selectEvidence(db)
    .where(and(eq(evidence.roundId, roundId), eq(evidence.enterpriseId, enterpriseId), isNull(evidence.deletedAt)))
    .orderBy(asc(evidence.indicatorId), asc(evidence.id));
  return rows.map((row) => toEvidence(row, today(), evaluatorNames));
}
