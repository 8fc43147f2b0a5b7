/** Creates an account and shows its one-time invitation code, which the person enters in the extension's options. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { UserCreated } from '../../../../shared/schemas/users';
import { request } from '../../../lib/api';
import { formatDateTime } from '../../../lib/locale';
import type { Failure } from '../../../lib/result';
import { FailureNote } from '../common/FailureNote';
import { InviteHandout } from './InviteHandout';

/** `onCreated`: after an account is made, so a list on the same page can read it in. */
export function UserCreateForm({ onCreated }: { onCreated?: () => void } = {}) {
  const [login, setLogin] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [created, setCreated] = useState<UserCreated | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const create = async (event: Event) => {
    event.preventDefault();
    const done = await request((api) => api.api.v1.users.$post({ json: { login, displayName } }));
    if (!done.ok) return setError(done.error);
    setError(null);
    setCreated(done.value);
    onCreated?.();
    setLogin('');
    setDisplayName('');
  };
  return (
    <details class="panel">
      <summary>{i18n.t('console.users.invite')}</summary>
      <form onSubmit={create}>
        <label for="new-login">{i18n.t('options.login')}</label>
        <input id="new-login" type="text" required value={login} onInput={(e) => setLogin(e.currentTarget.value)} />
        <label for="new-name">{i18n.t('console.users.displayName')}</label>
        <input id="new-name" type="text" required value={displayName} onInput={(e) => setDisplayName(e.currentTarget.value)} />
        <button type="submit">{i18n.t('console.users.create')}</button>
      </form>
      {error && <FailureNote error={error} />}
      {created && (
        <p class="ok" role="status" data-testid="invite-code">
          {i18n.t('console.users.code', [created.user.login, formatDateTime(created.invite.expiresAt)])} <InviteHandout invite={created.invite} />
        </p>
      )}
    </details>
  );
}
