/** The reviewers' queue of the round's pending evidence, triaged by keyboard: j/k walk it, a accepts, r rejects with a
 * reason, o opens the source, m moves the item to another indicator. Resumes where the reviewer left off. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Evidence } from '../../../../shared/schemas/evidence';
import type { QueueIndicator } from '../../../../shared/schemas/queues';
import type { Round } from '../../../../shared/schemas/round';
import { fetchIndicatorTree, request } from '../../../lib/api';
import { localized } from '../../../lib/locale';
import { sourcePort } from '../../../lib/ports/source';
import type { Failure, Result } from '../../../lib/result';
import { triageAction, type TriageAction } from '../../../lib/triage-keys';
import { useLoad } from '../../../lib/use-load';
import { queryOf } from '../../../lib/query-of';
import { DECISION_BATCH, useReviewQueue } from '../../../lib/use-review-queue';
import { FailureNote } from '../common/FailureNote';
import { PageHeader } from '../common/PageHeader';
import { MoveForm } from './MoveForm';
import { QueueFilters } from './QueueFilters';
import { QueueItem } from './QueueItem';
import { RejectForm } from './RejectForm';
import { SourceFlagList } from './SourceFlagList';
import { TriageKeys } from './TriageKeys';

type Mode = 'browse' | 'reject' | 'move';

/** `showSourceFlags`: the reader is a reviewer, for whom the sources enterprises could not open are listed beside the queue. */
export function ReviewQueuePage({ round, showSourceFlags }: { round: Round; showSourceFlags: boolean }) {
  const roundId = String(round.id);
  const queue = useReviewQueue(round.id);
  // Facets and reasons are counted again after a batch of decisions, not after each.
  const batch = Math.floor(queue.decisions / DECISION_BATCH);
  const facets = useLoad(
    () => request((api) => api.api.v1.rounds[':roundId'].queues.evidence.facets.$get({ param: { roundId }, query: queryOf(queue.filters ?? {}) })),
    [roundId, JSON.stringify(queue.filters), batch],
  );
  const reasons = useLoad(() => request((api) => api.api.v1.rounds[':roundId'].queues.evidence['reject-reasons'].$get({ param: { roundId } })), [roundId, batch]);
  const tree = useLoad(() => fetchIndicatorTree(round.id), [roundId]);
  const [mode, setMode] = useState<Mode>('browse');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const [moved, setMoved] = useState<Record<number, string>>({});
  const itemRef = useRef<HTMLElement>(null);
  const current = queue.current;

  const act = async (call: () => Promise<Result<Evidence | null>>, after: (evidence: Evidence) => void) => {
    setBusy(true);
    const result = await call();
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok && result.value) after(result.value);
  };
  const review = (status: 'accepted' | 'rejected', comment?: string) =>
    current &&
    void act(
      () => request((api) => api.api.v1.evidence[':id'].review.$post({ param: { id: String(current.evidence.id) }, json: { status, comment, version: current.evidence.version } })),
      (evidence) => (setMode('browse'), queue.decided(evidence)),
    );
  const move = (to: QueueIndicator) =>
    current &&
    void act(
      () => request((api) => api.api.v1.evidence[':id'].move.$post({ param: { id: String(current.evidence.id) }, json: { indicatorId: to.id, version: current.evidence.version } })),
      (evidence) => (setMode('browse'), setMoved((m) => ({ ...m, [evidence.id]: to.code })), queue.decided(evidence, to)),
    );
  const open = () => current && void act(() => sourcePort().open(current.evidence), queue.updated);

  const run: Record<TriageAction, () => void> = {
    next: () => (setError(null), queue.next()),
    previous: () => (setError(null), queue.previous()),
    accept: () => current?.evidence.status === 'pending' && !busy && review('accepted'),
    reject: () => current?.evidence.status === 'pending' && setMode('reject'),
    open,
    move: () => current && setMode('move'),
  };
  const keys = useRef(run);
  keys.current = run;
  const modeRef = useRef(mode);
  modeRef.current = mode;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = modeRef.current === 'browse' ? triageAction(event) : null;
      if (!action) return;
      event.preventDefault();
      keys.current[action]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  // The item coming up takes the focus (not while a form for it is open).
  useEffect(() => {
    if (mode === 'browse') itemRef.current?.focus();
  }, [current?.evidence.id, mode]);

  const pending = current?.evidence.status === 'pending';
  return (
    <section data-testid="review-queue-page">
      <PageHeader title={i18n.t('console.nav.reviewQueue')} subtitle={i18n.t('reviewQueue.subtitle', [localized(round.name)])} />
      {queue.filters && <QueueFilters filters={queue.filters} facets={facets.value} onChange={queue.setFilters} />}
      <p class="muted" aria-live="polite" data-testid="queue-counts">
        {facets.value && i18n.t('reviewQueue.total', [String(facets.value.total)])}
        {queue.decisions > 0 && ` · ${i18n.t('reviewQueue.decided', [String(queue.decisions)])}`}
        {current && ` · ${i18n.t('reviewQueue.position', [String(queue.index + 1), String(queue.items.length)])}`}
      </p>
      {queue.error && <FailureNote error={queue.error} />}
      <div class="queue-layout row">
        <div class="grow stack">
          {current && <QueueItem ref={itemRef} item={current} movedTo={moved[current.evidence.id] ?? null} />}
          {!current && (queue.finished ? <p class="muted" data-testid="queue-finished">{i18n.t(queue.items.length ? 'reviewQueue.finished' : 'reviewQueue.empty')}</p> : <p class="muted">{i18n.t('reviewQueue.loading')}</p>)}
          {error && <FailureNote error={error} />}
          {current && mode === 'browse' && (
            <div class="row wrap actions">
              <button type="button" aria-keyshortcuts="k" onClick={run.previous}>k · {i18n.t('reviewQueue.key_previous')}</button>
              <button type="button" aria-keyshortcuts="j" onClick={run.next}>j · {i18n.t('reviewQueue.key_next')}</button>
              <button type="button" aria-keyshortcuts="a" data-testid="queue-accept" disabled={!pending || busy} onClick={run.accept}>a · {i18n.t('reviewQueue.key_accept')}</button>
              <button type="button" aria-keyshortcuts="r" data-testid="queue-reject" disabled={!pending || busy} onClick={run.reject}>r · {i18n.t('reviewQueue.key_reject')}</button>
              <button type="button" aria-keyshortcuts="o" data-testid="queue-open" disabled={busy} onClick={run.open}>o · {i18n.t('reviewQueue.key_open')}</button>
              <button type="button" aria-keyshortcuts="m" data-testid="queue-move" disabled={busy} onClick={run.move}>m · {i18n.t('reviewQueue.key_move')}</button>
            </div>
          )}
          {current && mode === 'reject' && <RejectForm reasons={reasons.value} busy={busy} onReject={(reason) => review('rejected', reason)} onCancel={() => setMode('browse')} />}
          {current && mode === 'move' && <MoveForm tree={tree.value} from={current.indicator.id} busy={busy} onMove={move} onCancel={() => setMode('browse')} />}
        </div>
        <aside>
          <TriageKeys />
          {showSourceFlags && <SourceFlagList round={round} />}
        </aside>
      </div>
    </section>
  );
}
