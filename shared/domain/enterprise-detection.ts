// Ranking the enterprises a page and a quote name: what the quote says first, then the site's own domain,
// then what the rest of the page says; a credit code before a name, the longest name before a shorter one.
import type { DetectedEnterprise } from '../schemas/enterprise-detection';
import type { EnrolledEnterprise } from '../schemas/enterprise';
import { domainCandidates } from './hostname';
import type { Mentions } from './enterprise-mentions';

type Found = Pick<DetectedEnterprise, 'basis' | 'foundIn'> & { rank: number; weight: number };

/** The strongest reason each enterprise was found for, or null when none holds. */
function bestReason(enterprise: EnrolledEnterprise, request: { host?: string; quote: Mentions; page: Mentions }): Found | null {
  const names = (m: Mentions) => m.names.includes(enterprise.name);
  if (request.quote.creditCodes.includes(enterprise.creditCode)) return { basis: 'creditCode', foundIn: 'quote', rank: 0, weight: 0 };
  if (names(request.quote)) return { basis: 'name', foundIn: 'quote', rank: 1, weight: enterprise.name.length };
  const candidates = request.host ? domainCandidates(request.host) : [];
  const domain = Math.max(0, ...enterprise.domains.filter((d) => candidates.includes(d)).map((d) => d.length));
  if (domain > 0) return { basis: 'domain', foundIn: 'site', rank: 2, weight: domain };
  if (request.page.creditCodes.includes(enterprise.creditCode)) return { basis: 'creditCode', foundIn: 'page', rank: 3, weight: 0 };
  if (names(request.page)) return { basis: 'name', foundIn: 'page', rank: 4, weight: enterprise.name.length };
  return null;
}

/** The enterprises found, best first, each with why; the most specific domain wins (shop.a.cn beats a.cn). */
export function rankDetections(found: readonly EnrolledEnterprise[], request: { host?: string; quote: Mentions; page: Mentions }): DetectedEnterprise[] {
  return found
    .flatMap((enterprise) => {
      const reason = bestReason(enterprise, request);
      return reason ? [{ enterprise, reason }] : [];
    })
    .sort((a, b) => a.reason.rank - b.reason.rank || b.reason.weight - a.reason.weight || a.enterprise.name.localeCompare(b.enterprise.name))
    .map(({ enterprise, reason }) => ({ ...enterprise, basis: reason.basis, foundIn: reason.foundIn }));
}
