// Answers from the worker kept for when it cannot be reached: the picker must work offline, since the
// clips it makes then wait in the queue. Only reads that change rarely are kept (rounds, indicator
// trees, the enterprise registered for a site). The directory of the round's domains (site-directory.ts) is kept
// apart and forgotten with them.
import type { StoredSession } from '../../shared/schemas/clip';
import { ok, type Result } from './result';
import { isRetryable } from './retry-policy';
import { offlineCopies, sessionItem, siteDirectory } from './storage';

/** The key a site's detection is kept under: what its registered domain said, true of every page of the site. */
export const siteDetectionKey = (roundId: number, host: string) => `detected:${roundId}:${host}`;

/**
 * `read`'s answer, kept under `key`; when the worker is unreachable, the answer kept last time instead.
 * `keep`: the part of an answer that stays true for every later read under the same key.
 */
export async function withOfflineCopy<T>(key: string, read: () => Promise<Result<T>>, keep: (value: T) => T = (value) => value): Promise<Result<T>> {
  const result = await read();
  if (result.ok) {
    await offlineCopies.setValue({ ...(await offlineCopies.getValue()), [key]: keep(result.value) });
    return result;
  }
  const copy = isRetryable(result.error) ? (await offlineCopies.getValue())[key] : undefined;
  return copy === undefined ? result : ok(copy as T);
}

/**
 * Another user's answers (their rounds, their own enterprise) never stand in for this one's: forgotten when the user
 * changes. `warmUp` then runs for the user who signed in (after the forgetting, so nothing it keeps is forgotten).
 */
export function followUserChange(warmUp: (session: StoredSession) => Promise<unknown> = async () => {}): void {
  sessionItem.watch(async (next, previous) => {
    if (previous?.user.id === next?.user.id) return;
    if (previous) await Promise.all([offlineCopies.removeValue(), siteDirectory.removeValue()]);
    if (next) await warmUp(next).catch((err: unknown) => console.error('CSR Clipper: warming up after sign-in failed', err));
  });
}
