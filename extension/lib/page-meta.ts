// What a page says about itself: canonical address, site name, language and publication date.
import type { CapturedPage } from '../../shared/schemas/clip';
import { calendarDateProblem } from '../../shared/domain/calendar-date';

const meta = (selector: string) => document.querySelector<HTMLMetaElement>(selector)?.content?.trim() || undefined;

/** Dates in the common meta conventions (Open Graph, Highwire/Google Scholar, Dublin Core, schema.org). */
function publishedOn(): string | undefined {
  const candidates = [
    meta('meta[property="article:published_time"]'),
    meta('meta[name="citation_publication_date"]'),
    meta('meta[name="citation_date"]'),
    meta('meta[name="dc.date" i]'),
    meta('meta[name="dcterms.issued" i]'),
    meta('meta[itemprop="datePublished"]'),
    meta('meta[name="PubDate"]'),
    document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
  ];
  for (const value of candidates) {
    const match = value && /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(value);
    const date = match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : undefined;
    // A page's 2025-02-30 is a slip of the page, not a date: the worker would refuse the whole clip for it.
    if (date && calendarDateProblem(date) === null) return date;
  }
  return undefined;
}

export function readPage(): CapturedPage {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return {
    url: location.href,
    title: document.title.trim() || location.hostname,
    canonicalUrl: canonical && /^https?:/.test(canonical) ? canonical : undefined,
    siteName: meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]'),
    lang: document.documentElement.lang || undefined,
    publishedOn: publishedOn(),
  };
}
