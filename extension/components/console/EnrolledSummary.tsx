/** How many enterprises the round has enrolled, street by street; followed until the progress counters have taken
 * in a change (they are brought up to date off the request path, ADR 001). */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Round } from '../../../shared/schemas/round';
import { request } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { LoadState } from './LoadState';

/** How often pending counters are asked again. */
const POLL_MS = 2_000;

export function EnrolledSummary({ round, generation = 0 }: { round: Round; generation?: number }) {
  const [tick, setTick] = useState(0);
  const progress = useLoad(() => request((api) => api.api.v1.rounds[':roundId'].progress.$get({ param: { roundId: String(round.id) } })), [round.id, round.version, generation, tick]);
  const pending = progress.value?.freshness.pending ?? false;
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setTick((n) => n + 1), POLL_MS);
    return () => clearTimeout(timer);
  }, [pending, progress.value]);
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
