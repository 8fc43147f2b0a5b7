// Which indicators apply to an enterprise, and which evidence counts towards completeness.

export type ApplicableIndicator = { kind: 'mandatory' | 'voluntary' | 'special'; industries: readonly string[] };

/** Mandatory and voluntary indicators apply to everyone; a special one only to the industries it names. */
export const isApplicable = (indicator: ApplicableIndicator, industry: string) =>
  indicator.kind !== 'special' || indicator.industries.includes(industry);

export type CountableEvidence = { status: 'pending' | 'accepted' | 'rejected'; deletedAt: string | null; expiresOn: string | null };

/** Evidence counts once a reviewer accepted it, while it is not deleted and not expired on `today` (YYYY-MM-DD). */
export const countsAsEvidence = (item: CountableEvidence, today: string) =>
  item.status === 'accepted' && item.deletedAt === null && (item.expiresOn === null || item.expiresOn >= today);
