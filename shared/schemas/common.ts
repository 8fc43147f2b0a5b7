// Building blocks shared by every request, response and stored shape.
import { z } from 'zod';
import { SEARCH_TEXT_MAX } from './values';
import { because } from '../issues';
import { calendarDateProblem } from '../domain/calendar-date';

/** A positive integer id, as found in paths and query strings (coerced from text). */
export const IdParam = z.coerce.number().int().positive().max(2 ** 53 - 1);
export const Id = z.number().int().positive();

/** Text as typed or pasted from a spreadsheet: NFKC (full-width letters, digits and brackets become half-width), trimmed, inner runs of spaces as one. */
export const normalizeText = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ');

/** A text field read through normalizeText, then held to its length. */
export const CleanText = (min: number, max: number) => z.string().transform(normalizeText).pipe(z.string().min(min).max(max));

/** Text in the two languages the product speaks: Chinese first, English second. */
export const Localized = z.object({
  zh: z.string().trim().min(1).max(4000),
  en: z.string().trim().min(1).max(4000),
});
export type Localized = z.infer<typeof Localized>;

/** An absolute http(s) URL; anything else (javascript:, data:, file:) is refused. */
export const HttpUrl = z
  .string()
  .trim()
  .max(4096)
  .url()
  .refine((value) => /^https?:\/\//i.test(value), because('url_not_http', 'Only http and https URLs are accepted'));

/** ISO-8601 timestamp with an offset, as produced by Date#toISOString. */
export const Timestamp = z.string().datetime({ offset: true });

/** A real calendar date YYYY-MM-DD (shared/domain/calendar-date.ts): no 2026-02-31, no 0000-00-00. */
export const CalendarDate = z
  .string()
  .refine((date) => calendarDateProblem(date) !== 'format', { ...because('date_not_real', 'Expected a real calendar date as YYYY-MM-DD'), abort: true })
  .refine((date) => calendarDateProblem(date) !== 'range', because('date_out_of_range', 'Expected a date between 1900 and 2999', { minimum: '1900-01-01', maximum: '2999-12-31' }));

/** What someone types into a search box (`?q=`): a full registered name, a credit code or a fragment. */
export const SearchText = z.string().trim().max(SEARCH_TEXT_MAX);

/** How many items a list's filters match in all, whatever page is shown: the reader's total and page count. */
export const ListTotal = z.number().int().min(0);

/**
 * Lists that can grow without bound (the audit trail) count up to here and no further: a total above it reads
 * "10,000+", so counting never scans millions of rows for a figure nobody pages through.
 */
export const COUNT_CAP = 10_000;

export const PageQuery = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** Every error the API answers with has this body. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
