// How failed sign-ins slow an account or a client down, then lock it out: pure numbers, no I/O.

/** A person mistypes a few times (caps lock, an old password); five free failures leave room for that. */
export const ACCOUNT_FREE_FAILURES = 5;
/** One office behind one NAT address shares a client key, so a client gets more room than an account. */
export const CLIENT_FREE_FAILURES = 20;
/** The first lock only slows: half a minute is a nuisance to a person and a wall to a guessing script. */
export const FIRST_LOCK_SECONDS = 30;
/** Each failure past the free ones doubles the lock, up to this: long enough that guessing is hopeless
 *  (4 tries an hour), short enough that someone locking out a colleague's account only delays them. */
export const MAX_LOCK_SECONDS = 15 * 60;
/** Failures are forgotten this long after the last one: longer than the longest lock, so waiting a lock
 *  out does not buy a fresh set of free attempts. */
export const FAILURE_MEMORY_SECONDS = 60 * 60;

export type ThrottleKind = 'account' | 'client';

const freeFailures: Record<ThrottleKind, number> = { account: ACCOUNT_FREE_FAILURES, client: CLIENT_FREE_FAILURES };

/** How long a key is locked after its `failures`-th failure in a row (0: not locked). */
export function lockSeconds(kind: ThrottleKind, failures: number): number {
  const past = failures - freeFailures[kind];
  if (past < 0) return 0;
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** Math.min(past, 20));
}

/** Whole seconds until `lockedUntil`, at least 1 while it is in the future, for the Retry-After header. */
export function retryAfterSeconds(lockedUntil: string, now: Date): number {
  return Math.max(1, Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 1000));
}

/**
 * When a key's lock would end after its n-th failure at `now`, for every n up to the first that reaches the
 * longest lock (index n; null: no lock yet). The last entry stands for every count past the end, so SQL can
 * pick a lock by count with min(n, length - 1) and the rule stays written once, here.
 */
export function lockEndsByFailures(kind: ThrottleKind, now: Date): (string | null)[] {
  const ends: (string | null)[] = [];
  for (let failures = 0; ; failures++) {
    const seconds = lockSeconds(kind, failures);
    ends.push(seconds > 0 ? new Date(now.getTime() + seconds * 1000).toISOString() : null);
    if (seconds >= MAX_LOCK_SECONDS) return ends;
  }
}
