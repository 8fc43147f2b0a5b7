/** Settings: the worker's address, signing in (or with an invitation code) and out, the password, the round to work in, clipping preferences the shortcut and the time zone. */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import type { Round } from '../../shared/schemas/round';
import { request } from '../lib/api';
import { signOut, signOutEverywhere } from '../lib/auth';
import { openConsole } from '../lib/console-tab';
import { localized } from '../lib/locale';
import { currentRoundId, sessionItem } from '../lib/storage';
import { useStored } from '../lib/use-stored';
import { ClipSettingsForm } from './ClipSettingsForm';
import { InviteForm } from './InviteForm';
import { PasswordForm } from './PasswordForm';
import { ServerAddressForm } from './ServerAddressForm';
import { SessionBanner } from './SessionBanner';
import { ShortcutSetting } from './ShortcutSetting';
import { SignInForm } from './SignInForm';
import { TimeZoneSetting } from './TimeZoneSetting';

function RoundSetting() {
  const chosen = useStored(currentRoundId);
  const [rounds, setRounds] = useState<Round[]>([]);
  useEffect(() => {
    void request((api) => api.api.v1.rounds.$get()).then((r) => r.ok && setRounds(r.value.items));
  }, []);
  if (rounds.length === 0) return null;
  return (
    <div>
      <label for="round">{i18n.t('options.round')}</label>
      <select id="round" value={chosen ?? ''} onChange={(e) => void currentRoundId.setValue(Number(e.currentTarget.value))}>
        {rounds.map((r) => (
          <option key={r.id} value={r.id}>{localized(r.name)}</option>
        ))}
      </select>
    </div>
  );
}

function SignedOut() {
  const [withInvite, setWithInvite] = useState(false);
  if (withInvite) return <InviteForm onCancel={() => setWithInvite(false)} />;
  return (
    <>
      <SignInForm />
      <p>
        <button type="button" class="link" onClick={() => setWithInvite(true)}>{i18n.t('options.haveInvite')}</button>
      </p>
    </>
  );
}

export function OptionsPage() {
  const session = useStored(sessionItem);
  return (
    <main style={{ maxWidth: '560px', margin: '24px auto', padding: '0 16px' }}>
      <SessionBanner />
      <h1>{i18n.t('options.title')}</h1>
      <ServerAddressForm />
      <section>
        {session ? (
          <>
            <p class="row">
              <span class="grow" data-testid="signed-in-as">{i18n.t('common.signedInAs', [`${session.user.displayName} (${session.user.login})`])}</span>
              <button type="button" onClick={() => void signOut()}>{i18n.t('common.signOut')}</button>
            </p>
            <p>
              <button type="button" class="primary" data-testid="open-console" onClick={() => void openConsole()}>{i18n.t('console.open')}</button>
            </p>
            <RoundSetting />
            <PasswordForm />
            <p>
              <button type="button" class="link" onClick={() => void signOutEverywhere()}>{i18n.t('options.signOutEverywhere')}</button>
            </p>
          </>
        ) : (
          <SignedOut />
        )}
      </section>
      <ClipSettingsForm />
      <ShortcutSetting />
      <TimeZoneSetting />
    </main>
  );
}
