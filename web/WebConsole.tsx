/** The web console's page: the console on path URLs (preact-iso), with the language switch the web needs (the extension follows the browser). */
import '../extension/assets/ui.css';
import '../extension/assets/console.css';
import { LocationProvider } from 'preact-iso/router';
import type { UiLanguage } from '../extension/lib/ports/messages';
import { ConsoleApp } from '../extension/components/console/shell/ConsoleApp';
import { ErrorNote } from '../extension/components/ErrorNote';
import { useStored } from '../extension/lib/use-stored';
import { chooseLanguage } from './adapters/messages';
import { handoffFailure } from './handoff';

export type WebConsoleProps = { language: UiLanguage };

export function WebConsole({ language }: WebConsoleProps) {
  return (
    <>
      <nav class="language-switch" aria-label="语言 Language">
        <button type="button" aria-pressed={language === 'zh'} onClick={() => chooseLanguage('zh')} lang="zh-CN">中文</button>
        <button type="button" aria-pressed={language === 'en'} onClick={() => chooseLanguage('en')} lang="en">English</button>
      </nav>
      <HandoffFailure />
      <LocationProvider>
        <ConsoleApp />
      </LocationProvider>
    </>
  );
}

/** Why the extension's sign-in link did not sign this page in; the console below shows its sign-in form. */
function HandoffFailure() {
  const failure = useStored(handoffFailure);
  return failure ? <ErrorNote error={failure} /> : null;
}
