// Failed sign-in counters in D1, per account and per client address (see worker/domain/throttle.ts).
// The counters are bookkeeping; the attempts themselves are audited (auth/failed-sign-ins.ts) in the same batch.
import { and, eq, gt, inArray, isNull, lt, max, ne, or, sql, type SQL } from 'drizzle-orm';
import { runBatch } from '../db/batch';
import type { Database } from '../db/client';
import { loginThrottle } from '../db/schema';
import { FAILURE_MEMORY_SECONDS, lockSeconds, retryAfterSeconds, type ThrottleKind } from '../domain/throttle';
import { ApiError } from '../errors';

export type ThrottleKey = { kind: ThrottleKind; key: string };

/** The keys a sign-in attempt counts against. Without CF-Connecting-IP (local dev) only the account counts. */
export function throttleKeys(login: string, clientIp: string | undefined): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ kind: 'account', key: `account:${login}` }];
  if (clientIp) keys.push({ kind: 'client', key: `client:${clientIp}` });
  return keys;
}

/** The latest lock among `keys` that is still running, or null. */
export async function activeLock(db: Database, keys: ThrottleKey[], now: Date): Promise<string | null> {
  const row = await db
    .select({ until: max(loginThrottle.lockedUntil) })
    .from(loginThrottle)
    .where(and(inArray(loginThrottle.key, keys.map((k) => k.key)), gt(loginThrottle.lockedUntil, now.toISOString())))
    .get();
  return row?.until ?? null;
}

/**
 * Counts one failure against every key (atomically in SQL, so parallel guesses all count) and sets locks.
 * `audit` (the attempt's audit row, for sign-ins) runs in the same batch, right after the counters it follows.
 */
export async function recordFailure(db: Database, keys: ThrottleKey[], now: Date, audit?: SQL): Promise<void> {
  const at = now.toISOString();
  const forgotten = new Date(now.getTime() - FAILURE_MEMORY_SECONDS * 1000).toISOString();
  const results = await runBatch(db, [
    // Rows nobody failed on for a while are dead weight: prune them on the way.
    db.delete(loginThrottle).where(lt(loginThrottle.lastFailureAt, forgotten)),
    ...keys.map(({ key }) =>
      db
        .insert(loginThrottle)
        .values({ key, failures: 1, lastFailureAt: at })
        .onConflictDoUpdate({ target: loginThrottle.key, set: { failures: sql`${loginThrottle.failures} + 1`, lastFailureAt: at } })
        .returning({ failures: loginThrottle.failures }),
    ),
    ...(audit ? [audit] : []),
  ]);
  const locks = keys.flatMap(({ kind, key }, i) => {
    const failures = (results[i + 1]?.results as { failures: number }[] | undefined)?.[0]?.failures ?? 0;
    const seconds = lockSeconds(kind, failures);
    return seconds > 0 ? [{ key, until: new Date(now.getTime() + seconds * 1000).toISOString() }] : [];
  });
  const [first, ...rest] = locks.map(({ key, until }) => db.update(loginThrottle).set({ lockedUntil: until }).where(eq(loginThrottle.key, key)));
  if (first) await db.batch([first, ...rest]);
}

/** A successful sign-in clears the account's counter; the client's stays, so one good account cannot
 *  reset the counter of an address that is guessing at others. */
export const clearAccount = (db: Database, login: string) => db.delete(loginThrottle).where(eq(loginThrottle.key, `account:${login}`));

/**
 * Refuses with 429 and Retry-After while any of `keys` is locked. A flood against a lock must not grow the
 * audit trail without bound, so only the first refusal of each lock is audited: the lock row remembers it
 * (refusal_audited_until), and `audit(lockedUntil)` writes only when that marker changed in the same batch.
 * The failures that led to the lock are each audited already, and failures are not counted while locked,
 * so a lock costs one row however many attempts hit it.
 */
export async function refuseWhileLocked(db: Database, keys: ThrottleKey[], now: Date, audit?: (lockedUntil: string) => SQL): Promise<void> {
  const until = await activeLock(db, keys, now);
  if (!until) return;
  if (audit) await runBatch(db, [
    db
      .update(loginThrottle)
      .set({ refusalAuditedUntil: sql`${loginThrottle.lockedUntil}` })
      .where(
        and(
          inArray(loginThrottle.key, keys.map((k) => k.key)),
          gt(loginThrottle.lockedUntil, now.toISOString()),
          or(isNull(loginThrottle.refusalAuditedUntil), ne(loginThrottle.refusalAuditedUntil, loginThrottle.lockedUntil)),
        ),
      ),
    audit(until),
  ]);
  const seconds = retryAfterSeconds(until, now);
  throw new ApiError(429, 'rate_limited', `Too many failed attempts; try again in ${seconds} s`, { retryAfter: seconds }, { 'Retry-After': String(seconds) });
}
