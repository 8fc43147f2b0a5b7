// Whether a YYYY-MM-DD text names a day that exists, in the years an evaluation can mean.

const daysIn = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/**
 * Why `text` is not a usable date, or null: `format` when it is not YYYY-MM-DD of a real day (2026-02-31,
 * 0000-00-00, 29 February outside leap years), `range` when the year is before 1900 or after 2999 (a typing
 * slip, not a due date or a publication).
 */
export function calendarDateProblem(text: string): 'format' | 'range' | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return 'format';
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return 'format';
  return year < 1900 || year > 2999 ? 'range' : null;
}
