/** Changing one's own password; every other device is signed out, this one stays in. */
import { useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import { changePassword } from '../lib/auth';
import type { Failure } from '../lib/result';
import { ErrorNote } from './ErrorNote';
import { NewPasswordFields } from './NewPasswordFields';

export function PasswordForm() {
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; error: Failure } | null>(null);
  // A new key empties the fields after a change.
  const [generation, setGeneration] = useState(0);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!password) return;
    setBusy(true);
    const result = await changePassword(current, password);
    setBusy(false);
    if (!result.ok) return setOutcome(result);
    setOutcome({ ok: true });
    setCurrent('');
    setGeneration((g) => g + 1);
  };

  return (
    <details>
      <summary>{i18n.t('options.changePassword')}</summary>
      <form onSubmit={submit} key={generation}>
        <label for="current-password">{i18n.t('options.currentPassword')}</label>
        <input id="current-password" type="password" autoComplete="current-password" value={current} onInput={(e) => setCurrent(e.currentTarget.value)} required />
        <NewPasswordFields onChange={setPassword} />
        <div class="row" style={{ marginTop: '10px' }}>
          <button type="submit" disabled={busy || !password}>{i18n.t('options.changePassword')}</button>
        </div>
        {outcome?.ok && <p class="ok" role="status">{i18n.t('options.passwordChanged')}</p>}
        {outcome && !outcome.ok && <ErrorNote error={outcome.error} />}
      </form>
    </details>
  );
}
