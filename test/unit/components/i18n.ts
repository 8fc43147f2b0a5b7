// The extension's English messages for component tests (WXT's fake browser has no i18n of its own), built
// from extension/locales/en.yml by @wxt-dev/i18n's own code. Import it before any component.
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const messages = generateChromeMessages(await parseMessagesFile(join(import.meta.dirname, '../../../extension/locales/en.yml')));

fakeBrowser.i18n.getUILanguage = () => 'en';
fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}) as typeof fakeBrowser.i18n.getMessage;

// Then the extension's adapters for the UI's ports, which read the language and the messages just set.
await import('../../../extension/lib/ports/extension');
