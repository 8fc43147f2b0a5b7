import { describe, expect, it } from 'vitest';
import { rankDetections } from '../../shared/domain/enterprise-detection';
import { findMentions, mergeMentions, noMentions } from '../../shared/domain/enterprise-mentions';
import type { EnrolledEnterprise } from '../../shared/schemas/enterprise';

const huaxin = { code: '91310114MA1GT35K7H', name: '上海华鑫汽车零部件有限公司' };

describe('findMentions', () => {
  it('finds credit codes with a valid check character only, upper-cased, once each', () => {
    const text = `统一社会信用代码:${huaxin.code.toLowerCase()};另见 91310114MA1GT35K7X(校验位不符),${huaxin.code}。`;
    expect(findMentions(text).creditCodes).toEqual([huaxin.code]);
  });

  it('offers every tail of the words before a company suffix, so the registered name is among them', () => {
    const { names } = findMentions(`当事人${huaxin.name}因未按规定…`);
    expect(names).toContain(huaxin.name);
    expect(names).toContain(`当事人${huaxin.name}`);
    expect(names.every((n) => n.endsWith('公司'))).toBe(true);
    expect(names).not.toContain('有限公司');
  });

  it('joins Chinese broken by spaces or lines (PDF text, wrapped pages) and offers both bracket widths', () => {
    expect(findMentions('上海华鑫汽车 零部件\n有限公司').names).toContain(huaxin.name);
    const { names } = findMentions('上海绿源(集团)建设有限公司');
    expect(names).toContain('上海绿源(集团)建设有限公司');
    expect(names).toContain('上海绿源（集团）建设有限公司');
  });

  it('stops at the limits, and a merge keeps the first text’s mentions first', () => {
    const many = Array.from({ length: 100 }, (_, i) => `供应商${i}号科技有限公司。`).join('');
    expect(findMentions(many).names).toHaveLength(300);
    const merged = mergeMentions(findMentions(huaxin.name), findMentions(many));
    expect(merged.names[0]).toBe(huaxin.name);
    expect(merged.names).toHaveLength(300);
    expect(findMentions('今天天气很好')).toEqual(noMentions());
  });
});

const enrolled = (id: number, name: string, creditCode: string, domains: string[] = []): EnrolledEnterprise => ({
  id,
  name,
  creditCode,
  domains,
  nameEn: null,
  industry: 'manufacturing',
  street: '安亭镇',
  status: 'enrolled',
  signedOffAt: null,
});

describe('rankDetections', () => {
  const a = enrolled(1, '上海甲有限公司', 'A'.repeat(18), ['a.cn']);
  const b = enrolled(2, '上海乙有限公司', 'B'.repeat(18), ['shop.b.cn']);
  const c = enrolled(3, '上海丙有限公司', 'C'.repeat(18));
  const none = noMentions();

  it.each([
    ['a credit code in the quote beats the site’s domain', { host: 'shop.b.cn', quote: { creditCodes: [a.creditCode], names: [] }, page: none }, ['1 creditCode quote', '2 domain site']],
    ['a name in the quote beats the domain', { host: 'a.cn', quote: { creditCodes: [], names: [b.name] }, page: none }, ['2 name quote', '1 domain site']],
    ['the domain beats the page', { host: 'www.a.cn', quote: none, page: { creditCodes: [c.creditCode], names: [b.name] } }, ['1 domain site', '3 creditCode page', '2 name page']],
    ['nothing that holds: nothing', { host: 'other.cn', quote: none, page: none }, []],
  ])('%s', (_, request, expected) => {
    expect(rankDetections([a, b, c], request).map((e) => `${e.id} ${e.basis} ${e.foundIn}`)).toEqual(expected);
  });

  it('prefers the most specific domain and the longest name', () => {
    const parent = enrolled(4, '上海乙集团', 'D'.repeat(18), ['b.cn']);
    expect(rankDetections([parent, b], { host: 'shop.b.cn', quote: none, page: none }).map((e) => e.id)).toEqual([2, 4]);
    const branch = enrolled(5, '上海乙有限公司嘉定分公司', 'E'.repeat(18));
    expect(rankDetections([b, branch], { quote: none, page: { creditCodes: [], names: [b.name, branch.name] } }).map((e) => e.id)).toEqual([5, 2]);
  });
});
