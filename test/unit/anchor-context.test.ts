// The captured context read against a page (shared/anchoring/context.ts) and an edited place's ends fitted to
// it (fit.ts): agreement beside a place, a page's edge, a word cut by the capture, where the context joins up.
import { describe, expect, it } from 'vitest';
import { contextReader, readSide } from '../../shared/anchoring/context';
import { fitToContext } from '../../shared/anchoring/fit';
import { foldText } from '../../shared/anchoring/normalize';
import { pageRarity } from '../../shared/anchoring/rarity';

/** A reader for `prefix`/`suffix` (`cut`: captured at full length) on `page`, and folded offsets of strings in it. */
function reading(page: string, prefix: string, suffix: string, cut = false) {
  const folded = foldText(page);
  const rarity = pageRarity(folded);
  const find = (fragment: string) => [...folded.text.matchAll(new RegExp(fragment, 'g'))].map((m) => m.index);
  const side = (text: string, edge: 'first' | 'last') => readSide(foldText(text), edge, cut, rarity);
  const reader = contextReader(folded, rarity, side(prefix, 'first'), side(suffix, 'last'), find);
  const at = (text: string, nth = 0) => [...folded.text.matchAll(new RegExp(foldText(text).text, 'g'))][nth]!.index;
  return { reader, folded, at };
}

describe('contextReader', () => {
  const page = '一、员工权益\n公司与全体员工签订劳动合同。\n二、员工培训\n公司全年开展培训四十次。';

  it('reads how much of each side stands beside a place', () => {
    const { reader, at } = reading(page, '一、员工权益\n', '\n二、员工培训');
    // Right before and after the first sentence, its captured context stands whole; before the second, little of it.
    expect(reader.before(at('公司与'))).toBeCloseTo(1);
    expect(reader.after(at('二员工培训'))).toBeCloseTo(1);
    expect(reader.before(at('公司全年'))).toBeLessThan(0.5);
    expect(reader.after(at('公司全年'))).toBeLessThan(0.5);
  });

  it('compares only what fits before a page edge, and nothing when too little fits', () => {
    const { reader } = reading('公司与全体员工签订劳动合同。', '嘉定示范企业年度报告\n一、员工权益\n', '');
    expect(reader.before(0)).toBeNull();
    const fitting = reading('员工权益\n公司与全体员工签订劳动合同。', '嘉定示范企业年度报告\n一、员工权益\n', '');
    expect(fitting.reader.before(fitting.at('公司与'))).toBeCloseTo(1);
  });

  it('matches the word a full-length capture cut at its far end', () => {
    const { reader, at } = reading('2025年劳动合同签订率达到88.5%。2024年劳动合同签订率达到91%。', '025年劳动合同签订率达到88.5%。', '', true);
    expect(reader.before(at('2024'))).toBeCloseTo(1);
  });

  it('finds where the context joins up with nothing between: the quote deleted there', () => {
    const { reader, at } = reading('前言。报告期内未发生火灾事故。报告期内未发生交通事故。结语。', '前言。', '报告期内未发生火灾事故。');
    const [junction] = reader.junctions(40);
    expect(junction).toMatchObject({ start: at('报告期内'), end: at('报告期内') });
    expect(junction!.agreement).toBeCloseTo(1);
  });

  it('finds the stretch between the context\'s sides when other words stand there', () => {
    const { reader, at } = reading('前言。报告期内发生一起火灾。结语。', '前言。', '结语。');
    expect(reader.junctions(40)).toMatchObject([{ start: at('报告期内'), end: at('结语') }]);
  });

  it("knows a place that is the captured context's own text", () => {
    const { reader, at } = reading('报告期内未发生火灾事故。报告期内未发生交通事故。结语。', '报告期内未发生火灾事故。', '结语。');
    expect(reader.isContext(at('报告期内'), at('报告期内') + 10)).toBe(true);
    expect(reader.isContext(at('报告期内', 1), at('报告期内', 1) + 10)).toBe(false);
  });
});

describe('fitToContext', () => {
  it('moves a start the approximate match put inside an edit back to where the prefix ends', () => {
    const { reader, folded, at } = reading('SO 50001 certification in 2024. The also works council continued to improve its process.', 'certification in 2024. ', ' its process.');
    const [start, end] = fitToContext(folded, at('also'), at('itsprocess'), (b) => reader.before(b, 0), (b) => reader.after(b, 0));
    expect(folded.text.slice(start, end)).toBe('thealsoworkscouncilcontinuedtoimprove');
  });

  it('leaves ends alone where the context does not place them', () => {
    const { reader, folded, at } = reading('甲乙丙丁戊己庚辛壬癸', '子丑寅卯', '辰巳午未');
    expect(fitToContext(folded, at('丙'), at('庚'), (b) => reader.before(b, 0), (b) => reader.after(b, 0))).toEqual([at('丙'), at('庚')]);
  });
});
