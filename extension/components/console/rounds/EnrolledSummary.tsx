/** How many enterprises the round has enrolled, street by street; useLoad follows the progress counters until they
 * have taken a change in (they are brought up to date off the request path, ADR 001). */
import { i18n } from '../../../lib/ports/messages';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { useLoad } from '../../../lib/use-load';
import { LoadState } from '../common/LoadState';

export function EnrolledSummary({ round, generation = 0 }: { round: Round; generation?: number }) {
  const progress = useLoad(() => request((api) => api.api.v1.rounds[':roundId'].progress.$get({ param: { roundId: String(round.id) } })), [round.id, round.version, generation]);
  const pending = progress.value?.freshness.pending ?? false;
  if (!progress.value) return <LoadState loaded={progress} />;
  const streets = progress.value.streets;
  const total = streets.reduce((n, s) => n + s.enterprises, 0);
  return (
    <p data-testid="enrolled-count" data-count={total} data-pending={pending}>
      {i18n.t('console.enrol.count', [String(total), String(streets.length)])}
      {streets.length > 0 && streets.length <= 20 && <span class="muted"> — {streets.map((s) => `${s.street} ${s.enterprises}`).join('、')}</span>}
      {pending && <span class="muted"> · {i18n.t('console.results.refreshing')}</span>}
    </p>
  );
}
