// The web console's messages adapter: the extension's own catalogue (extension/locales, bundled at build time by
// web/vite.config.ts), looked up with the substitutions and plurals WXT's i18n gives the extension.
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

/** A plural message's forms, separated by " | ": one form; singular and plural; or zero, one and many. */
function pluralForm(message: string, count: number): string {
  const forms = message.split(' | ');
  if (forms.length === 2) return forms[count === 1 ? 0 : 1]!;
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2]!;
  return forms[0]!;
}

export function webMessages(catalogue: Catalogue, language: UiLanguage): MessagesPort {
  const t = (key: string, ...args: unknown[]): string => {
    const count = args.find((a): a is number => typeof a === 'number');
    const named = args.find((a): a is Record<string, unknown> => typeof a === 'object' && a !== null && !Array.isArray(a));
    const positional = (args.find(Array.isArray) as unknown[] | undefined) ?? (count === undefined ? [] : [count]);
    let message = getMessage(catalogue, key.replaceAll('.', '_'), positional.map(String));
    if (!message) console.warn(`[i18n] Message not found: "${key}"`);
    if (count !== undefined) message = pluralForm(message, count);
    return named ? message.replace(/\{([A-Za-z0-9_]+)\}/g, (match, name: string) => (Object.hasOwn(named, name) ? String(named[name]) : match)) : message;
  };
  return { t: t as MessagesPort['t'], language };
}
