// The UI language, as the messages port's adapter chose it (the extension follows the browser; the web console the
// reader's choice): Chinese first, English second. Times are shown in the district's time zone (Asia/Shanghai)
// unless the user chose another.
import type { Localized } from '../../shared/schemas/common';
import { messages } from './ports/messages';
import { sessionPort } from './ports/session';

export const uiLanguage = messages().language;
const locale = uiLanguage === 'zh' ? 'zh-CN' : 'en-GB';

/** Where the district is: every time is shown there unless the user chose otherwise. */
export const DISTRICT_TIME_ZONE = 'Asia/Shanghai';

let timeZone = DISTRICT_TIME_ZONE;
/** The zone times are shown in now. */
export const shownTimeZone = () => timeZone;

/** Reads the user's choice of time zone; each page awaits it before it first renders, and follows later changes. */
export async function loadTimeZone() {
  const apply = (chosen: string | null) => (timeZone = chosen ?? DISTRICT_TIME_ZONE);
  const { displayTimeZone } = sessionPort();
  apply(await displayTimeZone.getValue());
  displayTimeZone.watch(apply);
}

/** The text of a zh/en pair in the UI language. */
export const localized = (text: Localized) => text[uiLanguage];

/** Made once per zone: a formatter per call cost ~0.1 ms, and the side panel formats a date on each of hundreds of cards.
 * The zone it was made for is kept beside it: asking the formatter (resolvedOptions) builds an object on every call. */
let dateTime: { zone: string; format: Intl.DateTimeFormat } | undefined;
export const formatDateTime = (iso: string) => {
  if (dateTime?.zone !== timeZone) dateTime = { zone: timeZone, format: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }) };
  return dateTime.format.format(new Date(iso));
};

/** A time of day with seconds (hh:mm:ss), e.g. when the side panel last synced. */
export const formatTime = (date: Date) => date.toLocaleTimeString(locale, { hour12: false, timeZone });

/** The instant a calendar day (YYYY-MM-DD, plus `plusDays`) starts in the shown time zone, as ISO-8601. */
export function dayStart(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d + plusDays);
  // The zone's offset at that moment: how far its wall clock is from UTC (twice, for a day that starts inside a change).
  const offsetAt = (instant: number) => {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(instant).map((p) => [p.type, Number(p.value)]));
    return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - instant;
  };
  const guess = utcMidnight - offsetAt(utcMidnight);
  return new Date(utcMidnight - offsetAt(guess)).toISOString();
}

/** A score as experts write it: up to two decimals, no trailing zeros. */
/** A count with the reader's digit grouping: 10,000 rows read as such, not 10000. */
const counts = new Intl.NumberFormat(locale);
export const formatCount = (n: number) => counts.format(n);

export const formatScore = (value: number) => String(Math.round(value * 100) / 100);

/** A size in bytes as people read it (KB, MB), one decimal. */
export const formatBytes = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
