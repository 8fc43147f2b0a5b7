// The UI language follows the browser: Chinese first, English for every other language.
import { browser } from 'wxt/browser';
import type { Localized } from '../../shared/schemas/common';

export const uiLanguage: 'zh' | 'en' = browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';

/** The text of a zh/en pair in the UI language. */
export const localized = (text: Localized) => text[uiLanguage];

export const formatDateTime = (iso: string) =>
  new Date(iso).toLocaleString(uiLanguage === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
