/** The expert's clips a reviewer rejected or moved, newest first: the quote (as text), the enterprise, and what
 * happened — the reason, who and when for a rejection; from which indicator to which for a move. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { MyClip } from '../../../../shared/schemas/queues';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { queryOf } from '../../../lib/query-of';
import { formatDateTime } from '../../../lib/locale';
import { useCursorPages } from '../../../lib/use-cursor-pages';
import { useLoad } from '../../../lib/use-load';
import { LoadState } from '../common/LoadState';
import { Pager } from '../common/Pager';

type Kind = 'rejected' | 'moved';

const PAGE = 50;

export function MyClipsList({ round }: { round: Round }) {
  const [kind, setKind] = useState<Kind | ''>('');
  const pages = useCursorPages([round.id, kind]);
  const list = useLoad(() => request((api) => api.api.v1.rounds[':roundId'].queues['my-clips'].$get({ param: { roundId: String(round.id) }, query: queryOf({ kind, limit: PAGE, cursor: pages.cursor }) })), [round.id, kind, pages.cursor]);
  const page = list.value;
  return (
    <div data-testid="my-clips">
      {page && <p data-testid="my-clips-counts">{i18n.t('toScoreQueue.clipCounts', [String(page.counts.rejected), String(page.counts.moved)])}</p>}
      <div class="row filters">
        <select aria-label={i18n.t('toScoreQueue.kind')} data-testid="my-clips-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind | '')}>
          <option value="">{i18n.t('toScoreQueue.allKinds')}</option>
          {(['rejected', 'moved'] as const).map((k) => <option key={k} value={k}>{i18n.t(`toScoreQueue.kind_${k}`)}</option>)}
        </select>
      </div>
      <LoadState loaded={list} />
      {page && (
        <>
          <ul class="my-clips">
            {page.items.map((clip) => <MyClipRow key={clip.evidence.id} clip={clip} />)}
          </ul>
          {page.items.length === 0 && !pages.hasPrevious ? <p class="muted" data-testid="my-clips-none">{i18n.t('toScoreQueue.clipsNone')}</p> : <Pager pages={pages} nextCursor={page.nextCursor} empty={false} total={page.total} pageSize={PAGE} />}
        </>
      )}
    </div>
  );
}

const when = (at: string | null) => (at ? formatDateTime(at) : '—');

function MyClipRow({ clip }: { clip: MyClip }) {
  const { evidence, enterprise, rejected, moved } = clip;
  return (
    <li data-testid="my-clip" data-evidence-id={evidence.id} data-kind={rejected ? 'rejected' : 'moved'}>
      <strong>{enterprise.name}</strong> · {evidence.indicatorCode} · <span class="anywhere">{evidence.title}</span>
      {evidence.quote && <blockquote class="anywhere">{evidence.quote}</blockquote>}
      {rejected && (
        <p class="warn tight" data-testid="my-clip-rejected">
          {i18n.t('toScoreQueue.rejected', [rejected.by ?? '—', when(rejected.at)])}
          {' — '}
          <span class="anywhere">{rejected.comment ? i18n.t('toScoreQueue.rejectedReason', [rejected.comment]) : i18n.t('toScoreQueue.noReason')}</span>
        </p>
      )}
      {moved && <p class="tight" data-testid="my-clip-moved">{i18n.t('toScoreQueue.moved', [moved.by, when(moved.at), moved.from.code, moved.to.code])}</p>}
    </li>
  );
}
