// Which URLs the freshness job may fetch: http(s) on public hosts only. Loopback, private, link-local,
// CGNAT, unique-local and other special addresses (IPv6 forms that embed a private IPv4 address included) and
// local names are refused, unless an explicit allow-list (FRESHNESS_ALLOW_HOSTS, for tests and local
// development only) names the host; a *.localhost name only under DEV, whatever the allow-list says.
// Names are not resolved here: a public name pointing at a private address is harmless on a deployed
// Worker, which cannot reach private networks. A list of the only hosts fetched (FETCH_ONLY_HOSTS, set by
// `npm run dev`) keeps local development to its demo site: the demo enterprises' made-up domains are real
// names on the internet, someone else's or nobody's, and are refused without a lookup.

/**
 * What may be fetched besides public hosts: the allow-list's hosts and, in local development, *.localhost names;
 * `onlyHosts`, when it names any, narrows all of it to those hosts.
 */
export type FetchAccess = { allowList: readonly string[]; dev: boolean; onlyHosts?: readonly string[] };

export type UrlVerdict = { ok: true; url: URL } | { ok: false; reason: 'invalid_url' | 'not_http' | 'credentials' | 'refused_host' | 'outside_only_hosts' };

/** Host patterns from a comma-separated list: exact names or addresses, and `*.suffix` for a suffix's subdomains. */
export const parseAllowList = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);

const allowed = (host: string, patterns: readonly string[]) =>
  patterns.some((p) => (p.startsWith('*.') ? host.endsWith(p.slice(1)) : host === p));

/** Names that only mean something inside a network (RFC 6761, 6762, 8375, and the usual private suffixes). */
const localName = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa|corp)$/;
/** Names a browser or resolver sends to this machine (RFC 6761): the demo sites of `npm run dev`, and nothing else. */
const loopbackName = /(^|\.)localhost$/;

/** IPv4 ranges that are not the public internet: [first octets as a number, prefix length]. */
const privateV4: [number, number][] = [
  [0x00000000, 8], // "this network"
  [0x0a000000, 8], // private
  [0x64400000, 10], // CGNAT
  [0x7f000000, 8], // loopback
  [0xa9fe0000, 16], // link-local
  [0xac100000, 12], // private
  [0xc0000000, 24], // IETF protocol assignments
  [0xc0000200, 24], // documentation
  [0xc0a80000, 16], // private
  [0xc6120000, 15], // benchmarking
  [0xc6336400, 24], // documentation
  [0xcb007100, 24], // documentation
  [0xe0000000, 3], // multicast and reserved, broadcast
];

function v4Number(host: string): number | null {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

const inV4Range = (address: number, [base, bits]: [number, number]) => Math.floor(address / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits));
const isPrivateV4 = (address: number) => privateV4.some((range) => inV4Range(address, range));

/** The eight 16-bit groups of an IPv6 address (as the URL parser writes it, without brackets), or null. */
function v6Groups(text: string): number[] | null {
  const [head, tail, extra] = text.split('::');
  if (extra !== undefined) return null;
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = groups(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  const all = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right];
  return all.every((g) => /^[0-9a-f]{1,4}$/.test(g)) ? all.map((g) => parseInt(g, 16)) : null;
}

function isPrivateV6(groups: number[]): boolean {
  const [a = 0] = groups;
  const zeroUntil = (n: number) => groups.slice(0, n).every((g) => g === 0);
  const embeddedV4 = groups[6]! * 65_536 + groups[7]!;
  if (zeroUntil(7) && (groups[7] === 0 || groups[7] === 1)) return true; // :: and ::1
  if (a === 0x2001 && groups[1] === 0) return true; // Teredo 2001::/32: tunnels to wherever its relay reaches
  if (a === 0x2002) return isPrivateV4(groups[1]! * 65_536 + groups[2]!); // 6to4 2002:a.b.c.d::/48
  if (zeroUntil(5) && groups[5] === 0xffff) return isPrivateV4(embeddedV4); // IPv4-mapped
  if (zeroUntil(4) && groups[4] === 0xffff && groups[5] === 0) return isPrivateV4(embeddedV4); // IPv4-translated ::ffff:0:0/96
  if (a === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) return isPrivateV4(embeddedV4); // NAT64 64:ff9b::/96
  return (
    (a === 0x64 && groups[1] === 0xff9b && groups[2] === 1) || // local-use NAT64 64:ff9b:1::/48
    (a & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (a & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (a & 0xffc0) === 0xfec0 || // site-local fec0::/10 (deprecated, still routed inside some networks)
    (a & 0xff00) === 0xff00 || // multicast
    (a === 0x2001 && groups[1] === 0x0db8) || // documentation
    zeroUntil(6) // IPv4-compatible (deprecated) and other :: forms
  );
}

/** Whether the job may fetch `input`. The URL parser has already turned 2130706433 or 0x7f.1 into 127.0.0.1. */
export function checkFetchUrl(input: string, { allowList, dev, onlyHosts = [] }: FetchAccess = { allowList: [], dev: false }): UrlVerdict {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, reason: 'invalid_url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'not_http' };
  if (url.username || url.password) return { ok: false, reason: 'credentials' };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (onlyHosts.length > 0 && !allowed(host, onlyHosts)) return { ok: false, reason: 'outside_only_hosts' };
  if (loopbackName.test(host) && !dev) return { ok: false, reason: 'refused_host' };
  if (allowed(host, allowList)) return { ok: true, url };
  if (host.startsWith('[')) {
    const groups = v6Groups(host.slice(1, -1));
    return groups && !isPrivateV6(groups) ? { ok: true, url } : { ok: false, reason: 'refused_host' };
  }
  const v4 = v4Number(host);
  if (v4 !== null) return isPrivateV4(v4) ? { ok: false, reason: 'refused_host' } : { ok: true, url };
  // A name without a dot is a machine on someone's network, not a public site.
  if (!host.includes('.') || localName.test(host)) return { ok: false, reason: 'refused_host' };
  return { ok: true, url };
}
