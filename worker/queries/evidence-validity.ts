// Evidence validity windows in SQL, as shared/domain/evidence-validity.ts computes them: the last day a piece
// of evidence counts, from its indicator's validity (basis, maximum age in months) and its own dates.
import { sql, type SQL } from 'drizzle-orm';

/**
 * validUntil over evidence alias `ev` and its indicator alias `i`: the expiry date given on it, or its age limit
 * from the publication date (else the capture day), whichever ends first; certificates only by their expiry
 * date. date(x, '+N months') normalises an overflowing day as the reference's addMonths does. NULL: unlimited.
 */
export const validUntilSql = (ev: string, i: string): SQL =>
  sql.raw(`(CASE WHEN json_extract(${i}.validity, '$.basis') = 'certificate' OR json_extract(${i}.validity, '$.maxAgeMonths') IS NULL
    THEN ${ev}.expires_on
    ELSE MIN(COALESCE(${ev}.expires_on, '9999-12-31'),
             date(COALESCE(${ev}.published_on, substr(${ev}.captured_at, 1, 10)), '+' || json_extract(${i}.validity, '$.maxAgeMonths') || ' months'))
  END)`);

/** Whether the evidence is still inside its window on `today` (unlimited counts as inside). */
export const withinValidity = (ev: string, i: string, today: string): SQL => sql`COALESCE(${validUntilSql(ev, i)}, '9999-12-31') >= ${today}`;
