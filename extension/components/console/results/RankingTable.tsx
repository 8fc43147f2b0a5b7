/** The ranking, a page of 50 at a time: rank, enterprise, total and grade (with the grade before the veto cap and
 * the failed mandatory indicators that capped it), completeness, sign-off and commendations. */
import { i18n } from '../../../lib/ports/messages';
import type { ResultSummary } from '../../../../shared/schemas/result';
import type { Round } from '../../../../shared/schemas/round';
import { allOk } from '../../../lib/all-ok';
import { request } from '../../../lib/api';
import { industryLabel, percent, score } from '../../../lib/labels';
import { localized } from '../../../lib/locale';
import { ok } from '../../../lib/result';
import { href } from '../../../lib/console-location';
import { useCursorPages } from '../../../lib/use-cursor-pages';
import { useLoad } from '../../../lib/use-load';
import { LoadState } from '../common/LoadState';
import { Pager } from '../common/Pager';
import type { RankingFilter } from './RankingFilters';

const PAGE = 50;
const rankOf = (r: ResultSummary, by: RankingFilter['by']) => (by === 'street' ? r.rankStreet : by === 'industry' ? r.rankIndustry : r.rankOverall);

/** Names of the indicators (for veto reasons) and the round's commendations by enterprise. */
async function loadLabels(roundId: number) {
  const param = { roundId: String(roundId) };
  const loaded = await allOk([request((api) => api.api.v1.rounds[':roundId'].indicators.$get({ param })), request((api) => api.api.v1.rounds[':roundId'].commendations.$get({ param }))]);
  if (!loaded.ok) return loaded;
  const [indicators, commendations] = loaded.value;
  const titles = new Map<number, string[]>();
  for (const c of commendations.items) titles.set(c.enterprise.id, [...(titles.get(c.enterprise.id) ?? []), localized(c.title)]);
  return ok({ names: new Map(indicators.items.map((n) => [n.code, localized(n.name)])), titles });
}

export function RankingTable({ round, filter }: { round: Round; filter: RankingFilter }) {
  const pages = useCursorPages([filter.by, filter.streetId, filter.industry, filter.grade]);
  const cursor = pages.cursor;
  const labels = useLoad(() => loadLabels(round.id), [round.id]);
  const page = useLoad(
    () =>
      request((api) =>
        api.api.v1.rounds[':roundId'].results.$get({
          param: { roundId: String(round.id) },
          query: { by: filter.by, limit: String(PAGE), ...(filter.streetId && { streetId: String(filter.streetId) }), ...(filter.industry && { industry: filter.industry }), ...(filter.grade && { grade: filter.grade }), ...(cursor && { cursor }) },
        }),
      ),
    [round.id, filter.by, filter.streetId, filter.industry, filter.grade, cursor],
  );
  const rows = page.value?.items ?? [];
  const names = labels.value?.names;
  return (
    <div>
      {page.error && <LoadState loaded={page} />}
      <table class="data" data-testid="ranking-table" aria-busy={page.loading}>
        <thead>
          <tr>
            <th class="num">{i18n.t('console.results.rank')}</th>
            <th>{i18n.t('console.enterprises.name')}</th>
            <th>{i18n.t('console.enterprises.street')}</th>
            <th>{i18n.t('console.enterprises.industry')}</th>
            <th class="num">{i18n.t('console.results.total')}</th>
            <th>{i18n.t('console.results.grade')}</th>
            <th>{i18n.t('console.results.veto')}</th>
            <th class="num">{i18n.t('console.results.completeness')}</th>
            <th>{i18n.t('console.results.commendations')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.enterprise.id} data-enterprise-id={r.enterprise.id}>
              <td class="num">{rankOf(r, filter.by) ?? '—'}</td>
              <td>
                <a href={href({ page: 'result', roundId: round.id, enterpriseId: r.enterprise.id })}>{r.enterprise.name}</a>
                {r.signedOff && <span class="badge ok" title={i18n.t('console.results.signedOff')}>✓</span>}
              </td>
              <td>{r.enterprise.street}</td>
              <td>{industryLabel(r.enterprise.industry)}</td>
              <td class="num">{score(r.total)}{r.provisional && <span class="warn" title={i18n.t('console.results.provisional')}>*</span>}</td>
              <td>
                <strong class={`grade grade-${r.grade}`}>{r.grade ?? '—'}</strong>
                {r.bandGrade !== r.grade && <span class="muted"> ({i18n.t('console.results.beforeVeto', [r.bandGrade ?? '—'])})</span>}
              </td>
              <td class="veto">{r.vetoCodes.map((code) => `${code} ${names?.get(code) ?? ''}`).join(';')}</td>
              <td class="num">{percent(r.completeness)}</td>
              <td>{(labels.value?.titles.get(r.enterprise.id) ?? []).map((t) => <span key={t} class="badge commendation">{t}</span>)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager pages={pages} nextCursor={page.value?.nextCursor} empty={page.value !== undefined && rows.length === 0} total={page.value?.total} pageSize={PAGE} />
    </div>
  );
}
