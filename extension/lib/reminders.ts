// Which rectification tasks need chasing: not yet answered (open or planned) and overdue or due within a fortnight.
import type { Rectification } from '../../shared/schemas/rectification';

export type Reminder = { task: Rectification; overdue: boolean; days: number };

const DAY = 86_400_000;
const waiting = new Set(['open', 'planned']);

/** Days from `today` to `date` (both YYYY-MM-DD); negative when past. */
export const daysUntil = (date: string, today: string) => Math.round((Date.parse(date) - Date.parse(today)) / DAY);

export function reminders(tasks: readonly Rectification[], today: string, withinDays = 14): Reminder[] {
  return tasks
    .filter((t) => waiting.has(t.status))
    .map((task) => ({ task, days: daysUntil(task.dueOn, today), overdue: task.dueOn < today }))
    .filter((r) => r.days <= withinDays)
    .sort((a, b) => a.days - b.days || a.task.id - b.task.id);
}
