/** "Create accounts" for the chosen scope: runs the worker's chunks one after another with a progress bar and the
 * running totals; it can be stopped between chunks and goes on from where it stopped or failed. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { EnterpriseAccountScope } from '../../../../shared/schemas/enterprise-accounts';
import type { Round } from '../../../../shared/schemas/round';
import { newRun, runAccountChunks, type AccountsRun } from '../../../lib/account-chunks';
import { request } from '../../../lib/api';
import { formatTime } from '../../../lib/locale';
import type { Failure } from '../../../lib/result';
import { ErrorNote } from '../../ErrorNote';

export type AccountCreationProps = { round: Round; scope: EnterpriseAccountScope | null; onRunning: (running: boolean) => void };

export function AccountCreation({ round, scope, onRunning }: AccountCreationProps) {
  const [run, setRun] = useState<AccountsRun>(newRun);
  const [running, setRunning] = useState(false);
  const [stopping, setStopping] = useState(false);
  const [ended, setEnded] = useState<Date | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const stop = useRef(false);
  const scopeKey = JSON.stringify(scope);
  // Another scope starts afresh; the chooser is locked while a run goes on.
  useEffect(() => {
    setRun(newRun());
    setEnded(null);
    setError(null);
  }, [scopeKey]);
  // A page left mid-run asks for no more chunks.
  useEffect(() => () => void (stop.current = true), []);

  const start = async (from: AccountsRun) => {
    if (!scope) return;
    stop.current = false;
    setRunning(true);
    onRunning(true);
    setError(null);
    setEnded(null);
    const ask = (after: number | undefined) =>
      request((api) => api.api.v1.rounds[':roundId']['enterprise-accounts'].$post({ param: { roundId: String(round.id) }, json: { scope, ...(after && { after }) } }));
    const outcome = await runAccountChunks(ask, from, { onChunk: setRun, stopped: () => stop.current });
    setRun(outcome.run);
    setError(outcome.error);
    setEnded(new Date());
    setRunning(false);
    setStopping(false);
    onRunning(false);
  };
  const begun = run.total !== null;
  return (
    <section class="panel" data-testid="account-creation" aria-label={i18n.t('console.accounts.create')}>
      <div class="row">
        {!running && !run.finished && (
          <button type="button" class="primary" data-testid="accounts-create" disabled={!scope} onClick={() => void start(run)}>
            {i18n.t(begun ? 'console.accounts.resume' : 'console.accounts.create')}
          </button>
        )}
        {!running && run.finished && (
          <button type="button" data-testid="accounts-again" onClick={() => void start(newRun())}>{i18n.t('console.accounts.again')}</button>
        )}
        {running && (
          <button type="button" data-testid="accounts-stop" disabled={stopping} onClick={() => ((stop.current = true), setStopping(true))}>
            {i18n.t(stopping ? 'console.accounts.stopping' : 'console.accounts.stop')}
          </button>
        )}
      </div>
      {(begun || running) && (
        <div class="import-progress" data-testid="accounts-progress" data-finished={run.finished ? 'true' : 'false'}>
          {/* Indeterminate until the first chunk says how many; an empty scope is a full bar. */}
          <progress max={run.total || 1} value={run.total === null ? undefined : run.total === 0 ? 1 : run.done} aria-label={i18n.t('console.accounts.progressLabel')} />
          <span>{run.total === null ? i18n.t('common.loading') : i18n.t('console.accounts.progress', [String(run.done), String(run.total)])}</span>
        </div>
      )}
      {run.notEnrolled.length > 0 && (
        <p class="warn" data-testid="accounts-not-enrolled">{i18n.t('console.accounts.notEnrolled', [String(run.notEnrolled.length), run.notEnrolled.join('、')])}</p>
      )}
      {begun && (
        <p data-testid="accounts-totals">{i18n.t('console.accounts.totals', [String(run.created), String(run.rolesGiven), String(run.skipped)])}</p>
      )}
      {ended && !running && (
        <p class={run.finished ? 'ok' : 'muted'} role="status" data-testid="accounts-ended">
          {run.finished
            ? i18n.t('console.accounts.finished', [formatTime(ended)])
            : i18n.t('console.accounts.stopped', [formatTime(ended), String(run.done), String(run.total ?? 0)])}
        </p>
      )}
      {error && <ErrorNote error={error} />}
    </section>
  );
}
