// The freshness job's plan for one run: which pages to fetch and when, so that no site is asked more often
// than once per spacing (counting the fetches of earlier runs), no more items are checked than the run's
// bound, and nothing is planned beyond the run's time budget. Pure: the job carries the plan out.

export type PageToCheck = { url: string; host: string; evidenceIds: number[] };
/** `at`: when to fetch, in ms since the epoch. */
export type PlannedFetch = PageToCheck & { at: number };
export type PlanLimits = { maxItems: number; spacingMs: number; budgetMs: number };

/**
 * Takes pages in the order given (most overdue first) until `maxItems` evidence items are covered — the
 * last page's items are cut to fit — and schedules each host's pages `spacingMs` apart, starting no sooner
 * than `spacingMs` after that host's last fetch. Items left out are `deferred` to the next run.
 */
export function planFetches(pages: readonly PageToCheck[], lastFetch: ReadonlyMap<string, number>, now: number, limits: PlanLimits) {
  const fetches: PlannedFetch[] = [];
  const nextSlot = new Map<string, number>();
  let items = 0;
  let deferred = 0;
  for (const page of pages) {
    const room = limits.maxItems - items;
    const last = lastFetch.get(page.host);
    const at = nextSlot.get(page.host) ?? Math.max(now, last === undefined ? now : last + limits.spacingMs);
    if (room <= 0 || at - now > limits.budgetMs) {
      deferred += page.evidenceIds.length;
      continue;
    }
    const taken = page.evidenceIds.slice(0, room);
    deferred += page.evidenceIds.length - taken.length;
    items += taken.length;
    fetches.push({ ...page, evidenceIds: taken, at });
    nextSlot.set(page.host, at + limits.spacingMs);
  }
  return { fetches, deferred };
}
