// The extension's adapter for the messages port: WXT's i18n over browser.i18n, in the browser's language. The
// content script takes only this one: it runs in every page, and the session adapter would bring zod with it.
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { provideMessages } from './messages';

provideMessages({ t: i18n.t, language: browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en' });
