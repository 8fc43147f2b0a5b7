// The extension's adapter for the messages port: WXT's i18n over browser.i18n, in the browser's language. The
// content script takes only this one: it runs in every page, and the session adapter would bring zod with it.
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { provideMessages } from './messages';

// Each browser.i18n lookup goes through the extension API's argument checks; the side panel's 300 cards
// ask for the same few words (a stance, a status, a button) thousands of times. A message without substitutions
// never changes while the page lives (the browser's language is fixed for it), so it is looked up once.
const lookUp = i18n.t as (key: string, ...args: unknown[]) => string;
const plain = new Map<string, string>();
const t = ((key: string, ...args: unknown[]) => {
  if (args.length > 0) return lookUp(key, ...args);
  let message = plain.get(key);
  if (message === undefined) plain.set(key, (message = lookUp(key)));
  return message;
}) as typeof i18n.t;

provideMessages({ t, language: browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en' });
