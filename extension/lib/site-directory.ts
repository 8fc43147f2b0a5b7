// The round's enrolled enterprises by registered domain, kept on the device from sign-in (sign-in-warm-up.ts): the
// side panel names a never-seen site's enterprise from it without asking the page or the worker (that look took a new
// device's first opening ~85 ms), offline as well. It answers what detection by domain answers (the most specific
// domain wins); the panel's own look still follows and wins. Brought up to date by the background, off the panel's
// path, when a look finds it stale or wrong.
import { domainCandidates } from '../../shared/domain/hostname';
import type { PageEnterprise, SiteDirectory } from '../../shared/schemas/enterprise-detection';
import { request } from './api';
import { sessionItem, siteDirectory, type StoredSiteDirectory } from './storage';

/** Asked for again after this long: a round's enrolment rarely changes. */
const FRESH_MS = 12 * 3_600_000;

export function directoryOf(userId: number, roundId: number, answer: SiteDirectory, now: number): StoredSiteDirectory {
  const owners: StoredSiteDirectory['owners'] = {};
  for (const { id, name, domains } of answer.items) for (const domain of domains) owners[domain] = [id, name];
  return { userId, roundId, fetchedAt: now, owners };
}

/** The enterprise that registered the host's most specific domain, if this user's directory of the round has one. */
export function directoryEnterprise(directory: StoredSiteDirectory | null, userId: number, roundId: number, host: string): PageEnterprise | undefined {
  if (directory?.userId !== userId || directory.roundId !== roundId) return undefined;
  for (const domain of domainCandidates(host)) {
    const owner = directory.owners[domain];
    if (owner) return { id: owner[0], name: owner[1], basis: 'domain' };
  }
  return undefined;
}

/**
 * Whether to ask again: the directory is another user's or round's, or older than FRESH_MS, or (after a look the worker
 * answered for `host`) it names another enterprise for the site than the worker found by the site's domain.
 */
export function needsRefresh(directory: StoredSiteDirectory | null, userId: number, roundId: number, now: number, look?: { host: string; found: PageEnterprise | undefined }) {
  if (directory?.userId !== userId || directory.roundId !== roundId || now - directory.fetchedAt > FRESH_MS) return true;
  return look !== undefined && directoryEnterprise(directory, userId, roundId, look.host)?.id !== look.found?.id;
}

/** Asks the worker for the round's directory and keeps it for the user who asked (unless another signed in meanwhile). */
export async function refreshSiteDirectory(roundId: number) {
  const asker = (await sessionItem.getValue())?.user.id;
  const answer = await request((api) => api.api.v1.rounds[':roundId'].enterprises.domains.$get({ param: { roundId: String(roundId) } }));
  if (answer.ok && asker !== undefined && (await sessionItem.getValue())?.user.id === asker) {
    await siteDirectory.setValue(directoryOf(asker, roundId, answer.value, Date.now()));
  }
  return answer;
}
