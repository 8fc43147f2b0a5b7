// Domain names as the district registers them, and the candidates a page's host can match.

/** Lower-cases, strips a scheme, path, port, trailing dot and a leading "www."; null when it is not a domain name. */
export function normalizeDomain(input: string): string | null {
  let host = input.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  if (host.startsWith('www.')) host = host.slice(4);
  if (host.length === 0 || host.length > 253) return null;
  const label = /^(?!-)[a-z0-9\u00a1-\uffff-]{1,63}(?<!-)$/;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => label.test(l))) return null;
  return host;
}

/** The host itself and every parent domain with at least two labels, longest first: a.b.c.cn → a.b.c.cn, b.c.cn, c.cn. */
export function domainCandidates(host: string): string[] {
  const normalized = normalizeDomain(host);
  if (!normalized) return [];
  const labels = normalized.split('.');
  const candidates: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) candidates.push(labels.slice(i).join('.'));
  return candidates;
}
