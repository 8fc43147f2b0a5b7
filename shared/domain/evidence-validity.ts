// How long evidence counts: the framework's validity window of its indicator (figures and records at most so
// many months old, policies longer, certificates until the expiry date on them), dated from when the source
// was published, else from when it was captured. The SQL roll-up (worker/queries/evidence-validity.ts) dates
// it the same way, with SQLite's date arithmetic, which this mirrors.
import type { EvidenceValidity } from '../schemas/framework';

export type ValidityStatus = 'valid' | 'expiring' | 'expired';

/** Evidence whose window ends within this many days is listed as expiring soon. */
export const EXPIRING_WITHIN_DAYS = 60;

export type DatedEvidence = { publishedOn: string | null; capturedAt: string; expiresOn: string | null };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

/**
 * YYYY-MM-DD plus whole months, normalised like SQLite's date(x, '+N months'): the day is kept and an
 * overflow carries into the next month (2001-03-31 + 1 month = 2001-05-01), as Date.UTC does.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  return iso(new Date(Date.UTC(y, m - 1 + months, d)));
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return iso(new Date(Date.UTC(y, m - 1, d + days)));
}

/** The last day the evidence counts, or null when nothing limits it (a certificate without an expiry date). */
export function validUntil(item: DatedEvidence, validity: EvidenceValidity | null): string | null {
  const aged = validity && validity.basis !== 'certificate' && validity.maxAgeMonths !== undefined ? addMonths(item.publishedOn ?? item.capturedAt.slice(0, 10), validity.maxAgeMonths) : null;
  // An expiry date given on the evidence always holds; an age limit may end it sooner.
  if (aged === null) return item.expiresOn;
  return item.expiresOn !== null && item.expiresOn < aged ? item.expiresOn : aged;
}

/** Whether evidence still counts on `today`, and whether it is about to stop. */
export function validityOn(item: DatedEvidence, validity: EvidenceValidity | null, today: string): { status: ValidityStatus; validUntil: string | null } {
  const until = validUntil(item, validity);
  if (until === null) return { status: 'valid', validUntil: null };
  if (until < today) return { status: 'expired', validUntil: until };
  return { status: until <= addDays(today, EXPIRING_WITHIN_DAYS) ? 'expiring' : 'valid', validUntil: until };
}
