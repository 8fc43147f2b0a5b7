/** The one-time invitation code from an administrator and a new password; accepting it signs the user in. */
import { useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import { acceptInvite } from '../lib/auth';
import type { Failure } from '../lib/result';
import { ErrorNote } from './ErrorNote';
import { NewPasswordFields } from './NewPasswordFields';

/** `code`: filled in from an invitation link; `onAccepted`: what follows once the user is signed in. */
export type InviteFormProps = { onCancel: () => void; code?: string; onAccepted?: () => void };

export function InviteForm({ onCancel, code: linked = '', onAccepted }: InviteFormProps) {
  const [code, setCode] = useState(linked);
  const [password, setPassword] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!password) return;
    setBusy(true);
    const result = await acceptInvite(code.trim(), password);
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) onAccepted?.();
  };

  return (
    <form onSubmit={submit} aria-label={i18n.t('options.acceptInvite')}>
      <label for="invite-code">{i18n.t('options.inviteCode')}</label>
      <input id="invite-code" type="text" autoComplete="one-time-code" spellcheck={false} value={code} onInput={(e) => setCode(e.currentTarget.value)} required />
      <NewPasswordFields onChange={setPassword} />
      <div class="row" style={{ marginTop: '10px' }}>
        <button type="submit" class="primary" disabled={busy || !password}>{i18n.t('options.acceptInvite')}</button>
        <button type="button" onClick={onCancel}>{i18n.t('common.cancel')}</button>
      </div>
      {error && <ErrorNote error={error} />}
    </form>
  );
}
