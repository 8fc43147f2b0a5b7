// "Source not reachable" flags: who flagged which evidence, and a round's flags as its reviewers list them.
import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { SourceFlag } from '../../shared/schemas/source-flags';
import type { Database } from '../db/client';
import { enterprise, evidence, evidenceSourceFlag, indicator } from '../db/schema';

/** A round's flags are few (one per person and evidence); the list stops here all the same. */
export const SOURCE_FLAG_LIMIT = 500;

function selectFlags(db: Database, where: SQL | undefined) {
  return db
    .select({
      id: evidenceSourceFlag.id,
      evidenceId: evidenceSourceFlag.evidenceId,
      enterpriseId: evidenceSourceFlag.enterpriseId,
      enterpriseName: enterprise.name,
      indicatorCode: indicator.code,
      title: evidence.title,
      url: evidence.url,
      role: evidenceSourceFlag.role,
      note: evidenceSourceFlag.note,
      flaggedAt: evidenceSourceFlag.flaggedAt,
    })
    .from(evidenceSourceFlag)
    .innerJoin(evidence, eq(evidence.id, evidenceSourceFlag.evidenceId))
    .innerJoin(enterprise, eq(enterprise.id, evidenceSourceFlag.enterpriseId))
    .innerJoin(indicator, eq(indicator.id, evidence.indicatorId))
    .where(and(where, isNull(evidence.deletedAt)));
}

/** The flag one person raised on one piece of evidence, if any. */
export async function findSourceFlag(db: Database, evidenceId: number, flaggedBy: number): Promise<SourceFlag | null> {
  return (await selectFlags(db, and(eq(evidenceSourceFlag.evidenceId, evidenceId), eq(evidenceSourceFlag.flaggedBy, flaggedBy))).get()) ?? null;
}

/** A round's flags on live evidence, newest first. */
export function roundSourceFlags(db: Database, roundId: number): Promise<SourceFlag[]> {
  return selectFlags(db, eq(evidenceSourceFlag.roundId, roundId)).orderBy(desc(evidenceSourceFlag.flaggedAt), desc(evidenceSourceFlag.id)).limit(SOURCE_FLAG_LIMIT);
}
