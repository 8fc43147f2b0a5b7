// The statements that settle one disagreement: the write at the version the reviewer saw (0 for a first
// settlement), the guard that aborts the batch when it changed nothing, its audit row, and every derived state
// a settlement moves. The single settle route and the bulk settle both build their batches from it, so
// whatever is hooked here (the derived results' change, the panel's version) follows every settlement.
import { and, eq, type SQL } from 'drizzle-orm';
import { auditStatement } from '../audit';
import { abortUnlessChanged, type Statement } from '../db/batch';
import type { Database } from '../db/client';
import { scoreSettlement } from '../db/schema';
import type { Actor } from '../policy/actor';
import { markPanelChanged } from './staleness';

export type Slot = { roundId: number; enterpriseId: number; indicatorId: number };
export type Settled = { value: number; reason: string; settledBy: number; settledAt: string };

export function settlementStatements(
  db: Database,
  actor: Actor,
  change: { slot: Slot; settled: Settled; version: number; before: unknown; audit?: Record<string, unknown> },
  /** The derived state's change (queries/results-change.ts), placed right after the audit statement its gate reads. */
  derived: SQL[] = [],
): Statement[] {
  const { slot, settled, version } = change;
  const where = and(eq(scoreSettlement.roundId, slot.roundId), eq(scoreSettlement.enterpriseId, slot.enterpriseId), eq(scoreSettlement.indicatorId, slot.indicatorId));
  const write =
    version === 0
      ? db.insert(scoreSettlement).values({ ...slot, ...settled }).onConflictDoNothing()
      : db.update(scoreSettlement).set({ ...settled, version: version + 1 }).where(and(where, eq(scoreSettlement.version, version)));
  return [
    write,
    abortUnlessChanged,
    auditStatement(actor, {
      action: 'score.settle',
      resourceType: 'settlement',
      resourceId: `${slot.enterpriseId}/${slot.indicatorId}`,
      roundId: slot.roundId,
      before: change.before,
      after: { ...slot, ...settled, ...change.audit },
    }),
    ...derived,
    markPanelChanged(db, slot.roundId, slot.enterpriseId),
  ];
}
