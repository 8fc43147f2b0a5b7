/** "Source not reachable" (来源无法访问) on an evaluator's evidence, for the enterprise's staff (console) and street
 * coordinators (side panel): it tells the reviewers, with an optional note of what they saw instead, and changes
 * nothing recorded about the evidence itself. */
import { useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import { request } from '../lib/api';
import type { Failure } from '../lib/result';
import { ErrorNote } from './ErrorNote';

export function SourceFlagButton({ evidenceId }: { evidenceId: number }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [state, setState] = useState<'idle' | 'sent' | Failure>('idle');

  const send = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const sent = await request((api) => api.api.v1.evidence[':id']['source-flags'].$post({ param: { id: String(evidenceId) }, json: { note: note.trim() || null } }));
    setBusy(false);
    setState(sent.ok ? 'sent' : sent.error);
    if (sent.ok) setOpen(false);
  };

  if (state === 'sent') return <p class="ok" role="status" data-testid="source-flag-sent">{i18n.t('sourceFlags.sent')}</p>;
  return (
    <div class="source-flag">
      {!open && (
        <button type="button" class="link" data-testid="source-flag" onClick={() => setOpen(true)}>
          {i18n.t('sourceFlags.flag')}
        </button>
      )}
      {open && (
        <form class="row wrap" onSubmit={send}>
          <label for={`source-flag-note-${evidenceId}`}>{i18n.t('sourceFlags.note')}</label>
          <input id={`source-flag-note-${evidenceId}`} type="text" maxLength={500} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          <button type="submit" disabled={busy}>{i18n.t('sourceFlags.send')}</button>
          <button type="button" onClick={() => setOpen(false)}>{i18n.t('common.cancel')}</button>
        </form>
      )}
      {typeof state === 'object' && <ErrorNote error={state} />}
    </div>
  );
}
