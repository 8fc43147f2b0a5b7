// The extension's adapters for the UI's ports: WXT's i18n over browser.i18n (the browser's language), and
// browser.storage with the bearer token (extension-session.ts). Every extension entry point imports this module
// first, so the ports are there before any module uses them.
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { provideMessages } from './messages';
import './extension-session';

provideMessages({ t: i18n.t, language: browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en' });
