// The UI language follows the browser: Chinese first, English for every other language.
import { browser } from 'wxt/browser';
import type { Localized } from '../../shared/schemas/common';

export const uiLanguage: 'zh' | 'en' = browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';

/** The text of a zh/en pair in the UI language. */
export const localized = (text: Localized) => text[uiLanguage];

/** Made once: a formatter per call cost ~0.1 ms, and the side panel formats a date on each of hundreds of cards. */
const dateTime = new Intl.DateTimeFormat(uiLanguage === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));

/** A time of day with seconds (hh:mm:ss), e.g. when the side panel last synced. */
export const formatTime = (date: Date) => date.toLocaleTimeString(uiLanguage === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false });

/** A score as experts write it: up to two decimals, no trailing zeros. */
export const formatScore = (value: number) => String(Math.round(value * 100) / 100);
