/** Whether accepted web evidence still stands on its sources, as the freshness job last found it: the items that
 * changed (with the nearest text now there), are gone or could not be checked; the admin runs the job by hand. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Me } from '../../../../shared/schemas/auth';
import { FreshnessStatus, type FreshnessRun } from '../../../../shared/schemas/freshness';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { formatDateTime, localized } from '../../../lib/locale';
import type { Failure } from '../../../lib/result';
import { useLoad } from '../../../lib/use-load';
import { FailureNote } from '../common/FailureNote';
import { FreshnessTable } from './FreshnessTable';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';

const runFigures = (run: FreshnessRun) =>
  i18n.t('console.freshness.lastRun', [formatDateTime(run.startedAt), String(run.checked), String(run.pages), String(run.changed), String(run.gone), String(run.unchecked), String(run.deferred)]);

export function FreshnessPage({ round, me }: { round: Round; me: Me }) {
  const [status, setStatus] = useState<FreshnessStatus | ''>('');
  const list = useLoad(() => request((api) => api.api.v1.rounds[':roundId'].freshness.$get({ param: { roundId: String(round.id) }, query: status ? { status } : {} })), [round.id, status]);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const run = async () => {
    setRunning(true);
    const done = await request((api) => api.api.v1.freshness.runs.$post({ json: {} }));
    setRunning(false);
    setError(done.ok ? null : done.error);
    if (done.ok) list.reload();
  };
  return (
    <section data-testid="freshness-page">
      <PageHeader title={i18n.t('console.nav.freshness')} subtitle={localized(round.name)}>
        {me.isAdmin && <button type="button" data-testid="freshness-run" disabled={running} onClick={() => void run()}>{i18n.t(running ? 'console.freshness.running' : 'console.freshness.runNow')}</button>}
      </PageHeader>
      {error && <FailureNote error={error} />}
      {list.value && (
        <p class="muted" data-testid="freshness-counts">
          {FreshnessStatus.options.map((s) => `${i18n.t(`console.freshness.status_${s}`)} ${list.value!.counts[s] ?? 0}`).join(' · ')}
          {' — '}
          {list.value.lastRun ? runFigures(list.value.lastRun) : i18n.t('console.freshness.neverRun')}
        </p>
      )}
      <div class="row filters">
        <select aria-label={i18n.t('console.freshness.status')} value={status} onChange={(e) => setStatus(e.currentTarget.value as FreshnessStatus | '')}>
          <option value="">{i18n.t('console.freshness.allNotStanding')}</option>
          {FreshnessStatus.options.map((s) => <option key={s} value={s}>{i18n.t(`console.freshness.status_${s}`)}</option>)}
        </select>
      </div>
      <LoadState loaded={list} />
      {list.value && (list.value.items.length === 0 ? <p class="muted">{i18n.t('console.freshness.none')}</p> : <FreshnessTable items={list.value.items} />)}
    </section>
  );
}
