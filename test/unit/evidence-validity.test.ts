// Evidence validity windows: month arithmetic as SQLite does it, and the status shown on each piece of evidence.
import { describe, expect, it } from 'vitest';
import { addMonths, validityOn, validUntil } from '../../shared/domain/evidence-validity';

describe('addMonths (as SQLite date(x, "+N months"))', () => {
  it.each([
    ['2024-11-18', 24, '2026-11-18'],
    ['2026-01-31', 1, '2026-03-03'], // 2026-02-31 carries into March, as SQLite normalises it
    ['2001-03-31', 1, '2001-05-01'], // the example of SQLite's documentation
    ['2024-02-29', 12, '2025-03-01'],
    ['2020-06-15', 96, '2028-06-15'],
  ])('%s + %i months = %s', (date, months, expected) => expect(addMonths(date, months)).toBe(expected));
});

describe('validUntil and validityOn', () => {
  const figures = { basis: 'figures', maxAgeMonths: 24 } as const;
  const policy = { basis: 'policy', maxAgeMonths: 96 } as const;
  const certificate = { basis: 'certificate' } as const;
  const captured = { capturedAt: '2026-11-18T10:00:00.000Z', publishedOn: null, expiresOn: null };
  it.each([
    ['figures, dated by publication', { ...captured, publishedOn: '2025-03-01' }, figures, '2027-03-01'],
    ['figures without a publication date: from the capture day', captured, figures, '2028-11-18'],
    ['a policy lasts eight years', { ...captured, publishedOn: '2019-05-20' }, policy, '2027-05-20'],
    ['an expiry date given on the evidence ends it sooner', { ...captured, publishedOn: '2025-03-01', expiresOn: '2026-06-30' }, figures, '2026-06-30'],
    ['an age limit ends it before a later expiry date', { ...captured, publishedOn: '2020-01-01', expiresOn: '2030-01-01' }, figures, '2022-01-01'],
    ['a certificate: its expiry date, however old', { ...captured, publishedOn: '2010-01-01', expiresOn: '2027-12-31' }, certificate, '2027-12-31'],
    ['a certificate without an expiry date: unlimited', captured, certificate, null],
    ['no rule (not a scored indicator): only its own expiry date', { ...captured, expiresOn: '2027-01-01' }, null, '2027-01-01'],
  ] as const)('%s', (_name, item, validity, expected) => expect(validUntil(item, validity)).toBe(expected));

  it.each([
    ['2027-03-01', 'valid'], // 90 days after 2026-12-01
    ['2027-01-30', 'expiring'], // 60 days: still within the warning
    ['2027-01-31', 'valid'],
    ['2026-12-01', 'expiring'], // its last day
    ['2026-11-30', 'expired'],
  ] as const)('valid until %s is %s on 2026-12-01', (expiresOn, status) =>
    expect(validityOn({ ...captured, expiresOn }, certificate, '2026-12-01')).toEqual({ status, validUntil: expiresOn }),
  );

  it('calls unlimited evidence valid without a date', () => expect(validityOn(captured, certificate, '2026-12-01')).toEqual({ status: 'valid', validUntil: null }));
});
