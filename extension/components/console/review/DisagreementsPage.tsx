/** 分歧队列: every unsettled disagreement of the round for reviewers, page by page, with the filters the worker
 * offers; j/k walk it and s settles the current one (the single settle), or the reviewer selects a set and
 * settles it in bulk after seeing the preview. Every settle reloads the list and the round's count. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { DisagreementFilters, DisagreementQueueQuery, DisagreementSort } from '../../../../shared/schemas/disagreements';
import type { Round } from '../../../../shared/schemas/round';
import { fetchIndicatorTree, request } from '../../../lib/api';
import { slotKey } from '../../../lib/bulk-settle-plan';
import { queryOf } from '../../../lib/query-of';
import { localized } from '../../../lib/locale';
import { queueKeyAction, step } from '../../../lib/queue-keys';
import { useCursorPages } from '../../../lib/use-cursor-pages';
import { useLoad } from '../../../lib/use-load';
import { useQueryState } from '../../../lib/use-query-state';
import { BulkSettlePanel, type BulkSelection } from './BulkSettlePanel';
import { DisagreementCard } from './DisagreementCard';
import { DisagreementFilterBar } from './DisagreementFilterBar';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';
import { Pager } from '../common/Pager';

/** What the reviewer chose for a bulk settle: ticked slots, or everything the filters match. */
type Selection = { kind: 'slots'; keys: Set<string> } | { kind: 'filters' };

/** Twenty a page: each card shows every expert's score side by side. */
const PAGE = 20;
const sortShape = DisagreementQueueQuery.pick({ sort: true }).shape;

export function DisagreementsPage({ round }: { round: Round }) {
  const param = { roundId: String(round.id) };
  // In the URL (`?street=安亭镇&withinLevels=1`); the page's cursor is not (the list changes as disagreements are settled).
  const [filters, setFilters] = useQueryState(DisagreementFilters.shape);
  // The order is no filter: a bulk settle of "everything matching" never carries it.
  const [{ sort }, setSort] = useQueryState(sortShape);
  const pages = useCursorPages([round.id, JSON.stringify(filters), sort]);
  const list = useLoad(
    () => request((api) => api.api.v1.rounds[':roundId'].queues.disagreements.$get({ param, query: queryOf({ ...filters, sort, limit: PAGE, cursor: pages.cursor }) })),
    [round.id, filters, sort, pages.cursor],
  );
  const progress = useLoad(() => request((api) => api.api.v1.rounds[':roundId'].progress.$get({ param })), [round.id]);
  const tree = useLoad(() => fetchIndicatorTree(round.id), [round.id]);
  const [selection, setSelection] = useState<Selection>({ kind: 'slots', keys: new Set() });
  const [bulk, setBulk] = useState<BulkSelection | null>(null);
  const [current, setCurrent] = useState(-1);
  const [settling, setSettling] = useState<string | null>(null);
  const items = list.value?.items ?? [];
  const open = progress.value?.streets.reduce((n, s) => n + s.openDisagreements, 0);

  useEffect(() => {
    setCurrent(-1);
    setSettling(null);
  }, [list.value]);
  const chooseFilters = (next: DisagreementFilters) => {
    setFilters(next);
    if (selection.kind === 'filters') setSelection({ kind: 'slots', keys: new Set() });
  };

  // j/k and s, never while typing (the settle form's fields keep their keys). The listener reads what the last render
  // showed: one registered again after each render (an effect, after the paint) still held the item before when s
  // followed j at once, and opened the form of the item above the one marked current.
  const shown = useRef({ items, current, bulk });
  shown.current = { items, current, bulk };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = queueKeyAction(event);
      const { items, current, bulk } = shown.current;
      if (!action || bulk) return;
      event.preventDefault();
      if (action === 'settle') {
        const item = items[current];
        if (item) setSettling(slotKey({ enterpriseId: item.enterprise.id, indicatorId: item.indicator.id }));
      } else {
        setSettling(null);
        setCurrent((c) => step(c, items.length, action));
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const reload = () => {
    list.reload();
    progress.reload();
  };
  const pageKeys = () => items.map((i) => slotKey({ enterpriseId: i.enterprise.id, indicatorId: i.indicator.id }));
  // Unticking one item of "everything matching" keeps the rest of the page ticked, as it was shown.
  const toggle = (key: string, on: boolean) =>
    setSelection((s) => {
      const keys = new Set(s.kind === 'slots' ? s.keys : pageKeys());
      if (on) keys.add(key);
      else keys.delete(key);
      return { kind: 'slots', keys };
    });
  const selectPage = () => setSelection((s) => ({ kind: 'slots', keys: new Set([...(s.kind === 'slots' ? s.keys : []), ...pageKeys()]) }));
  const selectedCount = selection.kind === 'slots' ? selection.keys.size : null;
  const startBulk = () => setBulk(selection.kind === 'slots' ? { kind: 'slots', keys: [...selection.keys] } : { kind: 'filters', filters });
  const afterBulk = (keys: string[]) => {
    setSelection((s) => (s.kind === 'slots' ? { kind: 'slots', keys: new Set([...s.keys].filter((k) => !keys.includes(k))) } : s));
    reload();
  };

  return (
    <section data-testid="disagreements-page" aria-busy={list.loading}>
      <PageHeader title={i18n.t('console.nav.disagreements')} subtitle={localized(round.name)} />
      {open !== undefined && <p data-testid="disagreements-open">{i18n.t('disagreementQueue.openInRound', [String(open)])}</p>}
      <p class="muted tight">{i18n.t('disagreementQueue.keysHint')}</p>
      <DisagreementFilterBar value={filters} onChange={chooseFilters} tree={tree.value ?? []} experts={progress.value?.experts ?? []} />
      <div class="row filters">
        <label for="disagreement-sort">{i18n.t('disagreementQueue.sortBy')}</label>
        <select id="disagreement-sort" data-testid="disagreement-sort" value={sort} onChange={(e) => setSort({ sort: e.currentTarget.value as DisagreementSort })}>
          {DisagreementSort.options.map((s) => <option key={s} value={s}>{i18n.t(`disagreementQueue.sort_${s}`)}</option>)}
        </select>
      </div>
      <div class="row" data-testid="bulk-selection">
        <button type="button" data-testid="select-page" disabled={items.length === 0} onClick={selectPage}>{i18n.t('disagreementQueue.selectPage')}</button>
        <button type="button" data-testid="select-matching" disabled={items.length === 0} onClick={() => setSelection({ kind: 'filters' })}>{i18n.t('disagreementQueue.selectMatching')}</button>
        <span class="muted" data-testid="selected-count">
          {selectedCount === null ? i18n.t('disagreementQueue.selectedMatching') : i18n.t('disagreementQueue.selectedSlots', [String(selectedCount)])}
        </span>
        <button type="button" disabled={selectedCount === 0} onClick={() => setSelection({ kind: 'slots', keys: new Set() })}>{i18n.t('disagreementQueue.clearSelection')}</button>
        <button type="button" class="primary" data-testid="bulk-preview-open" disabled={selectedCount === 0 || bulk !== null} onClick={startBulk}>{i18n.t('disagreementQueue.previewButton')}</button>
      </div>
      {bulk && <BulkSettlePanel round={round} selection={bulk} onSettled={afterBulk} onClose={() => setBulk(null)} />}
      <LoadState loaded={list} />
      {list.value && (
        <>
          {items.map((item, index) => {
            const key = slotKey({ enterpriseId: item.enterprise.id, indicatorId: item.indicator.id });
            return (
              <DisagreementCard
                key={key}
                roundId={round.id}
                item={item}
                current={index === current}
                selected={selection.kind === 'filters' || selection.keys.has(key)}
                settling={settling === key}
                onSelect={(on) => toggle(key, on)}
                onSettle={(on) => {
                  setCurrent(index);
                  setSettling(on ? key : null);
                }}
                onSettled={reload}
              />
            );
          })}
          {items.length === 0 && !pages.hasPrevious ? <p class="muted" data-testid="disagreements-none">{i18n.t('disagreementQueue.none')}</p> : <Pager pages={pages} nextCursor={list.value.nextCursor} empty={false} total={list.value.total} pageSize={PAGE} />}
        </>
      )}
    </section>
  );
}
