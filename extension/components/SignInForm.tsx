/** Login and password form; on success the session is stored for every part of the extension. */
import { useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import { signIn } from '../lib/auth';
import type { Failure } from '../lib/result';
import { ErrorNote } from './ErrorNote';

/** `initialLogin`: the login to sign in again with, after a session ended. */
export type SignInFormProps = { initialLogin?: string; onSignedIn?: () => void };

export function SignInForm({ initialLogin = '', onSignedIn }: SignInFormProps) {
  const [login, setLogin] = useState(initialLogin);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const result = await signIn(login.trim(), password);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setPassword('');
    onSignedIn?.();
  };

  return (
    <form onSubmit={submit} aria-label={i18n.t('common.signIn')}>
      <label for="login">{i18n.t('options.login')}</label>
      <input id="login" type="text" autoComplete="username" value={login} onInput={(e) => setLogin(e.currentTarget.value)} required />
      <label for="password">{i18n.t('options.password')}</label>
      <input id="password" type="password" autoComplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} required />
      <div class="row" style={{ marginTop: '10px' }}>
        <button type="submit" class="primary" disabled={busy}>{i18n.t('common.signIn')}</button>
      </div>
      {error && <ErrorNote error={error} />}
    </form>
  );
}
