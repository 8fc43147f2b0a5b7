/** The reviewer's side panel before an enterprise is at hand: their queue in numbers (pending evidence, how much of
 * it contradicts, open score disagreements) and the way to the console's review queue. */
import { i18n } from '../lib/ports/messages';
import type { Round } from '../../shared/schemas/round';
import { request } from '../lib/api';
import { openConsole } from '../lib/console-tab';
import { useLoad } from '../lib/use-load';

export type ReviewerQueueSummaryProps = { round: Round };

export function ReviewerQueueSummary({ round }: ReviewerQueueSummaryProps) {
  const roundId = String(round.id);
  const facets = useLoad(() => request((api) => api.api.v1.rounds[':roundId'].queues.evidence.facets.$get({ param: { roundId }, query: {} })), [roundId]);
  // The progress rollups already count open disagreements per street: no request of its own for one figure.
  const progress = useLoad(() => request((api) => api.api.v1.rounds[':roundId'].progress.$get({ param: { roundId } })), [roundId]);
  const contradicting = facets.value?.stance.find((s) => s.stance === 'contradicts')?.count ?? 0;
  const disagreements = progress.value?.streets.reduce((sum, street) => sum + street.openDisagreements, 0);
  return (
    <section class="queue-summary" data-testid="reviewer-queue-summary" aria-labelledby="reviewer-queue-title">
      <h2 id="reviewer-queue-title">{i18n.t('queueSummary.title')}</h2>
      {facets.value && (
        <ul class="tight">
          <li data-testid="summary-pending">{i18n.t('queueSummary.pending', [String(facets.value.total)])}</li>
          <li data-testid="summary-contradicting">{i18n.t('queueSummary.contradicting', [String(contradicting)])}</li>
          {disagreements !== undefined && <li data-testid="summary-disagreements">{i18n.t('queueSummary.disagreements', [String(disagreements)])}</li>}
        </ul>
      )}
      <button type="button" class="primary" data-testid="open-review-queue" onClick={() => void openConsole({ page: 'review-queue', roundId: round.id })}>
        {i18n.t('queueSummary.open')}
      </button>
    </section>
  );
}
