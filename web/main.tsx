// The web console, served by the worker at `/`: the extension's console components with the web's adapters for
// the two ports (docs/adr-013-web-console.md). The ports are provided before the components' modules load.
import { render } from 'preact';
import { provideMessages } from '../extension/lib/ports/messages';
import { provideSession } from '../extension/lib/ports/session';
import { offerExtensionSource } from '../extension/lib/ports/source';
import { chosenLanguage, webMessages } from './adapters/messages';
import { webSession } from './adapters/session';
import { followHandoffs, stripHandoff } from './handoff';
import { followLegacyHashes } from './legacy-links';

// The extension's sign-in code leaves the address bar and history before anything else runs.
const handoffCode = stripHandoff();
// Then an old hash link becomes its path, before the router reads the address.
followLegacyHashes();
const language = chosenLanguage();
document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
// Only the reader's language is downloaded.
const catalogue = language === 'zh' ? await import('virtual:console-messages/zh') : await import('virtual:console-messages/en');
provideMessages(webMessages(catalogue.default, language));
provideSession(webSession());
// With the extension installed for this server, the review queue's "open the source" highlights the quote.
offerExtensionSource();
const handoff = followHandoffs(handoffCode);

// Loaded after the ports exist: modules such as lib/locale read them as they load.
const [{ WebConsole }, { loadTimeZone }] = await Promise.all([import('./WebConsole'), import('../extension/lib/locale')]);
await Promise.all([loadTimeZone(), handoff]);
render(<WebConsole language={language} />, document.getElementById('app')!);
