// Regular reports as plain rules: where an enterprise stands with a schedule on a given day, the order a
// coordinator chases them in, and the evidence a report item becomes when it is taken into a round.
import type { ReportItem, ReportState } from '../schemas/report';

const DAY = 86_400_000;
/** Days from `from` to `to` (both YYYY-MM-DD). */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
const dayAfter = (date: string) => new Date(Date.parse(date) + DAY).toISOString().slice(0, 10);

export type Standing = { state: ReportState; lateSince: string | null; daysLate: number | null };

/**
 * A report is on time when submitted on or before the due date (the whole day counts); with nothing
 * submitted it is late from the day after, and before the opening date nothing is expected yet.
 */
export function reportStanding(schedule: { opensOn: string; dueOn: string }, report: { submittedAt: string | null } | null, today: string): Standing {
  const lateSince = dayAfter(schedule.dueOn);
  const submittedOn = report?.submittedAt?.slice(0, 10) ?? null;
  if (submittedOn !== null) {
    return submittedOn <= schedule.dueOn
      ? { state: 'on_time', lateSince: null, daysLate: null }
      : { state: 'submitted_late', lateSince, daysLate: daysBetween(schedule.dueOn, submittedOn) };
  }
  if (today > schedule.dueOn) return { state: 'late', lateSince, daysLate: daysBetween(schedule.dueOn, today) };
  return { state: today < schedule.opensOn ? 'not_open' : 'open', lateSince: null, daysLate: null };
}

const chaseOrder: Record<ReportState, number> = { late: 0, open: 1, not_open: 2, submitted_late: 3, on_time: 4 };

/** Late first (longest late on top), then those still open, then the submitted. */
export const byChaseOrder = <T extends Standing & { enterprise: { name: string } }>(a: T, b: T) =>
  chaseOrder[a.state] - chaseOrder[b.state] || (b.daysLate ?? 0) - (a.daysLate ?? 0) || a.enterprise.name.localeCompare(b.enterprise.name, 'zh');

/** What a report item becomes as evidence: a link to its first source, or the enterprise's own statement. */
export function adoptionEvidence(report: { id: number; period: string }, item: ReportItem) {
  const figures = item.figures.map((f) => `${f.label}:${f.value}`);
  const [url, ...moreLinks] = item.links;
  return {
    kind: url ? ('link' as const) : ('statement' as const),
    url: url ?? null,
    title: `${report.period} 定期报告 · ${item.dimensionCode}`,
    quote: [item.done, ...figures].join('\n'),
    note: [`定期报告 #${report.id} 第 ${item.item} 项 / regular report #${report.id}, item ${item.item}`, ...moreLinks].join('\n'),
  };
}
