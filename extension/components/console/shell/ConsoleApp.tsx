/** The console: signs the user in, loads who they are and the rounds they may see, and shows the page of the route. */
import { i18n } from '../../../lib/ports/messages';
import { allOk } from '../../../lib/all-ok';
import { request } from '../../../lib/api';
import { ok } from '../../../lib/result';
import { sessionPort } from '../../../lib/ports/session';
import { href, useConsoleRoute } from '../../../lib/console-location';
import { useLoad } from '../../../lib/use-load';
import { useStored } from '../../../lib/use-stored';
import { ErrorNote } from '../../ErrorNote';
import { SessionBanner } from '../../SessionBanner';
import { SignInForm } from '../../SignInForm';
import { ConsoleNav } from './ConsoleNav';
import { ConsolePage } from './ConsolePage';
import { InvitePage } from '../accounts/InvitePage';

async function loadContext() {
  const loaded = await allOk([request((api) => api.api.v1.me.$get()), request((api) => api.api.v1.rounds.$get())]);
  return loaded.ok ? ok({ me: loaded.value[0], rounds: loaded.value[1].items }) : loaded;
}

export function ConsoleApp() {
  const session = useStored(sessionPort().session);
  const route = useConsoleRoute();
  // Signed out, nothing is asked: the worker would only answer 401.
  const context = useLoad(() => (session ? loadContext() : Promise.resolve(ok(null))), [session?.expiresAt]);

  if (session === undefined) return null;
  // A new user's invitation link is theirs to follow whoever was signed in here before: accepting replaces the session.
  if (route.page === 'invite') return <InvitePage code={route.code} />;
  if (!session) {
    return (
      <main class="console-signin">
        <h1>{i18n.t('console.title')}</h1>
        <p class="muted">{i18n.t('console.signInHint')}</p>
        <SignInForm />
        <p>
          <a href={href({ page: 'invite' })}>{i18n.t('options.haveInvite')}</a>
        </p>
      </main>
    );
  }
  const value = context.value;
  return (
    <div class="console">
      <ConsoleNav me={value?.me ?? session.user} rounds={value?.rounds ?? []} route={route} />
      <main class="console-main">
        <SessionBanner onSignedIn={context.reload} />
        {context.error && <ErrorNote error={context.error} />}
        {value && <ConsolePage route={route} context={{ ...value, reloadRounds: context.reload }} />}
      </main>
    </div>
  );
}
