/** The drill-down from a street's totals to its enterprises, most behind first (or by what the reader sorts on): what
 * each still lacks — evidence, scores, open disagreements, overdue requests and reports — each linking to the enterprise. */
import { i18n } from '../../../lib/ports/messages';
import { EnterpriseProgressQuery, type EnterpriseProgress, type ProgressSort } from '../../../../shared/schemas/progress';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { href } from '../../../lib/console-location';
import { queryOf } from '../../../lib/query-of';
import { useCursorPages } from '../../../lib/use-cursor-pages';
import { useLoad } from '../../../lib/use-load';
import { useQueryState } from '../../../lib/use-query-state';
import { LoadState } from '../common/LoadState';
import { Pager } from '../common/Pager';

const sorts: readonly ProgressSort[] = ['behind', 'evidence', 'scores', 'disagreements', 'overdue'];
/** The order in the URL (`?sort=overdue`). */
const sortQuery = { sort: EnterpriseProgressQuery.shape.sort };

export type EnterpriseProgressTableProps = {
  round: Round;
  /** The street the reader chose among the totals (a coordinator's own in any case); null for every street. */
  street: string | null;
  onAllStreets: () => void;
  /** Whether the reader may open an enterprise's result page. */
  linkResults: boolean;
};

/** Pages of 50, as the registry's: a phone's screen holds a few, and a page renders in one frame's budget. */
const PAGE = 50;

export function EnterpriseProgressTable({ round, street, onAllStreets, linkResults }: EnterpriseProgressTableProps) {
  const [{ sort }, setQuery] = useQueryState(sortQuery);
  const pages = useCursorPages([round.id, street, sort]);
  const list = useLoad(
    () => request((api) => api.api.v1.rounds[':roundId'].progress.enterprises.$get({ param: { roundId: String(round.id) }, query: queryOf({ sort, street: street ?? '', limit: PAGE, cursor: pages.cursor }) })),
    [round.id, street, sort, pages.cursor],
  );
  const page = list.value;
  return (
    <div data-testid="enterprise-progress">
      <div class="row filters">
        <label for="progress-sort">{i18n.t('console.progress.sortBy')}</label>
        <select id="progress-sort" value={sort} onChange={(e) => setQuery({ sort: e.currentTarget.value as ProgressSort })}>
          {sorts.map((s) => <option key={s} value={s}>{i18n.t(`console.progress.sort_${s}`)}</option>)}
        </select>
        {street && (
          <button type="button" class="chip" aria-pressed="true" onClick={onAllStreets} data-testid="progress-street-chip">
            {street} ×
          </button>
        )}
      </div>
      <LoadState loaded={list} />
      {page && (
        <div class="scroll-x">
          <table class="data" aria-busy={list.loading}>
            <thead>
              <tr>
                <th>{i18n.t('console.progress.enterprise')}</th>
                <th>{i18n.t('console.enterprises.street')}</th>
                <th class="num">{i18n.t('console.progress.missingEvidence')}</th>
                <th class="num">{i18n.t('console.progress.unscored')}</th>
                <th class="num">{i18n.t('console.progress.disagreements')}</th>
                <th class="num">{i18n.t('console.progress.overdue')}</th>
                <th>{i18n.t('console.progress.signedOffOne')}</th>
                <th class="num">{i18n.t('console.progress.behind')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((p) => <EnterpriseProgressRow key={p.enterprise.id} round={round} progress={p} link={linkResults} />)}
            </tbody>
          </table>
          <Pager pages={pages} nextCursor={page.nextCursor} empty={page.items.length === 0} total={page.total} pageSize={PAGE} />
        </div>
      )}
    </div>
  );
}

function EnterpriseProgressRow({ round, progress: p, link }: { round: Round; progress: EnterpriseProgress; link: boolean }) {
  const overdue = p.requestsOverdue + p.reportsOverdue;
  return (
    <tr data-enterprise-id={p.enterprise.id}>
      <th scope="row">{link ? <a href={href({ page: 'result', roundId: round.id, enterpriseId: p.enterprise.id })}>{p.enterprise.name}</a> : p.enterprise.name}</th>
      <td>{p.enterprise.street}</td>
      <td class="num">{p.missingEvidence} <span class="muted">/ {p.applicableSlots}</span></td>
      <td class="num">{p.unscoredSlots}</td>
      <td class={p.openDisagreements > 0 ? 'num warn' : 'num'}>{p.openDisagreements}</td>
      <td class={overdue > 0 ? 'num warn' : 'num'} title={i18n.t('console.progress.overdueParts', [String(p.requestsOverdue), String(p.reportsOverdue)])}>{overdue}</td>
      <td>{p.signedOff ? i18n.t('console.common.yes') : i18n.t('console.common.no')}</td>
      <td class="num"><strong>{p.behind}</strong></td>
    </tr>
  );
}
