// URLs as evidence keys: the same page reached by different links should compare equal.

const trackingParameter = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_[a-z]+|spm|from|share_token)$/i;

/** Drops the fragment, tracking parameters and default ports, lower-cases scheme and host, sorts the query. */
export function normalizeUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const kept = [...url.searchParams.entries()].filter(([name]) => !trackingParameter.test(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.toString();
}

/** The URL if it is http(s), else null: the only links the UI ever makes clickable. */
export function httpUrlOrNull(input: string | null | undefined): string | null {
  if (!input) return null;
  try {
    const url = new URL(input);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The host name of an address, or '' when it is none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
