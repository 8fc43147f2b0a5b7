/** The round's lifecycle as steps, with the moves it may make now; a refused move lists the guards that stopped it. */
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { roundTransitions, type TransitionProblem } from '../../../shared/domain/round-lifecycle';
import { RoundStatus, type Round } from '../../../shared/schemas/round';
import { request } from '../../lib/api';
import type { Failure } from '../../lib/result';
import { ConfirmButton } from '../ConfirmButton';
import { ErrorNote } from '../ErrorNote';
import { roundStatusLabel } from './RoundStatusBadge';

export type RoundLifecycleProps = { round: Round; onChanged: () => void };

const order = RoundStatus.options;
const problemsOf = (error: Failure) => ((error.details as { problems?: TransitionProblem[] } | undefined)?.problems ?? []);

export function RoundLifecycle({ round, onChanged }: RoundLifecycleProps) {
  const [error, setError] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const move = async (to: RoundStatus) => {
    setBusy(true);
    const moved = await request((api) => api.api.v1.rounds[':roundId'].transitions.$post({ param: { roundId: String(round.id) }, json: { to } }));
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
      {error && (
        <div class="refusal" role="alert" data-testid="transition-refused">
          {problemsOf(error).length > 0 ? (
            <>
              <p class="error">{i18n.t('console.lifecycle.refused')}</p>
              <ul>
                {problemsOf(error).map((p) => (
                  <li key={p.code} data-problem={p.code}>
                    <strong>{i18n.t(`console.guard.${p.code}`)}</strong>
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
