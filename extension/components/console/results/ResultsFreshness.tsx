/** How fresh the round's results are: when each enterprise's results and the ranks were last brought up to
 * date, whether a refresh or a rebuild is on its way (queued, running n of N, finished at, failed and why),
 * and for administrators before publication a full rebuild, followed until it is done. */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Me } from '../../../../shared/schemas/auth';
import type { ResultsFreshness as Freshness } from '../../../../shared/schemas/derived';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { formatDateTime } from '../../../lib/locale';
import type { Failure } from '../../../lib/result';
import { ErrorNote } from '../../ErrorNote';

export type ResultsFreshnessProps = { round: Round; me: Me };

/** How often the state is asked again while something is on its way. */
const POLL_MS = 2_000;

const rebuildLine = ({ rebuild }: Freshness) => {
  switch (rebuild.status) {
    case 'queued':
      return i18n.t('console.results.rebuildQueued');
    case 'running':
      return i18n.t('console.results.rebuildRunning', [String(rebuild.done), String(rebuild.total)]);
    case 'failed':
      return i18n.t('console.results.rebuildFailed', [rebuild.error ?? '']);
    case 'idle':
      return rebuild.finishedAt ? i18n.t('console.results.rebuildFinished', [formatDateTime(rebuild.finishedAt)]) : null;
  }
};

export function ResultsFreshness({ round, me }: ResultsFreshnessProps) {
  const [freshness, setFreshness] = useState<Freshness | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  // Moves on when a rebuild is asked for, so the state is followed again until it is done.
  const [asked, setAsked] = useState(0);
  const param = { roundId: String(round.id) };
  const pending = freshness !== null && (freshness.ranks.pending || freshness.results.pending);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const answer = await request((api) => api.api.v1.rounds[':roundId'].results.state.$get({ param }));
      if (stopped) return;
      if (!answer.ok) return setError(answer.error);
      setFreshness(answer.value.freshness);
      const { rebuild, ranks } = answer.value.freshness;
      if (rebuild.status === 'queued' || rebuild.status === 'running' || ranks.pending) timer = setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [round.id, asked]);

  const rebuild = async () => {
    const answer = await request((api) => api.api.v1.rounds[':roundId'].results.rebuild.$post({ param }));
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setFreshness(answer.value.freshness);
    setAsked((n) => n + 1);
  };
  const mayRebuild = me.isAdmin && round.status !== 'published' && round.status !== 'closed';
  if (!freshness) return error ? <ErrorNote error={error} /> : null;
  const { results, ranks } = freshness;
  return (
    <div class="freshness" data-testid="results-freshness">
      <p class="muted" role="status">
        {results.asOf && ranks.asOf && i18n.t('console.results.asOf', [formatDateTime(results.asOf), formatDateTime(ranks.asOf)])}
        {pending && ` · ${i18n.t('console.results.refreshing')}`}
        {rebuildLine(freshness) && ` · ${rebuildLine(freshness)}`}
      </p>
      {mayRebuild && (
        <button type="button" data-testid="results-rebuild" disabled={freshness.rebuild.status === 'queued' || freshness.rebuild.status === 'running'} onClick={() => void rebuild()}>
          {i18n.t('console.results.rebuild')}
        </button>
      )}
      {error && <ErrorNote error={error} />}
    </div>
  );
}
