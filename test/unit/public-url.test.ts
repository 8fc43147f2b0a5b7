// Which URLs the freshness job may fetch: http(s) on public hosts, nothing local unless allow-listed.
import { describe, expect, it } from 'vitest';
import { checkFetchUrl, parseAllowList } from '../../worker/domain/public-url';

const verdict = (url: string, allow: string[] = [], dev = false) => {
  const checked = checkFetchUrl(url, { allowList: allow, dev });
  return checked.ok ? 'ok' : checked.reason;
};

describe('checkFetchUrl', () => {
  it.each([
    ['https://www.huaxin-auto.com.cn/csr/2025.html', 'ok'],
    ['http://example.cn:8080/a', 'ok'],
    ['http://8.8.8.8/', 'ok'],
    ['http://[2606:4700::1111]/', 'ok'],
    ['ftp://example.cn/a', 'not_http'],
    ['file:///etc/passwd', 'not_http'],
    ['javascript:alert(1)', 'not_http'],
    ['not a url', 'invalid_url'],
    ['https://user:secret@example.cn/', 'credentials'],
    ['http://localhost:8787/', 'refused_host'],
    ['http://api.localhost/', 'refused_host'],
    ['http://printer.local/', 'refused_host'],
    ['http://db.internal/', 'refused_host'],
    ['http://nas.home.arpa/', 'refused_host'],
    ['http://intranet/', 'refused_host'],
    ['http://127.0.0.1/', 'refused_host'],
    ['http://127.8.9.10/', 'refused_host'],
    ['http://2130706433/', 'refused_host'],
    ['http://0x7f.1/', 'refused_host'],
    ['http://0.0.0.0/', 'refused_host'],
    ['http://10.1.2.3/', 'refused_host'],
    ['http://172.16.0.1/', 'refused_host'],
    ['http://172.31.255.255/', 'refused_host'],
    ['http://172.32.0.1/', 'ok'],
    ['http://192.168.1.1/', 'refused_host'],
    ['http://169.254.169.254/latest/meta-data', 'refused_host'],
    ['http://100.64.0.1/', 'refused_host'],
    ['http://100.128.0.1/', 'ok'],
    ['http://224.0.0.1/', 'refused_host'],
    ['http://255.255.255.255/', 'refused_host'],
    ['http://[::1]/', 'refused_host'],
    ['http://[::]/', 'refused_host'],
    ['http://[fd00::1]/', 'refused_host'],
    ['http://[fc12:3456::1]/', 'refused_host'],
    ['http://[fe80::1]/', 'refused_host'],
    ['http://[ff02::1]/', 'refused_host'],
    ['http://[::ffff:127.0.0.1]/', 'refused_host'],
    ['http://[::ffff:10.0.0.1]/', 'refused_host'],
    ['http://[::ffff:8.8.8.8]/', 'ok'],
    ['http://[64:ff9b::c0a8:101]/', 'refused_host'],
    ['http://[64:ff9b:1::a00:1]/', 'refused_host'],
    ['http://[::ffff:0:127.0.0.1]/', 'refused_host'],
    ['http://[::ffff:0:8.8.8.8]/', 'ok'],
    ['http://[fec0::1]/', 'refused_host'],
    ['http://[2001:db8::1]/', 'refused_host'],
    // 6to4 embeds an IPv4 address in 2002:a.b.c.d::/48: refused when that address is private.
    ['http://[2002:c0a8:101::1]/', 'refused_host'],
    ['http://[2002:7f00:1::]/', 'refused_host'],
    ['http://[2002:a9fe:a9fe::1]/', 'refused_host'],
    ['http://[2002:808:808::1]/', 'ok'],
    // NAT64's well-known prefix 64:ff9b::/96 embeds one in its last 32 bits.
    ['http://[64:ff9b::7f00:1]/', 'refused_host'],
    ['http://[64:ff9b::a9fe:a9fe]/', 'refused_host'],
    ['http://[64:ff9b::808:808]/', 'ok'],
    // Teredo 2001::/32 tunnels through a relay to an address hidden in the rest: never fetched.
    ['http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', 'refused_host'],
    ['http://[2001::1]/', 'refused_host'],
    ['http://[2001:4860::8888]/', 'ok'],
  ])('%s → %s', (url, expected) => {
    expect(verdict(url)).toBe(expected);
  });

  it.each([
    ['http://127.0.0.1:4000/a', ['127.0.0.1'], false, 'ok'],
    ['http://huaxin-auto.localhost:8790/', ['*.localhost'], true, 'ok'],
    ['http://localhost/', ['*.localhost'], true, 'refused_host'],
    ['http://127.0.0.2/', ['127.0.0.1'], false, 'refused_host'],
    // Outside local development a *.localhost name is refused, even allow-listed.
    ['http://huaxin-auto.localhost:8790/', ['*.localhost'], false, 'refused_host'],
    ['http://huaxin-auto.localhost./', ['huaxin-auto.localhost'], false, 'refused_host'],
    ['http://HUAXIN-AUTO.LOCALHOST/', ['*.localhost'], false, 'refused_host'],
    ['http://huaxin-auto.localhost:8790/', [], true, 'refused_host'],
  ])('%s with the allow-list %j, dev %s → %s', (url, allow, dev, expected) => {
    expect(verdict(url, allow, dev)).toBe(expected);
  });
});

describe('checkFetchUrl with only some hosts (local development)', () => {
  const access = { allowList: ['127.0.0.1'], dev: true, onlyHosts: ['127.0.0.1'] };
  it.each([
    ['http://127.0.0.1:8790/huaxin-auto/csr-2025.html', 'ok'],
    // The demo's made-up domains are real names on the internet: refused before any lookup.
    ['https://huaxin-auto.com.cn/csr/2025.html', 'outside_only_hosts'],
    ['http://huaxin-auto.localhost:8790/', 'outside_only_hosts'],
    ['http://8.8.8.8/', 'outside_only_hosts'],
    ['ftp://127.0.0.1/', 'not_http'],
  ])('%s → %s', (url, expected) => {
    const checked = checkFetchUrl(url, access);
    expect(checked.ok ? 'ok' : checked.reason).toBe(expected);
  });

  it('narrows, never widens: a listed private address still needs the allow-list', () => {
    expect(checkFetchUrl('http://10.0.0.5/', { allowList: [], dev: true, onlyHosts: ['10.0.0.5'] })).toEqual({ ok: false, reason: 'refused_host' });
  });
});

describe('parseAllowList', () => {
  it('splits, trims and lower-cases, dropping empty entries', () => {
    expect(parseAllowList(' 127.0.0.1, *.LOCALHOST ,,')).toEqual(['127.0.0.1', '*.localhost']);
    expect(parseAllowList(undefined)).toEqual([]);
  });
});
