// The web console's messages adapter: the extension's own catalogue (extension/locales, bundled at build time by
// web/vite.config.ts), looked up with the positional substitutions WXT's i18n gives the extension.
import type { MessagesPort, UiLanguage } from '../../extension/lib/ports/messages';

/** One locale's messages as the extension's _locales files hold them. */
export type Catalogue = Record<string, { message: string }>;

const LANGUAGE_KEY = 'csr-console:language';

/** The reader's choice, else the browser's language: Chinese for any Chinese, English otherwise. */
export function chosenLanguage(): UiLanguage {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  if (stored === 'zh' || stored === 'en') return stored;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Keeps the reader's choice; the page reloads in it (every text is read once, as in the extension). */
export function chooseLanguage(language: UiLanguage): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  location.reload();
}

/** Chrome's getMessage: `$1`…`$9` replaced by the substitutions, `$$` a dollar sign. */
function getMessage(catalogue: Catalogue, name: string, substitutions: string[]): string {
  const message = catalogue[name]?.message ?? '';
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}

/**
 * WXT's `t` as the catalogue uses it: positional substitutions (a count alone stands for `$1`). The catalogue has no
 * plural (" | ") or named ({name}) messages; test/unit/components/web-messages.test.ts compares every message with
 * WXT's own `t`, counts and names included, so one added later fails there until this learns it.
 */
export function webMessages(catalogue: Catalogue, language: UiLanguage): MessagesPort {
  const t = (key: string, ...args: unknown[]): string => {
    const substitutions = (args.find(Array.isArray) as unknown[] | undefined) ?? args.filter((a) => typeof a === 'number').slice(0, 1);
    const message = getMessage(catalogue, key.replaceAll('.', '_'), substitutions.map(String));
    if (!message) console.warn(`[i18n] Message not found: "${key}"`);
    return message;
  };
  return { t: t as MessagesPort['t'], language };
}
