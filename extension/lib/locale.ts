// The UI language follows the browser: Chinese first, English for every other language.
import { browser } from 'wxt/browser';
import type { Localized } from '../../shared/schemas/common';

export const uiLanguage: 'zh' | 'en' = browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';

/** The text of a zh/en pair in the UI language. */
export const localized = (text: Localized) => text[uiLanguage];

export const formatDateTime = (iso: string) =>
  new Date(iso).toLocaleString(uiLanguage === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A time of day with seconds (hh:mm:ss), e.g. when the side panel last synced. */
export const formatTime = (date: Date) => date.toLocaleTimeString(uiLanguage === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false });

/** A score as experts write it: up to two decimals, no trailing zeros. */
export const formatScore = (value: number) => String(Math.round(value * 100) / 100);

/** A size in bytes as people read it (KB, MB), one decimal. */
export const formatBytes = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
