/** The toolbar popup: who is signed in, the page's enterprise, the clip, attach and side-panel actions, and the queue. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '../lib/ports/messages';
import type { DetectedEnterprise } from '../../shared/schemas/enterprise-detection';
import { signOut } from '../lib/auth';
import { openConsole } from '../lib/console-tab';
import { sendMessage } from '../lib/messaging';
import type { Failure } from '../lib/result';
import { resolveRound } from '../lib/rounds';
import { openSidePanel } from '../lib/side-panel';
import { sessionItem } from '../lib/storage';
import { activeTabEnterprise } from '../lib/use-active-tab-enterprise';
import { useStored } from '../lib/use-stored';
import { ErrorNote } from './ErrorNote';
import { QueueStatus } from './QueueStatus';
import { SessionBanner } from './SessionBanner';
import { SignInForm } from './SignInForm';

/** The tab the popup was opened over, and its enterprise: the popup's actions apply to that tab. */
function usePageTab(token: string | undefined) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [enterprise, setEnterprise] = useState<DetectedEnterprise | null | undefined>(undefined);
  useEffect(() => {
    if (!token) return;
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      setTabId(tab?.id ?? null);
      const round = await resolveRound();
      setEnterprise(round.ok ? await activeTabEnterprise(round.value.id) : null);
    })();
  }, [token]);
  return { tabId, enterprise };
}

export function Popup() {
  const session = useStored(sessionItem);
  const { tabId, enterprise } = usePageTab(session?.token);
  const [error, setError] = useState<Failure | null>(null);

  const act = async (action: 'clipTab' | 'attachTab') => {
    if (tabId === null) return;
    const result = await sendMessage(action, { tabId });
    if (!result.ok) return setError(result.error);
    window.close();
  };

  const sidePanel = async () => {
    const win = await browser.windows.getCurrent();
    if (win.id !== undefined) await openSidePanel(win.id);
    window.close();
  };

  if (session === undefined) return null;
  return (
    <main style={{ width: '320px', padding: '10px 12px' }}>
      <header class="row">
        <h1 class="grow">{i18n.t('popup.title')}</h1>
        <button type="button" class="icon" title={i18n.t('common.openOptions')} onClick={() => void browser.runtime.openOptionsPage()}>⚙</button>
      </header>
      <SessionBanner />
      {!session && <SignInForm />}
      {session && (
        <>
          <p class="row muted">
            <span class="grow" data-testid="signed-in-as">{i18n.t('common.signedInAs', [session.user.displayName])}</span>
            <button type="button" class="link" onClick={() => void signOut()}>{i18n.t('common.signOut')}</button>
          </p>
          <label>{i18n.t('popup.currentEnterprise')}</label>
          <p class="row wrap">
            <span data-testid="popup-enterprise">
              {enterprise === undefined ? i18n.t('common.loading') : enterprise ? enterprise.name : <span class="muted">{i18n.t('popup.noEnterprise')}</span>}
            </span>
            {enterprise && <span class="badge ok" data-testid="enterprise-basis">{i18n.t(`picker.detectedBy.${enterprise.basis}`)}</span>}
          </p>
          <div class="row">
            <button type="button" class="primary" disabled={tabId === null} onClick={() => void act('clipTab')}>{i18n.t('popup.clipSelection')}</button>
            <button type="button" data-testid="attach-page" disabled={tabId === null} onClick={() => void act('attachTab')}>{i18n.t('popup.attachPage')}</button>
          </div>
          <div class="row" style={{ marginTop: '6px' }}>
            <button type="button" onClick={() => void sidePanel()}>{i18n.t('common.openSidePanel')}</button>
            <button type="button" data-testid="open-console" onClick={() => void openConsole().then(() => window.close())}>{i18n.t('console.open')}</button>
          </div>
          {error && <ErrorNote error={error} />}
          <QueueStatus />
        </>
      )}
    </main>
  );
}
