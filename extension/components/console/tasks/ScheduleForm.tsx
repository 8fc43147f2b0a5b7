/** The admin's new reporting schedule for the round: a period (2026-H1, 2026-Q3, 2026-M07) with its opening and due dates. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import type { Failure } from '../../../lib/result';
import { FailureNote } from '../common/FailureNote';

export function ScheduleForm({ round, onCreated }: { round: Round; onCreated: () => void }) {
  const [period, setPeriod] = useState('');
  const [opensOn, setOpensOn] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<Failure | null>(null);
  const create = async () => {
    const made = await request((api) => api.api.v1.rounds[':roundId']['report-schedules'].$post({ param: { roundId: String(round.id) }, json: { period, opensOn, dueOn } }));
    setError(made.ok ? null : made.error);
    if (made.ok) (setPeriod(''), onCreated());
  };
  return (
    <form class="panel" data-testid="schedule-form" onSubmit={(e) => (e.preventDefault(), void create())}>
      <h2>{i18n.t('console.reports.newSchedule')}</h2>
      <div class="row wrap">
        <label>
          {i18n.t('console.reports.periodLabel')}
          <input name="period" placeholder="2026-H1" required value={period} onInput={(e) => setPeriod(e.currentTarget.value)} />
        </label>
        <label>
          {i18n.t('console.reports.opensOn')}
          <input name="opensOn" type="date" required value={opensOn} onInput={(e) => setOpensOn(e.currentTarget.value)} />
        </label>
        <label>
          {i18n.t('console.reports.dueOn')}
          <input name="dueOn" type="date" required value={dueOn} onInput={(e) => setDueOn(e.currentTarget.value)} />
        </label>
        <button type="submit">{i18n.t('console.reports.createSchedule')}</button>
      </div>
      {error && <FailureNote error={error} />}
    </form>
  );
}
