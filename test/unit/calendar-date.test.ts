import { describe, expect, it } from 'vitest';
import { CalendarDate } from '../../shared/schemas/common';

describe('CalendarDate', () => {
  it.each(['2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31', '1900-01-01', '2999-12-31'])('accepts %s', (date) => expect(CalendarDate.safeParse(date).success).toBe(true));

  it.each([
    ['2026-02-31', 'Expected a real calendar date as YYYY-MM-DD'],
    ['2026-02-29', 'Expected a real calendar date as YYYY-MM-DD'],
    ['1900-02-29', 'Expected a real calendar date as YYYY-MM-DD'],
    ['2026-04-31', 'Expected a real calendar date as YYYY-MM-DD'],
    ['2026-13-01', 'Expected a real calendar date as YYYY-MM-DD'],
    ['0000-00-00', 'Expected a real calendar date as YYYY-MM-DD'],
    ['2026-1-5', 'Expected a real calendar date as YYYY-MM-DD'],
    ['2026-01-05T00:00:00Z', 'Expected a real calendar date as YYYY-MM-DD'],
    ['0000-01-01', 'Expected a date between 1900 and 2999'],
    ['9999-12-31', 'Expected a date between 1900 and 2999'],
  ])('refuses %s: %s', (date, message) => {
    const result = CalendarDate.safeParse(date);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toEqual([message]);
  });
});
