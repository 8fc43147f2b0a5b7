// The round's directory of enterprises by domain, as the extension keeps it: the answer detection by domain gives.
import { describe, expect, it } from 'vitest';
import { directoryEnterprise, directoryOf, needsRefresh } from '../../extension/lib/site-directory';

const answer = {
  items: [
    { id: 1, name: '上海华鑫汽车零部件有限公司', domains: ['huaxin-auto.cn', 'huaxin-parts.com'] },
    { id: 2, name: '华鑫商城', domains: ['shop.huaxin-auto.cn'] },
    { id: 3, name: '上海嘉安物流有限公司', domains: ['jiaan-logistics.cn'] },
  ],
};
const NOW = Date.parse('2026-12-07T08:00:00Z');
const directory = directoryOf(9, 1, answer, NOW);

describe('directoryEnterprise', () => {
  it.each([
    ['huaxin-auto.cn', 1],
    ['www.huaxin-auto.cn', 1],
    ['news.huaxin-auto.cn', 1],
    // The most specific domain wins, as in the worker's ranking.
    ['shop.huaxin-auto.cn', 2],
    ['cdn.shop.huaxin-auto.cn', 2],
    ['HUAXIN-PARTS.COM', 1],
    ['jiaan-logistics.cn', 3],
    ['other.cn', undefined],
    ['localhost', undefined],
  ])('%s → %s', (host, id) => {
    expect(directoryEnterprise(directory, 9, 1, host)?.id).toBe(id);
  });

  it('names the enterprise and says the domain is why', () => {
    expect(directoryEnterprise(directory, 9, 1, 'huaxin-auto.cn')).toEqual({ id: 1, name: '上海华鑫汽车零部件有限公司', basis: 'domain' });
  });

  it("never answers for another user or another round, nor without a directory", () => {
    expect(directoryEnterprise(directory, 8, 1, 'huaxin-auto.cn')).toBeUndefined();
    expect(directoryEnterprise(directory, 9, 2, 'huaxin-auto.cn')).toBeUndefined();
    expect(directoryEnterprise(null, 9, 1, 'huaxin-auto.cn')).toBeUndefined();
  });
});

describe('needsRefresh', () => {
  const hour = 3_600_000;
  it('asks again for another user or round, none kept, or one older than 12 hours', () => {
    expect(needsRefresh(directory, 9, 1, NOW + hour)).toBe(false);
    expect(needsRefresh(directory, 9, 1, NOW + 13 * hour)).toBe(true);
    expect(needsRefresh(directory, 8, 1, NOW)).toBe(true);
    expect(needsRefresh(directory, 9, 2, NOW)).toBe(true);
    expect(needsRefresh(null, 9, 1, NOW)).toBe(true);
  });

  it('asks again when the worker found another enterprise (or none) by the domain of a site than the directory names', () => {
    const found = (id: number) => ({ id, name: '', basis: 'domain' as const });
    expect(needsRefresh(directory, 9, 1, NOW, { host: 'huaxin-auto.cn', found: found(1) })).toBe(false);
    expect(needsRefresh(directory, 9, 1, NOW, { host: 'other.cn', found: undefined })).toBe(false);
    // Enrolled since: the worker knows a site the directory does not.
    expect(needsRefresh(directory, 9, 1, NOW, { host: 'new-site.cn', found: found(4) })).toBe(true);
    // Moved to another enterprise, or withdrawn from the round.
    expect(needsRefresh(directory, 9, 1, NOW, { host: 'jiaan-logistics.cn', found: found(5) })).toBe(true);
    expect(needsRefresh(directory, 9, 1, NOW, { host: 'jiaan-logistics.cn', found: undefined })).toBe(true);
  });
});
