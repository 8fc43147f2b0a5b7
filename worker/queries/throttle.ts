// Failed sign-in counters in D1, per account and per client address (see worker/domain/throttle.ts).
// An attempt reserves its place before the password is verified: one statement counts it as a failure against
// every key, and takes the lock that count earns, only while none of its keys is locked. So a burst of parallel
// guesses is verified no more often than the same guesses one by one; a success releases its reservation.
// The counters are bookkeeping; the attempts themselves are audited (auth/failed-sign-ins.ts).
import { and, eq, gt, inArray, isNull, lt, max, ne, or, sql, type SQL } from 'drizzle-orm';
import { runBatch, type Statement } from '../db/batch';
import type { Database } from '../db/client';
import { loginThrottle } from '../db/schema';
import { FAILURE_MEMORY_SECONDS, lockEndsByFailures, retryAfterSeconds, type ThrottleKind } from '../domain/throttle';
import { ApiError } from '../errors';

export type ThrottleKey = { kind: ThrottleKind; key: string };

/** The keys a sign-in attempt counts against. Without CF-Connecting-IP (local dev) only the account counts. */
export function throttleKeys(login: string, clientIp: string | undefined): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ kind: 'account', key: `account:${login}` }];
  if (clientIp) keys.push({ kind: 'client', key: `client:${clientIp}` });
  return keys;
}

/** An attempt that holds its place: its keys and, per key, the lock its count took (null: none). */
export type Reservation = { keys: ThrottleKey[]; at: string; locks: Map<string, string | null> };

/** The lock a key's `failures`-th failure takes, from its terms (`ends`, domain/throttle.ts) as JSON. */
const lockAfter = (terms: SQL, failures: SQL) => sql`json_extract(${terms}, '$.ends[' || min(${failures}, json_array_length(${terms}, '$.ends') - 1) || ']')`;

/**
 * Reserves an attempt against every key in one statement, or returns null when one of them is locked.
 * SQLite evaluates an INSERT's SELECT (the lock check) before writing any row, so the keys are counted all
 * or none, and a lock one of them takes now does not stop the others from counting this attempt.
 */
export async function reserveAttempt(db: Database, keys: ThrottleKey[], now: Date): Promise<Reservation | null> {
  const at = now.toISOString();
  const forgotten = new Date(now.getTime() - FAILURE_MEMORY_SECONDS * 1000).toISOString();
  const terms = JSON.stringify(keys.map(({ kind, key }) => ({ key, ends: lockEndsByFailures(kind, now) })));
  const termsOfRow = sql`(SELECT t.value FROM json_each(${terms}) t WHERE t.value ->> 'key' = excluded.key)`;
  const [, reserved] = await runBatch(db, [
    // Rows nobody failed on for a while are dead weight, and their count starts afresh: prune them first.
    db.delete(loginThrottle).where(lt(loginThrottle.lastFailureAt, forgotten)),
    sql`INSERT INTO login_throttle (key, failures, last_failure_at, locked_until)
        SELECT k.value ->> 'key', 1, ${at}, ${lockAfter(sql`k.value`, sql`1`)}
        FROM json_each(${terms}) k
        WHERE NOT EXISTS (SELECT 1 FROM login_throttle l WHERE l.key IN (SELECT value ->> 'key' FROM json_each(${terms})) AND l.locked_until > ${at})
        ON CONFLICT (key) DO UPDATE SET
          failures = failures + 1,
          last_failure_at = excluded.last_failure_at,
          locked_until = coalesce(${lockAfter(termsOfRow, sql`failures + 1`)}, locked_until)
        RETURNING key, locked_until AS lockedUntil`,
  ]);
  const rows = (reserved?.results ?? []) as { key: string; lockedUntil: string | null }[];
  if (rows.length === 0) return null;
  return { keys, at, locks: new Map(rows.map((r) => [r.key, r.lockedUntil && r.lockedUntil > at ? r.lockedUntil : null])) };
}

/**
 * The reserved attempt failed: it stays counted. `audit` (the attempt's audit row) follows a statement that
 * always changes a row, so it is always written; should a concurrent success have cleared the account's count
 * meanwhile, this failure starts it again.
 */
export async function confirmFailure(db: Database, reservation: Reservation, audit: SQL): Promise<void> {
  const [first] = reservation.keys;
  await runBatch(db, [
    db
      .insert(loginThrottle)
      .values({ key: first!.key, failures: 1, lastFailureAt: reservation.at })
      .onConflictDoUpdate({ target: loginThrottle.key, set: { lastFailureAt: reservation.at } }),
    audit,
  ]);
}

/**
 * Statements for the batch of a success: the reservation no longer counts, nor the lock it took; a sign-in
 * also clears the account's earlier failures (`clearAccount`). The client's earlier failures stay, so one good
 * account cannot reset the counter of an address that is guessing at others. Emptied rows go.
 */
export function releaseAttempt(db: Database, reservation: Reservation, options: { clearAccount: boolean }): Statement[] {
  const released = reservation.keys.map(({ kind, key }) =>
    kind === 'account' && options.clearAccount
      ? db.delete(loginThrottle).where(eq(loginThrottle.key, key))
      : db
          .update(loginThrottle)
          .set({
            failures: sql`max(${loginThrottle.failures} - 1, 0)`,
            lockedUntil: sql`CASE WHEN ${loginThrottle.lockedUntil} = ${reservation.locks.get(key) ?? null} THEN NULL ELSE ${loginThrottle.lockedUntil} END`,
          })
          .where(eq(loginThrottle.key, key)),
  );
  const keys = reservation.keys.map((k) => k.key);
  return [...released, db.delete(loginThrottle).where(and(inArray(loginThrottle.key, keys), eq(loginThrottle.failures, 0)))];
}

/** The latest lock among `keys` that is still running, or null. */
async function activeLock(db: Database, keys: ThrottleKey[], now: Date): Promise<string | null> {
  const row = await db
    .select({ until: max(loginThrottle.lockedUntil) })
    .from(loginThrottle)
    .where(and(inArray(loginThrottle.key, keys.map((k) => k.key)), gt(loginThrottle.lockedUntil, now.toISOString())))
    .get();
  return row?.until ?? null;
}

/**
 * Refuses an attempt that found a key locked, with 429 and Retry-After. A flood against a lock must not grow
 * the audit trail without bound, so only the first refusal of each lock is audited: the lock row remembers it
 * (refusal_audited_until), and `audit(lockedUntil)` writes only when that marker changed in the same batch.
 * The failures that led to the lock are each audited already, and refused attempts are not counted, so a lock
 * costs one row however many attempts hit it.
 */
export async function refuseLocked(db: Database, keys: ThrottleKey[], now: Date, audit: (lockedUntil: string) => SQL): Promise<never> {
  // The lock may have run out since the reservation saw it: the caller may then simply try again.
  const until = (await activeLock(db, keys, now)) ?? now.toISOString();
  await runBatch(db, [
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
