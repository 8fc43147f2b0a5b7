// The audit trail: one row per mutation, written in the same D1 batch (transaction) as the change itself.
import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from './policy/actor';
import { roleInRound } from './policy/actor';

export type AuditEntry = {
  action: string;
  resourceType: string;
  /** The resource's id; pass `insertedRowId` when the row is created earlier in the same batch. */
  resourceId: string | number | SQL;
  roundId?: number | null;
  before?: unknown;
  after?: unknown;
};

/** Refers to the row inserted by the previous statement of the batch. */
export const insertedRowId = sql`last_insert_rowid()`;

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/**
 * A statement for runBatch that records `entry`, placed right after the mutation it describes.
 * It only writes when that mutation changed a row (changes() > 0), so a no-op update leaves no trace.
 */
export function auditStatement(actor: Actor | null, entry: AuditEntry): SQL {
  const role = actor && entry.roundId ? roleInRound(actor, entry.roundId) : actor?.isAdmin ? 'admin' : null;
  const resourceId = typeof entry.resourceId === 'object' ? entry.resourceId : String(entry.resourceId);
  return sql`INSERT INTO audit_log (user_id, role, action, resource_type, resource_id, round_id, before, after)
    SELECT ${actor?.userId ?? null}, ${role}, ${entry.action}, ${entry.resourceType}, ${resourceId},
           ${entry.roundId ?? null}, ${json(entry.before)}, ${json(entry.after)}
    WHERE changes() > 0`;
}
