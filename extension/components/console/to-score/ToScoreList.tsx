/** The expert's slots still to score, by readiness (ready: accepted evidence there; or waiting for it), with the
 * counts of their whole queue, street, dimension, indicator and enterprise filters and cursor pages. Each row links
 * to the enterprise's website, where the side panel opens on it for scoring. */
import { z } from 'zod';
import { i18n } from '../../../lib/ports/messages';
import { ToScoreQuery, type ToScoreItem } from '../../../../shared/schemas/queues';
import type { Round } from '../../../../shared/schemas/round';
import { fetchIndicatorTree, request } from '../../../lib/api';
import { queryOf } from '../../../lib/query-of';
import { localized } from '../../../lib/locale';
import { searchEnrolled } from '../../../lib/search-enrolled';
import { useCursorPages } from '../../../lib/use-cursor-pages';
import { useLoad } from '../../../lib/use-load';
import { useQueryState } from '../../../lib/use-query-state';
import { useStreets } from '../../../lib/use-streets';
import { LoadState } from '../common/LoadState';
import { Pager } from '../common/Pager';
import { ToScoreFilters, type ToScoreFilterValues } from './ToScoreFilters';

/** The filters in the URL, read as the worker reads them; the chosen enterprise's name beside its id, to show it chosen. */
const toScoreQuery = { ...ToScoreQuery.pick({ readiness: true, street: true, dimensionId: true, indicatorId: true, enterpriseId: true }).shape, enterpriseName: z.string().max(200).optional() };

export function ToScoreList({ round }: { round: Round }) {
  const param = { roundId: String(round.id) };
  const [{ enterpriseName, ...query }, setQuery] = useQueryState(toScoreQuery);
  const enterprise = query.enterpriseId ? { id: query.enterpriseId, name: enterpriseName ?? String(query.enterpriseId) } : undefined;
  const filters = { ...query, enterprise };
  // Made anew each render: the loads follow it by its value.
  const queryKey = JSON.stringify(query);
  const pages = useCursorPages([round.id, queryKey]);
  const counts = useLoad(() => request((api) => api.api.v1.rounds[':roundId'].queues['to-score'].counts.$get({ param })), [round.id]);
  const list = useLoad(() => request((api) => api.api.v1.rounds[':roundId'].queues['to-score'].$get({ param, query: queryOf({ ...query, cursor: pages.cursor }) })), [round.id, queryKey, pages.cursor]);
  const tree = useLoad(() => fetchIndicatorTree(round.id), [round.id]);
  const streets = useStreets();
  const items = list.value?.items ?? [];
  const c = counts.value;
  return (
    <div data-testid="to-score-list" aria-busy={list.loading}>
      {c && <p data-testid="to-score-counts">{i18n.t('toScoreQueue.counts', [String(c.covered), String(c.scored), String(c.ready), String(c.waiting)])}</p>}
      <div class="row filters">
        {(['ready', 'waiting'] as const).map((readiness) => (
          <label key={readiness}>
            <input type="radio" name="readiness" data-testid={`readiness-${readiness}`} checked={filters.readiness === readiness} onChange={() => setQuery({ readiness })} />
            {i18n.t(`toScoreQueue.${readiness}`)}
          </label>
        ))}
      </div>
      <ToScoreFilters filters={filters} onChange={({ enterprise: chosen, ...values }: ToScoreFilterValues) => setQuery({ ...values, enterpriseId: chosen?.id, enterpriseName: chosen?.name })} streets={streets} tree={tree.value ?? []} searchEnterprises={(q) => searchEnrolled(round.id, q)} />
      <LoadState loaded={list} />
      {list.value && (
        <>
          {items.length > 0 && <ToScoreTable roundId={round.id} items={items} />}
          {items.length === 0 && !pages.hasPrevious && !list.value.nextCursor ? <p class="muted" data-testid="to-score-none">{i18n.t('toScoreQueue.none')}</p> : <Pager pages={pages} nextCursor={list.value.nextCursor} empty={false} total={undefined} />}
        </>
      )}
    </div>
  );
}

/** The website of each enterprise on the page, where the expert opens the side panel to score it (null: none on record). */
function useSites(roundId: number, items: readonly ToScoreItem[]) {
  const enterprises = [...new Map(items.map((i) => [i.enterprise.id, i.enterprise])).values()];
  // A page goes enterprise by enterprise, so it names few of them: one lookup each.
  return useLoad(async () => {
    const found = await Promise.all(
      enterprises.map(async (e) => {
        const answer = await request((api) => api.api.v1.rounds[':roundId'].enterprises.$get({ param: { roundId: String(roundId) }, query: { q: e.name, limit: '20' } }));
        const domain = answer.ok ? answer.value.items.find((f) => f.id === e.id)?.domains[0] : undefined;
        return [e.id, domain ? new URL(`https://${domain}/`).href : null] as const;
      }),
    );
    return { ok: true as const, value: new Map(found) };
  }, [roundId, enterprises.map((e) => e.id).join(',')]);
}

function ToScoreTable({ roundId, items }: { roundId: number; items: ToScoreItem[] }) {
  const sites = useSites(roundId, items);
  return (
    <table class="data" data-testid="to-score-table">
      <thead>
        <tr>
          <th>{i18n.t('toScoreQueue.enterprise')}</th>
          <th>{i18n.t('toScoreQueue.indicator')}</th>
          <th>{i18n.t('toScoreQueue.evidence')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const site = sites.value?.get(item.enterprise.id);
          return (
            <tr key={`${item.enterprise.id}:${item.indicator.id}`} data-testid="to-score-item">
              <td>{item.enterprise.name} <span class="muted">{item.enterprise.street}</span></td>
              <td>{`${item.indicator.code} ${localized(item.indicator.name)}`}</td>
              <td>{i18n.t('toScoreQueue.evidenceCounts', [String(item.acceptedEvidence), String(item.pendingEvidence)])}</td>
              <td>
                {site ? (
                  <a href={site} target="_blank" rel="noopener noreferrer" data-testid="to-score-open">{i18n.t('toScoreQueue.openSite')}</a>
                ) : (
                  site === null && <span class="muted">{i18n.t('toScoreQueue.noSite')}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
