/** "Your session has ended" over any page after a 401, with the sign-in form inline; the page beneath stays as it is. */
import { i18n } from '#i18n';
import { sessionExpired, sessionItem } from '../lib/storage';
import { useStored } from '../lib/use-stored';
import { SignInForm } from './SignInForm';

export type SessionBannerProps = { onSignedIn?: () => void };

export function SessionBanner({ onSignedIn }: SessionBannerProps) {
  const session = useStored(sessionItem);
  const expired = useStored(sessionExpired);
  if (!session || !expired) return null;
  return (
    <section class="banner" data-testid="session-banner" aria-labelledby="session-banner-title">
      <p id="session-banner-title"><strong>{i18n.t('common.sessionExpired')}</strong></p>
      <SignInForm initialLogin={session.user.login} onSignedIn={onSignedIn} />
    </section>
  );
}
