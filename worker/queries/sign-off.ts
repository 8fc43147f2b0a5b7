// What is still open on an enterprise when a reviewer signs it off: its pending evidence (contradicting
// evidence among it) and its completeness against the framework's floor.
import { and, eq, sql } from 'drizzle-orm';
import { signOffCompleteness } from '../../shared/schemas/framework';
import type { SignOffOpenItems } from '../../shared/schemas/round';
import type { Database } from '../db/client';
import { evidence } from '../db/schema';
import { pinnedFramework } from './pinned-framework';

export async function signOffOpenItems(db: Database, round: { id: number; framework: { id: number } }, enterpriseId: number, completeness: number | null): Promise<SignOffOpenItems> {
  const [counts, { settings }] = await Promise.all([
    db
      .select({ pending: sql<number>`count(*)`, contradicting: sql<number>`coalesce(sum(${evidence.stance} = 'contradicts'), 0)` })
      .from(evidence)
      .where(and(eq(evidence.roundId, round.id), eq(evidence.enterpriseId, enterpriseId), eq(evidence.status, 'pending'), sql`${evidence.deletedAt} IS NULL`))
      .get(),
    pinnedFramework(db, round.framework.id),
  ]);
  return {
    pendingEvidence: counts?.pending ?? 0,
    contradictingUnreviewed: counts?.contradicting ?? 0,
    completeness,
    completenessThreshold: signOffCompleteness(settings),
  };
}
