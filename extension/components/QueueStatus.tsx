/** The signed-in user's clips not yet on the server: how many wait to be sent, and those the server refused, with its reason. */
import { i18n } from '../lib/ports/messages';
import type { QueuedClip } from '../../shared/schemas/clip';
import { formatTime } from '../lib/locale';
import { sendMessage } from '../lib/messaging';
import type { Failure } from '../lib/result';
import { queuedFor } from '../lib/queued-for';
import { clipQueue, sessionItem } from '../lib/storage';
import { useStored } from '../lib/use-stored';
import { ConfirmButton } from './ConfirmButton';
import { ErrorNote } from './ErrorNote';

const excerpt = (item: QueuedClip) => {
  const text = item.draft.capture.selection?.quote ?? item.draft.capture.title;
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
};

function NeedsAttention({ item }: { item: QueuedClip }) {
  const error = item.lastError ?? { code: 'internal', message: '', status: 0 };
  return (
    <li data-testid="queued-attention" data-key={item.key} style={{ padding: '6px 0', borderTop: '1px solid var(--line)' }}>
      <div>{excerpt(item)}</div>
      <ErrorNote error={{ ...error, code: error.code as Failure['code'] }} />
      <div class="row">
        <button type="button" onClick={() => void sendMessage('editQueuedClip', { key: item.key })}>{i18n.t('queue.edit')}</button>
        <button type="button" onClick={() => void sendMessage('retryQueuedClip', { key: item.key })}>{i18n.t('common.retry')}</button>
        <ConfirmButton label={i18n.t('queue.discard')} question={i18n.t('queue.discardConfirm')} onConfirm={() => void sendMessage('discardQueuedClip', { key: item.key })} />
      </div>
    </li>
  );
}

export function QueueStatus() {
  const queue = useStored(clipQueue);
  const session = useStored(sessionItem);
  // Another user's clips wait for them, out of this user's sight.
  const items = queue ? queuedFor(queue, session?.user.id ?? null) : [];
  if (!queue || items.length === 0) return null;
  const pending = items.filter((item) => item.state === 'pending');
  const attention = items.filter((item) => item.state === 'attention');
  return (
    <section style={{ marginTop: '10px' }}>
      {pending.length > 0 && (
        <p class="warn" data-testid="queued-count">
          {i18n.t('queue.pending', [String(pending.length)])}
          {queue.nextAttemptAt && <span class="muted"> · {i18n.t('queue.nextAttempt', [formatTime(new Date(queue.nextAttemptAt))])}</span>}
        </p>
      )}
      {attention.length > 0 && (
        <>
          <p class="error">{i18n.t('queue.attention', [String(attention.length)])}</p>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {attention.map((item) => (
              <NeedsAttention key={item.key} item={item} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
