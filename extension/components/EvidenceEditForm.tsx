/** The author's later edit of a piece of evidence: stance and note, refused if someone changed it meanwhile. */
import { useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import type { Evidence, Stance } from '../../shared/schemas/evidence';
import { request } from '../lib/api';
import type { Failure } from '../lib/result';
import { ErrorNote } from './ErrorNote';
import { StanceChoice } from './StanceChoice';

export type EvidenceEditFormProps = { evidence: Evidence; onSaved: (evidence: Evidence) => void; onCancel: () => void };

export function EvidenceEditForm({ evidence, onSaved, onCancel }: EvidenceEditFormProps) {
  const [stance, setStance] = useState<Stance>(evidence.stance);
  const [note, setNote] = useState(evidence.note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const saved = await request((api) =>
      api.api.v1.evidence[':id'].$patch({ param: { id: String(evidence.id) }, json: { stance, note, version: evidence.version } }),
    );
    setBusy(false);
    if (saved.ok) return onSaved(saved.value);
    setError(saved.error);
    // Someone else's change wins; show it, so the user edits what is there now.
    const current = (saved.error.details as { current?: Evidence } | undefined)?.current;
    if (saved.error.status === 409 && current) {
      onSaved(current);
      setStance(current.stance);
      setNote(current.note ?? '');
    }
  };

  return (
    <form onSubmit={save} data-testid="evidence-edit">
      <StanceChoice value={stance} onChange={setStance} />
      <textarea rows={2} maxLength={4000} aria-label={i18n.t('picker.note')} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>{i18n.t('common.save')}</button>
        <button type="button" onClick={onCancel}>{i18n.t('common.cancel')}</button>
      </div>
      {error && <ErrorNote error={error} />}
    </form>
  );
}
