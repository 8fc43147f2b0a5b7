/** "Your session has ended" over any page after a 401, with the sign-in form inline; the page beneath stays as it is. */
import { i18n } from '../lib/ports/messages';
import { sessionPort } from '../lib/ports/session';
import { useStored } from '../lib/use-stored';
import { SignInForm } from './SignInForm';

export type SessionBannerProps = { onSignedIn?: () => void };

export function SessionBanner({ onSignedIn }: SessionBannerProps) {
  const port = sessionPort();
  const session = useStored(port.session);
  const expired = useStored(port.expired);
  if (!session || !expired) return null;
  return (
    <section class="banner" data-testid="session-banner" aria-labelledby="session-banner-title">
      <p id="session-banner-title"><strong>{i18n.t('common.sessionExpired')}</strong></p>
      <SignInForm initialLogin={session.user.login} onSignedIn={onSignedIn} />
    </section>
  );
}
