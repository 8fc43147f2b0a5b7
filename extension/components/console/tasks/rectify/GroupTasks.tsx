/** One enterprise's rectification tasks under its group row: those the group's filters match, with the follow-up. */
import { i18n } from '../../../../lib/ports/messages';
import type { IndicatorNode, Round } from '../../../../../shared/schemas/round';
import { request } from '../../../../lib/api';
import { queryOf } from '../../../../lib/query-of';
import { tasksMatching, type GroupFilters } from '../../../../lib/rectify-groups';
import { dimensionOfIndicator } from '../../../../lib/tree-filters';
import { useLoad } from '../../../../lib/use-load';
import { LoadState } from '../../common/LoadState';
import { RectificationTable } from '../RectificationTable';

export type GroupTasksProps = { round: Round; enterpriseId: number; filters: GroupFilters; tree: IndicatorNode[] | undefined; followsUp: boolean; onChanged: () => void };

export function GroupTasks({ round, enterpriseId, filters, tree, followsUp, onChanged }: GroupTasksProps) {
  // One enterprise holds at most one task per indicator: a single page of the flat list holds them all.
  const tasks = useLoad(
    () => request((api) => api.api.v1.rounds[':roundId'].rectifications.$get({ param: { roundId: String(round.id) }, query: queryOf({ enterpriseId, status: filters.status, limit: 500 }) })),
    [round.id, enterpriseId, filters.status],
  );
  if (!tasks.value) return <LoadState loaded={tasks} />;
  // A dimension is chosen from the tree, so without the tree no dimension filter is set.
  const shown = tasksMatching(tasks.value.items, filters, dimensionOfIndicator(tree ?? []));
  if (shown.length === 0) return <p class="muted">{i18n.t('console.rectify.none')}</p>;
  return <RectificationTable tasks={shown} followsUp={followsUp} onChanged={() => (tasks.reload(), onChanged())} />;
}
