// The reviewers' evidence queue as the triage page walks it: pages in the worker's order (contradicting first, then
// oldest) appended as the reviewer nears the end of what is loaded, the item on screen, decisions kept on their item
// (so `k` shows what was decided), and where the reviewer left off: read from the worker on arrival, saved every few
// decisions and on leaving (ADR 011), not on every key. The filters are the URL's (`?street=…&stance=…`), so a link opens
// the queue filtered and back and forward walk through filter changes.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Evidence } from '../../shared/schemas/evidence';
import { EvidenceQueueFilters, type EvidenceQueueItem, type QueueIndicator } from '../../shared/schemas/queues';
import { request } from './api';
import { queryOf } from './query-of';
import type { Failure } from './result';
import { useQueryState } from './use-query-state';

/** The next page is asked for once this few loaded items are left ahead of the one on screen. */
const PREFETCH_AHEAD = 10;
/** Decisions between saving the position and counting the facets again. */
export const DECISION_BATCH = 5;

const filterKeys = Object.keys(EvidenceQueueFilters.shape) as (keyof EvidenceQueueFilters)[];
/** Every filter key, those not chosen as undefined, so writing them to the URL clears the others. */
const allKeys = (filters: EvidenceQueueFilters) => Object.fromEntries(filterKeys.map((k) => [k, filters[k]])) as EvidenceQueueFilters;
const sameFilters = (a: EvidenceQueueFilters, b: EvidenceQueueFilters) => filterKeys.every((k) => a[k] === b[k]);

export function useReviewQueue(roundId: number) {
  const [asked, ask] = useQueryState(EvidenceQueueFilters.shape);
  const [filters, setFilters] = useState<EvidenceQueueFilters | null>(null);
  const [items, setItems] = useState<EvidenceQueueItem[]>([]);
  const [index, setIndex] = useState(0);
  /** The cursor of the page after those loaded: undefined before the first answer, null at the queue's end. */
  const [nextCursor, setNextCursor] = useState<string | null | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const [decisions, setDecisions] = useState(0);
  // A change of filters starts a new generation: pages of an older one that answer late are dropped.
  const generation = useRef(0);
  const fetching = useRef(false);

  const loadPage = useCallback(
    async (shown: EvidenceQueueFilters, cursor: string | undefined) => {
      const ticket = generation.current;
      fetching.current = true;
      setLoading(true);
      const page = await request((api) =>
        api.api.v1.rounds[':roundId'].queues.evidence.$get({ param: { roundId: String(roundId) }, query: queryOf({ ...shown, cursor }) }),
      );
      if (ticket !== generation.current) return;
      fetching.current = false;
      setLoading(false);
      setError(page.ok ? null : page.error);
      if (!page.ok) return;
      setItems((loaded) => (cursor ? [...loaded, ...page.value.items] : page.value.items));
      setNextCursor(page.value.nextCursor);
    },
    [roundId],
  );

  const start = (shown: EvidenceQueueFilters, cursor?: string) => {
    generation.current++;
    fetching.current = false;
    setFilters(shown);
    setItems([]);
    setIndex(0);
    setNextCursor(undefined);
    void loadPage(shown, cursor);
  };

  // Arriving: the filters of the link, else resume where the reviewer left off, with the filters they had (then in the URL).
  useEffect(() => {
    if (filterKeys.some((k) => asked[k] !== undefined)) return start(asked);
    void request((api) => api.api.v1.rounds[':roundId'].queues.evidence.position.$get({ param: { roundId: String(roundId) } })).then((answer) => {
      const position = answer.ok ? answer.value.position : null;
      start(position?.filters ?? {}, position?.cursor ?? undefined);
      ask(allKeys(position?.filters ?? {}), { replace: true });
    });
  }, [roundId]);

  // A change of the URL's filters (a choice, back or forward) starts the queue again under them.
  useEffect(() => {
    if (filters && !sameFilters(filters, asked)) start(asked);
  }, [asked]);

  // Fetch ahead, so `j` never waits for the network at a page's end.
  useEffect(() => {
    if (filters && nextCursor && !fetching.current && items.length - index <= PREFETCH_AHEAD) void loadPage(filters, nextCursor);
  }, [filters, nextCursor, items.length, index, loadPage]);

  const current = items[index] ?? null;
  const latest = useRef({ current, filters });
  latest.current = { current, filters };
  const savePosition = useCallback(() => {
    const { current: item, filters: shown } = latest.current;
    if (!item || !shown) return;
    void request((api) =>
      api.api.v1.rounds[':roundId'].queues.evidence.position.$put({ param: { roundId: String(roundId) }, json: { evidenceId: item.evidence.id, filters: shown } }),
    );
  }, [roundId]);

  // Leaving: the page closed, hidden or navigated away from within the console.
  useEffect(() => {
    const hidden = () => document.visibilityState === 'hidden' && savePosition();
    document.addEventListener('visibilitychange', hidden);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      savePosition();
    };
  }, [savePosition]);

  // Every few decisions the position is saved at the item now on screen.
  useEffect(() => {
    if (decisions > 0 && decisions % DECISION_BATCH === 0) savePosition();
  }, [decisions]);

  /** The reviewer's decision on the current item: kept on it, and the next item shown. */
  const decided = (evidence: Evidence, indicator?: QueueIndicator) => {
    setItems((loaded) => loaded.map((item) => (item.evidence.id === evidence.id ? { ...item, evidence, indicator: indicator ?? item.indicator } : item)));
    setIndex((i) => Math.min(i + 1, items.length));
    setDecisions((n) => n + 1);
  };

  return {
    filters,
    setFilters: (next: EvidenceQueueFilters) => ask(allKeys(next)),
    items,
    index,
    current,
    /** Loaded to the end and nothing more to load. */
    finished: nextCursor === null && index >= items.length,
    loading,
    error,
    decisions,
    next: () => setIndex((i) => Math.min(i + 1, items.length)),
    previous: () => setIndex((i) => Math.max(i - 1, 0)),
    decided,
    /** The current item as the worker now has it, without moving on (a jump back reported whether its quote is there). */
    updated: (evidence: Evidence) => setItems((loaded) => loaded.map((item) => (item.evidence.id === evidence.id ? { ...item, evidence } : item))),
  };
}

export type ReviewQueue = ReturnType<typeof useReviewQueue>;
