// A download in its reader's language and time zone: column headers, the words for enumerated values (never the
// stored codes such as `supports` or `accepted`) and timestamps as local date and time (never UTC ISO strings).
import type { ValidityStatus } from '../../shared/domain/evidence-validity';
import { industryNames, type Industry } from '../../shared/industries';
import type { Localized } from '../../shared/schemas/common';
import type { EvidenceKind, ReviewStatus, Stance } from '../../shared/schemas/evidence';
import type { ExportColumn } from './export-table';

export type ExportLanguage = 'zh' | 'en';
export type ExportLocale = { lang: ExportLanguage; timeZone: string };

/** The district's: Chinese, Shanghai time. */
export const DISTRICT_LOCALE: ExportLocale = { lang: 'zh', timeZone: 'Asia/Shanghai' };

const words = <T extends string>(labels: Record<T, Localized>) => labels;

/** The words for each stored value a download shows. */
export const exportWords = {
  kind: words<EvidenceKind>({
    clip: { zh: '摘录', en: 'Clip' },
    link: { zh: '链接', en: 'Link' },
    report: { zh: '报告', en: 'Report' },
    record: { zh: '公共记录', en: 'Public record' },
    statement: { zh: '自述', en: 'Statement' },
  }),
  stance: words<Stance>({
    supports: { zh: '支持', en: 'Supports' },
    contradicts: { zh: '反驳', en: 'Contradicts' },
    context: { zh: '背景', en: 'Context' },
  }),
  reviewStatus: words<ReviewStatus>({
    pending: { zh: '待审核', en: 'Pending' },
    accepted: { zh: '已采纳', en: 'Accepted' },
    rejected: { zh: '未采纳', en: 'Rejected' },
  }),
  validity: words<ValidityStatus>({
    valid: { zh: '有效', en: 'Valid' },
    expiring: { zh: '即将到期', en: 'Expiring' },
    expired: { zh: '已过期', en: 'Expired' },
  }),
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  withheld: { zh: '(不公开)', en: '(withheld)' },
};

/** The reader's text of a zh/en pair. */
export const say = (locale: ExportLocale, text: Localized) => text[locale.lang];

/** A column header in the reader's language. */
export const column = (locale: ExportLocale) => (zh: string, en: string, width?: number): ExportColumn => ({ header: locale.lang === 'zh' ? zh : en, width });

/** A header for a column of local times, naming the zone they are in. */
export const timeColumn = (locale: ExportLocale) => (zh: string, en: string, width = 20): ExportColumn =>
  column(locale)(`${zh}(${locale.timeZone})`, `${en} (${locale.timeZone})`, width);

export const industryWord = (locale: ExportLocale, code: string) => (industryNames[code as Industry] ? say(locale, industryNames[code as Industry]) : code);

/** An instant as `YYYY-MM-DD HH:mm:ss` in the reader's time zone, which spreadsheets read as a date and time. */
export function localTime(locale: ExportLocale, iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: locale.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The asked language (else the first of Accept-Language, Chinese unless it is English) and zone (else the district's). */
export function exportLocaleOf(lang: 'zh-CN' | 'en' | undefined, timeZone: string | undefined, acceptLanguage: string | undefined): ExportLocale {
  const english = lang === 'en' || (lang === undefined && /^en\b/i.test(acceptLanguage?.trim() ?? ''));
  return { lang: english ? 'en' : 'zh', timeZone: timeZone ?? DISTRICT_LOCALE.timeZone };
}

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
