/** Regular reports of a round: the admin sets the schedules; for the chosen one the enterprise writes its
 * report, the admin and coordinators see who is late, and experts take reported items in as evidence. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Me } from '../../../../shared/schemas/auth';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { ownEnterpriseId, roleIn } from '../../../lib/console-sections';
import { localized } from '../../../lib/locale';
import { useLoad } from '../../../lib/use-load';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';
import { ReportAdoption } from './ReportAdoption';
import { ReportEditor } from './ReportEditor';
import { ReportStandingTable } from './ReportStandingTable';
import { ScheduleForm } from './ScheduleForm';

export function ReportsPage({ round, me }: { round: Round; me: Me }) {
  const schedules = useLoad(() => request((api) => api.api.v1.rounds[':roundId']['report-schedules'].$get({ param: { roundId: String(round.id) } })), [round.id]);
  const [chosenId, setChosenId] = useState<number | null>(null);
  const items = schedules.value?.items ?? [];
  // The latest schedule unless another is chosen: the list comes newest first.
  const schedule = items.find((s) => s.id === chosenId) ?? items[0];
  const role = roleIn(me, round.id);
  const enterpriseId = ownEnterpriseId(me, round.id);
  return (
    <section data-testid="reports-page">
      <PageHeader title={i18n.t('console.nav.reports')} subtitle={localized(round.name)} />
      {me.isAdmin && round.status !== 'closed' && <ScheduleForm round={round} onCreated={schedules.reload} />}
      <LoadState loaded={schedules} />
      {schedules.value && items.length === 0 && <p class="muted">{i18n.t('console.reports.noSchedules')}</p>}
      {schedule && (
        <div class="row filters">
          <label for="report-schedule">{i18n.t('console.reports.schedule')}</label>
          <select id="report-schedule" data-testid="report-schedule" value={schedule.id} onChange={(e) => setChosenId(Number(e.currentTarget.value))}>
            {items.map((s) => (
              <option key={s.id} value={s.id}>{i18n.t('console.reports.period', [s.period, s.opensOn, s.dueOn])}</option>
            ))}
          </select>
        </div>
      )}
      {schedule && enterpriseId !== null && <ReportEditor key={schedule.id} round={round} schedule={schedule} enterpriseId={enterpriseId} />}
      {schedule && (me.isAdmin || role === 'coordinator') && <ReportStandingTable key={schedule.id} schedule={schedule} />}
      {role === 'expert' && <ReportAdoption round={round} />}
    </section>
  );
}
