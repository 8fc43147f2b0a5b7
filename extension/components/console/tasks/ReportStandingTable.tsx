/** Where every enterprise in view (a coordinator's street) stands with a schedule — late ones first — with the
 * reminders given so far and a reminder to record for those open or late. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { ReportState, Schedule, StandingRow } from '../../../../shared/schemas/report';
import { request } from '../../../lib/api';
import { formatDateTime } from '../../../lib/locale';
import type { Failure } from '../../../lib/result';
import { useLoad } from '../../../lib/use-load';
import { ErrorNote } from '../../ErrorNote';
import { LoadState } from '../common/LoadState';

const badge: Record<ReportState, string> = { not_open: '', open: 'warn', late: 'bad', on_time: 'ok', submitted_late: 'warn' };

export function ReportStandingTable({ schedule }: { schedule: Schedule }) {
  const standing = useLoad(() => request((api) => api.api.v1['report-schedules'][':id'].standing.$get({ param: { id: String(schedule.id) } })), [schedule.id]);
  const [error, setError] = useState<Failure | null>(null);
  const remind = async (row: StandingRow) => {
    const done = await request((api) => api.api.v1['report-schedules'][':id'].reminders.$post({ param: { id: String(schedule.id) }, json: { enterpriseId: row.enterprise.id } }));
    setError(done.ok ? null : done.error);
    if (done.ok) standing.reload();
  };
  const rows = standing.value?.items ?? [];
  const late = rows.filter((r) => r.state === 'late').length;
  return (
    <section aria-labelledby="standing-title" data-testid="report-standing">
      <h2 id="standing-title">{i18n.t('console.reports.standing', [String(late), String(rows.length)])}</h2>
      {standing.value?.street && <p class="muted">{i18n.t('console.reports.yourStreet', [standing.value.street])}</p>}
      <LoadState loaded={standing} />
      {error && <ErrorNote error={error} />}
      {standing.value && (
        <table class="data">
          <thead>
            <tr>
              <th>{i18n.t('console.enterprises.name')}</th>
              <th>{i18n.t('console.reports.state')}</th>
              <th>{i18n.t('console.reports.submittedAt')}</th>
              <th>{i18n.t('console.reports.reminders')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.enterprise.id} data-enterprise-id={row.enterprise.id} data-state={row.state}>
                <td>{row.enterprise.name}<div class="muted">{row.enterprise.street} {row.contact.name} {row.contact.phone}</div></td>
                <td>
                  <span class={`badge ${badge[row.state]}`}>{i18n.t(`console.reports.state_${row.state}`)}</span>
                  {row.daysLate !== null && <div class="muted">{i18n.t('console.reports.daysLate', [String(row.daysLate)])}</div>}
                  {row.draft && <div class="muted">{i18n.t('console.reports.hasDraft')}</div>}
                </td>
                <td>{row.submittedAt ? formatDateTime(row.submittedAt) : '—'}</td>
                <td>{row.reminders.count > 0 ? i18n.t('console.reports.reminded', [String(row.reminders.count), row.reminders.lastAt ? formatDateTime(row.reminders.lastAt) : '', row.reminders.lastBy ?? '']) : '—'}</td>
                <td>{(row.state === 'late' || row.state === 'open') && <button type="button" class="link" onClick={() => void remind(row)}>{i18n.t('console.reports.remind')}</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
