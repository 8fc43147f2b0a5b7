import { describe, expect, it } from 'vitest';
import { httpUrlOrNull, normalizeUrl } from '../../shared/domain/url';

describe('normalizeUrl', () => {
  it.each([
    ['https://WWW.Example.cn/csr/2025.html?utm_source=wx&utm_medium=x#part2', 'https://www.example.cn/csr/2025.html'],
    ['http://example.cn:80/a?b=2&a=1&fbclid=zzz', 'http://example.cn/a?a=1&b=2'],
    ['https://example.cn/report.pdf?gclid=1&page=3', 'https://example.cn/report.pdf?page=3'],
  ])('%s', (input, expected) => expect(normalizeUrl(input)).toBe(expected));

  it('refuses what is not http(s)', () => {
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
  });
});

describe('httpUrlOrNull', () => {
  it.each([
    ['https://example.cn/x', 'https://example.cn/x'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    [' javascript:alert(1)', null],
    [null, null],
  ])('%j', (input, expected) => expect(httpUrlOrNull(input)).toBe(expected));
});
