// The filters of the rectification tasks grouped by enterprise, and which of one enterprise's tasks they leave,
// so the tasks a group row opens on are the ones its counts are of.
import type { Rectification, RectificationStatus } from '../../shared/schemas/rectification';

/** Besides the search text: street names, a dimension, a status and a due-date range (calendar days, inclusive). */
export type GroupFilters = { street?: string; dimensionId?: number; status?: RectificationStatus; dueBefore?: string; dueAfter?: string };

/** The tasks of one enterprise the filters match, as the worker counts them (street and search pick the enterprise). */
export function tasksMatching(tasks: readonly Rectification[], filters: GroupFilters, dimensionOf: ReadonlyMap<number, number>): Rectification[] {
  return tasks.filter(
    (t) =>
      (filters.status === undefined || t.status === filters.status) &&
      (filters.dueBefore === undefined || t.dueOn <= filters.dueBefore) &&
      (filters.dueAfter === undefined || t.dueOn >= filters.dueAfter) &&
      (filters.dimensionId === undefined || dimensionOf.get(t.indicator.id) === filters.dimensionId),
  );
}
