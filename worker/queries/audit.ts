// Reading the audit trail with filters, newest first.
import { and, count, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { COUNT_CAP } from '../../shared/schemas/common';
import type { AuditEntry } from '../../shared/schemas/audit';
import type { Database } from '../db/client';
import { auditLog, user } from '../db/schema';
import { pageFrom } from './page';

export type AuditFilters = {
  cursor?: number;
  limit: number;
  userId?: number;
  action?: string;
  resourceType?: string;
  resourceId?: string;
  clientIp?: string;
  roundId?: number;
  from?: string;
  to?: string;
};

/** A page of entries, newest first, and how many match (counted up to COUNT_CAP + 1: the trail can hold millions). */
export async function listAudit(db: Database, f: AuditFilters) {
  const matching = and(
    f.userId ? eq(auditLog.userId, f.userId) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.resourceType ? eq(auditLog.resourceType, f.resourceType) : undefined,
    f.resourceId ? eq(auditLog.resourceId, f.resourceId) : undefined,
    f.roundId ? eq(auditLog.roundId, f.roundId) : undefined,
    f.clientIp ? sql`json_extract(${auditLog.after}, '$.clientIp') = ${f.clientIp}` : undefined,
    // Stored times are ISO-8601 UTC with milliseconds, so text order is time order.
    f.from ? gte(auditLog.at, new Date(f.from).toISOString()) : undefined,
    f.to ? lt(auditLog.at, new Date(f.to).toISOString()) : undefined,
  );
  const capped = db.select({ one: sql`1` }).from(auditLog).where(matching).limit(COUNT_CAP + 1).as('capped');
  const [rows, counted] = await Promise.all([
    db
      .select({ entry: auditLog, login: user.login, displayName: user.displayName })
      .from(auditLog)
      .leftJoin(user, eq(user.id, auditLog.userId))
      .where(and(matching, f.cursor ? lt(auditLog.id, f.cursor) : undefined))
      .orderBy(desc(auditLog.id))
      .limit(f.limit + 1),
    db.select({ n: count() }).from(capped),
  ]);
  const items = rows.map(
    ({ entry, login, displayName }): AuditEntry => ({
      id: entry.id,
      at: entry.at,
      user: entry.userId !== null && login !== null ? { id: entry.userId, login, displayName: displayName! } : null,
      role: entry.role,
      action: entry.action,
      resourceType: entry.resourceType,
      resourceId: entry.resourceId,
      roundId: entry.roundId,
      before: entry.before,
      after: entry.after,
    }),
  );
  return { ...pageFrom(items, f.limit, (e) => e.id), total: counted[0]!.n };
}
