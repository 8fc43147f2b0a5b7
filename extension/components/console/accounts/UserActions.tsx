/** What an administrator does to one account: disable or enable it, issue a new one-time invitation code
 * (shown once, with a copy button), end all its sessions. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { InviteCreated, User } from '../../../../shared/schemas/users';
import { request } from '../../../lib/api';
import { formatDateTime } from '../../../lib/locale';
import type { Failure, Result } from '../../../lib/result';
import { FailureNote } from '../common/FailureNote';
import { InviteHandout } from './InviteHandout';

export type UserActionsProps = { user: User; onChanged: () => void };

type Outcome = { kind: 'none' } | { kind: 'invite'; invite: InviteCreated } | { kind: 'revoked'; count: number } | { kind: 'failed'; error: Failure };

export function UserActions({ user, onChanged }: UserActionsProps) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const param = { userId: String(user.id) };
  const run = async <T,>(call: () => Promise<Result<T>>, done: (value: T) => Outcome) => {
    setBusy(true);
    const answer = await call();
    setBusy(false);
    setOutcome(answer.ok ? done(answer.value) : { kind: 'failed', error: answer.error });
    // A 409 carries the current account: reading the list again shows it.
    if (answer.ok || answer.error.status === 409) onChanged();
  };
  const toggle = () =>
    run(() => request((api) => api.api.v1.users[':userId'].$patch({ param, json: { disabled: !user.disabled, version: user.version } })), () => ({ kind: 'none' }));
  const invite = () => run(() => request((api) => api.api.v1.users[':userId'].invites.$post({ param })), (value) => ({ kind: 'invite', invite: value }));
  const revoke = () => run(() => request((api) => api.api.v1.users[':userId'].sessions.$delete({ param })), (value) => ({ kind: 'revoked', count: value.revoked }));
  return (
    <div class="user-actions">
      <div class="row">
        <button type="button" class="link" disabled={busy} onClick={() => void toggle()} data-testid="toggle-disabled">
          {user.disabled ? i18n.t('console.users.enable') : i18n.t('console.users.disable')}
        </button>
        {!user.disabled && (
          <button type="button" class="link" disabled={busy} onClick={() => void invite()} data-testid="new-invite">{i18n.t('console.users.newInvite')}</button>
        )}
        <button type="button" class="link" disabled={busy} onClick={() => void revoke()} data-testid="end-sessions">{i18n.t('console.users.endSessions')}</button>
      </div>
      {outcome.kind === 'failed' && <FailureNote error={outcome.error} />}
      {outcome.kind === 'revoked' && <p class="ok" role="status">{i18n.t('console.users.sessionsEnded', [String(outcome.count)])}</p>}
      {outcome.kind === 'invite' && (
        <p class="ok" role="status">
          <span>{i18n.t(outcome.invite.purpose === 'reset' ? 'console.users.resetCode' : 'console.users.activateCode', [formatDateTime(outcome.invite.expiresAt)])}</span>{' '}
          <InviteHandout invite={outcome.invite} />
        </p>
      )}
    </div>
  );
}
