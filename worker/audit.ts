// The audit trail: one row per mutation, written in the same D1 batch (transaction) as the change itself.
import { sql, type SQL } from 'drizzle-orm';
import type { AuditAction, AuditResourceType } from '../shared/audit-actions';
import { jsonChunks } from './db/json-rows';
import type { Actor } from './policy/actor';
import { roleInRound } from './policy/actor';

export type AuditEntry = {
  action: AuditAction;
  resourceType: AuditResourceType;
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
const roleOf = (actor: Actor | null, roundId?: number | null) => (actor && roundId ? roleInRound(actor, roundId) : actor?.isAdmin ? 'admin' : null);

export function auditStatement(actor: Actor | null, entry: AuditEntry): SQL {
  const role = roleOf(actor, entry.roundId);
  const resourceId = typeof entry.resourceId === 'object' ? entry.resourceId : String(entry.resourceId);
  return sql`INSERT INTO audit_log (user_id, role, action, resource_type, resource_id, round_id, before, after)
    SELECT ${actor?.userId ?? null}, ${role}, ${entry.action}, ${entry.resourceType}, ${resourceId},
           ${entry.roundId ?? null}, ${json(entry.before)}, ${json(entry.after)}
    WHERE changes() > 0`;
}

export type BulkAuditEntry = { key: string | number; before?: unknown; after?: unknown };

/**
 * Audit rows for a bulk change (an import, the tasks of a publication), one per entry, with the entries
 * bound as JSON; `resourceId` is SQL over the entry's `key` (e.g. the id of the enterprise with that credit code).
 */
export function bulkAuditStatements(
  actor: Actor | null,
  entry: { action: AuditAction; resourceType: AuditResourceType; roundId?: number | null; entries: BulkAuditEntry[]; resourceId: (key: SQL) => SQL },
): SQL[] {
  const role = roleOf(actor, entry.roundId);
  return jsonChunks(entry.entries).map(
    (chunk) => sql`INSERT INTO audit_log (user_id, role, action, resource_type, resource_id, round_id, before, after)
      SELECT ${actor?.userId ?? null}, ${role}, ${entry.action}, ${entry.resourceType}, ${entry.resourceId(sql`(j.value ->> 'key')`)},
             ${entry.roundId ?? null}, j.value -> 'before', j.value -> 'after'
      FROM json_each(${chunk}) j`,
  );
}

/** Audit rows for rows a statement of the same batch wrote: `rows` selects resource_id and after (JSON) for each. */
export function auditRowsStatement(actor: Actor | null, entry: { action: AuditAction; resourceType: AuditResourceType; roundId?: number | null; rows: SQL }): SQL {
  return sql`INSERT INTO audit_log (user_id, role, action, resource_type, resource_id, round_id, before, after)
    SELECT ${actor?.userId ?? null}, ${roleOf(actor, entry.roundId)}, ${entry.action}, ${entry.resourceType}, r.resource_id, ${entry.roundId ?? null}, NULL, r.after
    FROM (${entry.rows}) r`;
}
