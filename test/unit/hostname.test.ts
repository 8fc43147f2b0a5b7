import { describe, expect, it } from 'vitest';
import { domainCandidates, normalizeDomain } from '../../shared/domain/hostname';

describe('normalizeDomain', () => {
  it.each([
    ['www.Huaxin-Auto.com.cn', 'huaxin-auto.com.cn'],
    ['https://www.huaxin-auto.com.cn:8443/csr?x=1#top', 'huaxin-auto.com.cn'],
    ['csr.huaxin-auto.cn.', 'csr.huaxin-auto.cn'],
    ['华鑫.中国', '华鑫.中国'],
  ])('%s → %s', (input, expected) => expect(normalizeDomain(input)).toBe(expected));

  it.each(['', 'localhost', 'bad_domain.cn', '-lead.cn', 'a..b', 'x'.repeat(64) + '.cn'])('rejects %j', (input) => {
    expect(normalizeDomain(input)).toBeNull();
  });
});

describe('domainCandidates', () => {
  it('lists the host and its parents, most specific first', () => {
    expect(domainCandidates('report.csr.huaxin-auto.com.cn')).toEqual([
      'report.csr.huaxin-auto.com.cn',
      'csr.huaxin-auto.com.cn',
      'huaxin-auto.com.cn',
      'com.cn',
    ]);
  });
  it('is empty for something that is not a domain', () => expect(domainCandidates('not a host')).toEqual([]));
});
