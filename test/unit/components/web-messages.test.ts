// The web console's messages adapter against WXT's own i18n over the same catalogue: every message of both languages,
// with positional substitutions, counts (plurals) and named substitutions, words the same in the web as in the extension.
import './i18n';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { i18n } from '#i18n';
import { webMessages, type Catalogue } from '../../../web/adapters/messages';

const catalogueOf = async (file: string) => generateChromeMessages(await parseMessagesFile(join(import.meta.dirname, `../../../extension/locales/${file}.yml`)));
const catalogues = { zh: await catalogueOf('zh_CN'), en: await catalogueOf('en') };

/** The fake browser answers from this catalogue as Chrome's getMessage does (test/unit/components/i18n.ts for English). */
function speak(catalogue: Catalogue) {
  fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => {
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return (catalogue[name]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
}

const extensionT = i18n.t as (key: string, ...args: unknown[]) => string;
const argumentLists: unknown[][] = [[], [['甲', 'B', '3']], [0], [1], [7], [{ count: 2, name: 'N' }], [3, { count: 3 }]];

describe.each(['zh', 'en'] as const)('the web catalogue in %s', (language) => {
  it('words every message as the extension does, with substitutions, counts and names', () => {
    const catalogue = catalogues[language];
    speak(catalogue);
    const webT = webMessages(catalogue, language).t as (key: string, ...args: unknown[]) => string;
    const keys = Object.keys(catalogue).map((name) => name.replaceAll('_', '.'));
    expect(keys.length).toBeGreaterThan(900);
    let compared = 0;
    for (const key of keys) {
      for (const args of argumentLists) {
        expect(webT(key, ...args), `${key} ${JSON.stringify(args)}`).toBe(extensionT(key, ...args));
        compared += 1;
      }
    }
    expect(compared).toBe(keys.length * argumentLists.length);
  });
});
