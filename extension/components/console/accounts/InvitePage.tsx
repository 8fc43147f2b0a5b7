/** The "set your password" page an invitation link opens (/invite#CODE), or a typed code; signed in, the console's home. */
import { i18n } from '../../../lib/ports/messages';
import { useGo } from '../../../lib/console-location';
import { InviteForm } from '../../InviteForm';

export type InvitePageProps = { code?: string };

export function InvitePage({ code }: InvitePageProps) {
  const go = useGo();
  const home = () => go({ page: 'home' });
  return (
    <main class="console-signin" data-testid="invite-page">
      <h1>{i18n.t('console.invite.title')}</h1>
      <p class="muted">{i18n.t('console.invite.hint')}</p>
      <InviteForm code={code} onCancel={home} onAccepted={home} />
    </main>
  );
}
