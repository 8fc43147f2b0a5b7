/** The round's lifecycle as steps, with the moves it may make now; a refused move lists the guards that stopped it
 * (for publication, how many enterprises of each street are not signed off), and a start without experts,
 * reviewers or full coverage shows the counts and asks for a confirmation with a reason. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { roundTransitions, type TransitionProblem } from '../../../../shared/domain/round-lifecycle';
import { RoundStatus, type Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import type { Failure } from '../../../lib/result';
import { ConfirmButton } from '../../ConfirmButton';
import { ErrorNote } from '../../ErrorNote';
import { StartWarnings, type StartWarningDetails } from './StartWarnings';
import { roundStatusLabel } from './RoundStatusBadge';

export type RoundLifecycleProps = { round: Round; onChanged: () => void };

const order = RoundStatus.options;
type RefusalDetails = { problems?: TransitionProblem[]; notSignedOff?: { byStreet: { street: string; count: number }[] } };
const problemsOf = (error: Failure) => ((error.details as RefusalDetails | undefined)?.problems ?? []);
const unsignedByStreet = (error: Failure) => (error.details as RefusalDetails | undefined)?.notSignedOff?.byStreet ?? [];
const startWarningsOf = (error: Failure | null) => (error?.code === 'round_start_needs_confirmation' ? (error.details as StartWarningDetails) : null);

export function RoundLifecycle({ round, onChanged }: RoundLifecycleProps) {
  const [error, setError] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<RoundStatus | null>(null);
  const move = async (to: RoundStatus, reason?: string) => {
    setBusy(true);
    setPending(to);
    const confirm = reason ? { reason } : undefined;
    const moved = await request((api) => api.api.v1.rounds[':roundId'].transitions.$post({ param: { roundId: String(round.id) }, json: { to, confirm } }));
    setBusy(false);
    if (!moved.ok) return setError(moved.error);
    setError(null);
    onChanged();
  };
  const current = order.indexOf(round.status);
  return (
    <section class="lifecycle" aria-labelledby="lifecycle-title" data-testid="round-lifecycle">
      <h2 id="lifecycle-title">{i18n.t('console.lifecycle.title')}</h2>
      <ol class="steps">
        {order.map((status, i) => (
          <li key={status} class={i < current ? 'done' : i === current ? 'current' : ''} aria-current={i === current ? 'step' : undefined}>
            {roundStatusLabel(status)}
          </li>
        ))}
      </ol>
      <div class="row">
        {roundTransitions[round.status].map((to) => {
          const forward = order.indexOf(to) > current;
          const label = forward ? i18n.t('console.lifecycle.moveTo', [roundStatusLabel(to)]) : i18n.t('console.lifecycle.backTo', [roundStatusLabel(to)]);
          return to === 'published' || to === 'closed' ? (
            <ConfirmButton key={to} testId={`move-${to}`} label={label} question={i18n.t(`console.lifecycle.confirm_${to}`)} disabled={busy} onConfirm={() => void move(to)} />
          ) : (
            <button key={to} type="button" class={forward ? 'primary' : ''} data-testid={`move-${to}`} disabled={busy} onClick={() => void move(to)}>
              {label}
            </button>
          );
        })}
      </div>
      {startWarningsOf(error) && pending && (
        <StartWarnings details={startWarningsOf(error)!} busy={busy} onConfirm={(reason) => void move(pending, reason)} onCancel={() => setError(null)} />
      )}
      {error && !startWarningsOf(error) && (
        <div class="refusal" role="alert" data-testid="transition-refused">
          {problemsOf(error).length > 0 ? (
            <>
              <p class="error">{i18n.t('console.lifecycle.refused')}</p>
              <ul>
                {problemsOf(error).map((p) => (
                  <li key={p.code} data-problem={p.code}>
                    <strong>{i18n.t(`console.guard.${p.code}`)}</strong>
                    {p.code === 'not_signed_off' && unsignedByStreet(error).length > 0 && (
                      <span class="block" data-testid="unsigned-by-street">
                        {unsignedByStreet(error).map((s) => i18n.t('console.lifecycle.unsignedInStreet', [s.street, String(s.count)])).join(' · ')}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <ErrorNote error={error} />
          )}
        </div>
      )}
    </section>
  );
}
