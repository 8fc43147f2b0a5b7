// Which indicators apply to an enterprise, and which evidence counts towards completeness.
import type { EvidenceValidity } from '../../schemas/framework';
import { validUntil, type DatedEvidence } from '../evidence-validity';

export type ApplicableIndicator = { kind: 'mandatory' | 'voluntary' | 'special'; industries: readonly string[] };

/** Mandatory and voluntary indicators apply to everyone; a special one only to the industries it names. */
export const isApplicable = (indicator: ApplicableIndicator, industry: string) =>
  indicator.kind !== 'special' || indicator.industries.includes(industry);

export type CountableEvidence = DatedEvidence & { status: 'pending' | 'accepted' | 'rejected'; deletedAt: string | null };

/**
 * Evidence counts once a reviewer accepted it, while it is not deleted and still inside its indicator's
 * validity window on `today` (YYYY-MM-DD): expired evidence is flagged and does not count.
 */
export function countsAsEvidence(item: CountableEvidence, validity: EvidenceValidity | null, today: string) {
  if (item.status !== 'accepted' || item.deletedAt !== null) return false;
  const until = validUntil(item, validity);
  return until === null || until >= today;
}
