/** A new invitation as the administrator hands it over: the set-password link to send, and the code to read out. */
import type { InviteCreated } from '../../../../shared/schemas/users';
import { i18n } from '../../../lib/ports/messages';

export function InviteHandout({ invite }: { invite: InviteCreated }) {
  return (
    <span class="invite-handout">
      <a href={invite.link} target="_blank" rel="noopener noreferrer" data-testid="invite-link">{invite.link}</a>{' '}
      <button type="button" class="link" onClick={() => void navigator.clipboard?.writeText(invite.link)}>{i18n.t('console.users.copyLink')}</button>{' '}
      {i18n.t('console.users.orCode')} <code data-testid="issued-code">{invite.code}</code>{' '}
      <button type="button" class="link" onClick={() => void navigator.clipboard?.writeText(invite.code)}>{i18n.t('console.users.copy')}</button>
    </span>
  );
}
