/** Rectification tasks grouped by enterprise, for chasing them at round scale: one row per enterprise with its counts
 * per status, overdue tasks, next due date and state, searched, filtered and paged by the worker. A row opens on
 * that enterprise's tasks with their follow-up. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../../lib/ports/messages';
import { RectificationGroupQuery, RectificationStatus, type EnterpriseTaskState, type RectificationGroup } from '../../../../../shared/schemas/rectification';
import type { IndicatorNode, Round } from '../../../../../shared/schemas/round';
import { fetchIndicatorTree, request } from '../../../../lib/api';
import { queryOf } from '../../../../lib/query-of';
import type { GroupFilters as Filters } from '../../../../lib/rectify-groups';
import { useCursorPages } from '../../../../lib/use-cursor-pages';
import { useLoad } from '../../../../lib/use-load';
import { useQueryState, useQueryText } from '../../../../lib/use-query-state';
import { useStreets } from '../../../../lib/use-streets';
import { LoadState } from '../../common/LoadState';
import { Pager } from '../../common/Pager';
import { SortHeader } from '../../common/SortHeader';
import { GroupFilters } from './GroupFilters';
import { GroupTasks } from './GroupTasks';

export type RectificationGroupsProps = { round: Round; followsUp: boolean };

const PAGE = 50;
/** The search and filters in the URL (`?q=华鑫&status=overdue`), read as the worker reads them; the page's cursor is not. */
const groupQuery = RectificationGroupQuery.pick({ q: true, street: true, dimensionId: true, status: true, dueBefore: true, dueAfter: true, sort: true }).shape;
const stateBadge: Record<EnterpriseTaskState, string> = { done: 'ok', to_verify: 'warn', overdue: 'bad', in_progress: '' };

export function RectificationGroups({ round, followsUp }: RectificationGroupsProps) {
  const roundId = String(round.id);
  const [{ q, sort, ...filters }, setQuery] = useQueryState(groupQuery);
  const [text, setText] = useQueryText(q, (typed) => setQuery({ q: typed }, { replace: true }));
  const [open, setOpen] = useState<number | null>(null);
  const pages = useCursorPages([roundId, q, sort, JSON.stringify(filters)]);
  const groups = useLoad(
    () => request((api) => api.api.v1.rounds[':roundId'].rectifications['by-enterprise'].$get({ param: { roundId }, query: queryOf({ ...filters, q, sort, limit: PAGE, cursor: pages.cursor }) })),
    [roundId, q, sort, JSON.stringify(filters), pages.cursor],
  );
  const tree = useLoad(() => fetchIndicatorTree(round.id), [roundId]);
  const streets = useStreets();
  const items = groups.value?.items ?? [];
  return (
    <div data-testid="rectify-groups" aria-busy={groups.loading}>
      <GroupFilters text={text} onText={setText} filters={filters} onChange={(next) => setQuery(next)} streets={streets} tree={tree.value ?? []} />
      <LoadState loaded={groups} />
      {groups.value && (
        <>
          {items.length > 0 && (
            <table class="data" data-testid="rectify-group-table">
              <thead>
                <tr>
                  <SortHeader label={i18n.t('console.enterprises.name')} active={sort === 'name'} direction="asc" onSort={() => setQuery({ sort: 'name' })} />
                  <th>{i18n.t('console.enterprises.street')}</th>
                  <th>{i18n.t('console.rectifyGroups.total')}</th>
                  <th>{i18n.t('console.rectifyGroups.byStatus')}</th>
                  <SortHeader label={i18n.t('console.rectifyGroups.overdue')} active={sort === 'overdue'} direction="desc" onSort={() => setQuery({ sort: 'overdue' })} testId="sort-overdue" />
                  <SortHeader label={i18n.t('console.rectifyGroups.nextDue')} active={sort === 'nextDue'} direction="asc" onSort={() => setQuery({ sort: 'nextDue' })} testId="sort-next-due" />
                  <th>{i18n.t('console.rectifyGroups.state')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {items.flatMap((group) => [
                  <GroupRow key={group.enterprise.id} group={group} open={open === group.enterprise.id} onToggle={() => setOpen(open === group.enterprise.id ? null : group.enterprise.id)} />,
                  ...(open === group.enterprise.id
                    ? [<GroupTasksRow key={`t${group.enterprise.id}`} round={round} group={group} filters={filters} tree={tree.value} followsUp={followsUp} onChanged={groups.reload} />]
                    : []),
                ])}
              </tbody>
            </table>
          )}
          <Pager pages={pages} nextCursor={groups.value.nextCursor} empty={items.length === 0 && !pages.hasPrevious} total={groups.value.total} pageSize={PAGE} />
        </>
      )}
    </div>
  );
}

function GroupRow({ group, open, onToggle }: { group: RectificationGroup; open: boolean; onToggle: () => void }) {
  const { enterprise, byStatus } = group;
  return (
    <tr data-testid="rectify-group" data-enterprise-id={enterprise.id} data-state={group.state}>
      <td>{enterprise.name}<div class="code muted">{enterprise.creditCode}</div></td>
      <td>{enterprise.street}</td>
      <td data-testid="group-total">{group.total}</td>
      <td>
        <div class="row wrap">
          {RectificationStatus.options.filter((s) => byStatus[s]).map((s) => (
            <span key={s} class={`badge task-${s}`} data-status={s} data-count={byStatus[s]}>{i18n.t('console.rectifyGroups.statusCount', [i18n.t(`console.rectify.status_${s}`), String(byStatus[s])])}</span>
          ))}
        </div>
      </td>
      <td class={group.overdue > 0 ? 'error' : ''} data-testid="group-overdue">{group.overdue}</td>
      <td>{group.nextDue ?? '—'}</td>
      <td><span class={`badge ${stateBadge[group.state]}`}>{i18n.t(`console.rectifyGroups.state_${group.state}`)}</span></td>
      <td>
        <button type="button" class="link" aria-expanded={open} data-testid="group-open" onClick={onToggle}>{i18n.t(open ? 'console.rectifyGroups.hideTasks' : 'console.rectifyGroups.showTasks')}</button>
      </td>
    </tr>
  );
}

type GroupTasksRowProps = { round: Round; group: RectificationGroup; filters: Filters; tree: IndicatorNode[] | undefined; followsUp: boolean; onChanged: () => void };

function GroupTasksRow({ group, ...rest }: GroupTasksRowProps) {
  return (
    <tr data-testid="rectify-group-tasks">
      <td colSpan={8}>
        <GroupTasks enterpriseId={group.enterprise.id} {...rest} />
      </td>
    </tr>
  );
}
