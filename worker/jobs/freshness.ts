// The freshness job: re-reads the sources of accepted web evidence of open and recently published rounds and
// says of each quote whether it still stands, changed (and to what) or is gone — or that its source could not
// be read this time, and why. Run daily by the Cron Trigger and by hand by an admin; one run at a time,
// bounded in items and time, each site fetched at most once per spacing, within and across runs.
import { createAnchorer } from '../../shared/anchoring/anchor';
import type { FreshnessRun } from '../../shared/schemas/freshness';
import type { Database } from '../db/client';
import { planFetches, type PageToCheck, type PlannedFetch } from '../domain/fetch-plan';
import { quoteVerdict } from '../domain/freshness-verdict';
import { checkFetchUrl } from '../domain/public-url';
import type { Actor } from '../policy/actor';
import { claimRun, finishRun, freshnessCandidates, lastFetches, recordFetch, type Candidate, type CheckResult } from '../queries/freshness';
import { fetchPageText } from './fetch-page';
import type { FreshnessSettings } from './freshness-settings';

export type RunTrigger = { kind: 'cron' } | { kind: 'manual'; actor: Actor; maxItems?: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The page a URL names: without its fragment, which never reaches the server. */
const pageOf = (url: URL) => url.href.replace(/#.*$/, '');

/** Runs `work` over `items`, `width` at a time. */
async function inPool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

/** Sorts candidates into items refused without a fetch and pages to fetch, each page with its items. */
function sortOut(candidates: Candidate[], settings: FreshnessSettings) {
  const refused: CheckResult[] = [];
  const pages = new Map<string, PageToCheck>();
  for (const c of candidates) {
    const checked = checkFetchUrl(c.url, settings);
    if (!checked.ok) {
      refused.push({ evidenceId: c.id, roundId: c.roundId, enterpriseId: c.enterpriseId, before: c.status, status: 'unchecked', reason: checked.reason, nearestText: null });
      continue;
    }
    const url = pageOf(checked.url);
    const page = pages.get(url) ?? { url, host: checked.url.hostname, evidenceIds: [] };
    page.evidenceIds.push(c.id);
    pages.set(url, page);
  }
  return { refused, pages: [...pages.values()] };
}

/** Fetches one host's pages one after the other, never sooner than the plan says nor than `spacingMs` after the last answer. */
async function checkHost(db: Database, fetches: PlannedFetch[], byId: Map<number, Candidate>, settings: FreshnessSettings, results: CheckResult[]) {
  let previous = 0;
  for (const planned of fetches) {
    const wait = Math.max(planned.at, previous + settings.spacingMs) - Date.now();
    if (wait > 0) await sleep(wait);
    // Recorded before the request: a run that dies midway still keeps later runs away from the site.
    await recordFetch(db, planned.host, new Date());
    const page = await fetchPageText(planned.url, settings);
    // Counted from the answer, not the request: the site gets a full spacing of quiet between two fetches,
    // however long the first took to reach it (measured from the start, a slow first request left less).
    previous = Date.now();
    const anchorer = page.ok ? createAnchorer(page.text) : null;
    for (const id of planned.evidenceIds) {
      const c = byId.get(id)!;
      const verdict = anchorer && quoteVerdict(anchorer, c.quote, c.selectors);
      results.push({
        evidenceId: id,
        roundId: c.roundId,
        enterpriseId: c.enterpriseId,
        before: c.status,
        status: verdict?.status ?? 'unchecked',
        reason: page.ok ? null : page.reason,
        nearestText: verdict?.nearestText ?? null,
      });
    }
  }
}

/** One run; null when another run holds the lease. */
export async function runFreshness(db: Database, settings: FreshnessSettings, trigger: RunTrigger): Promise<FreshnessRun | null> {
  const start = Date.now();
  const actor = trigger.kind === 'manual' ? trigger.actor : null;
  const leaseMs = settings.budgetMs + 4 * settings.timeoutMs;
  const runId = await claimRun(db, { trigger: trigger.kind, triggeredBy: actor?.userId ?? null, startedAt: new Date(start).toISOString(), staleBefore: new Date(start - leaseMs).toISOString() });
  if (runId === null) return null;

  const maxItems = Math.min(settings.maxItems, trigger.kind === 'manual' ? (trigger.maxItems ?? settings.maxItems) : settings.maxItems);
  const candidates = await freshnessCandidates(db, {
    publishedSince: new Date(start - settings.publishedWatchMs).toISOString(),
    recheckBefore: new Date(start - settings.recheckMs).toISOString(),
    limit: maxItems * 4,
  });
  // The most overdue items first, up to the bound; items refused without a fetch take their turn like the rest.
  const taken = candidates.slice(0, maxItems);
  const { refused, pages } = sortOut(taken, settings);
  const results = [...refused];
  const plan = planFetches(pages, await lastFetches(db, [...new Set(pages.map((p) => p.host))]), start, {
    maxItems: taken.length - refused.length,
    spacingMs: settings.spacingMs,
    budgetMs: settings.budgetMs,
  });
  const hosts = Map.groupBy(plan.fetches, (f) => f.host);
  const byId = new Map(taken.map((c) => [c.id, c]));
  await inPool([...hosts.values()], settings.concurrency, (fetches) => checkHost(db, fetches, byId, settings, results));

  const count = (status: CheckResult['status']) => results.filter((r) => r.status === status).length;
  const figures = {
    pages: plan.fetches.length,
    checked: results.length,
    stands: count('stands'),
    changed: count('changed'),
    gone: count('gone'),
    unchecked: count('unchecked'),
    deferred: plan.deferred + candidates.length - taken.length,
  };
  return finishRun(db, actor, runId, figures, results);
}
