// The messages port: how the console and the rest of the UI word things in the user's language, apart from where
// the catalogue lives (the extension's browser.i18n, or the web console's bundled catalogue). Each entry point
// provides an adapter before anything renders (extension/lib/ports/extension.ts, web/adapters/).
import type { i18n as Typed } from '#i18n';

/** The language the UI speaks: Chinese first, English second. */
export type UiLanguage = 'zh' | 'en';

export type MessagesPort = {
  /** The catalogue's typed lookup, with WXT's substitutions and plurals. */
  t: (typeof Typed)['t'];
  language: UiLanguage;
};

let provided: MessagesPort | null = null;

export function provideMessages(port: MessagesPort): void {
  provided = port;
}

export function messages(): MessagesPort {
  if (!provided) throw new Error('No messages adapter: the entry point must import its ports before any component');
  return provided;
}

/** What components call: `i18n.t('key', …)`, looked up in whichever catalogue this build provided. */
export const i18n: Pick<MessagesPort, 't'> = { t: ((...args: Parameters<MessagesPort['t']>) => messages().t(...args)) as MessagesPort['t'] };
