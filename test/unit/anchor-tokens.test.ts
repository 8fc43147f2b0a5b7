// Tokens of folded text, rarity in a page and weighted comparison: the measures re-anchoring weighs with.
import { describe, expect, it } from 'vitest';
import { foldText } from '../../shared/anchoring/normalize';
import { pageRarity } from '../../shared/anchoring/rarity';
import { coverage, sharedWeight, similarity, typoLikeness, weigh } from '../../shared/anchoring/similarity';
import { insideToken, snapToTokens, tokenize } from '../../shared/anchoring/tokens';

const words = (text: string) => {
  const folded = foldText(text);
  return tokenize(folded).map((t) => folded.text.slice(t.start, t.end));
};

describe('tokenize', () => {
  it.each([
    ['words apart though folding drops the spaces', 'The board, 2025', ['the', 'board', '2025']],
    ['one Chinese character a token, a number one token', '年培训95%', ['年', '培', '训', '95']],
    ['a word hyphenated across a line break is one word', 'environ-\nmental audits', ['environmental', 'audits']],
    ['a soft hyphen joins too', 'environ\u00admental', ['environmental']],
    ['a hyphenated compound on one line is two words', 'anti-corruption', ['anti', 'corruption']],
    ['a character beyond the BMP is one token', '𠀀村x', ['𠀀', '村', 'x']],
    ['full-width forms fold to the same tokens', 'ＩＳＯ　１４００１', ['iso', '14001']],
  ])('%s', (_what, text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('snapToTokens', () => {
  const snapped = (text: string, from: string, to: string, keep = {}) => {
    const folded = foldText(text);
    const start = folded.text.indexOf(from);
    const end = folded.text.indexOf(to) + to.length;
    return folded.text.slice(...snapToTokens(folded, start, end, keep));
  };
  it.each([
    ['an end inside a word, most of it in: the whole word', 'during the reporting period', 'during', 'report', 'duringthereporting'],
    ['an end inside a word, little of it in: without it', 'during the reporting period', 'during', 'thereportingp', 'duringthereporting'],
    ['an end inside a number: never', 'coverage reached 957 per cent', 'coverage', 'reached95', 'coveragereached957'],
    ['a start inside a word', 'during the reporting period', 'porting', 'period', 'reportingperiod'],
    ['Chinese characters are whole tokens already', '覆盖率达到95%', '盖', '达到', '盖率达到'],
  ])('%s', (_what, text, from, to, expected) => {
    expect(snapped(text, from, to)).toBe(expected);
  });

  it('keeps an end where the quote itself cut a word', () => {
    expect(snapped('the reporting period', 'the', 'report', { end: true })).toBe('thereport');
  });

  it('finds no word boundary inside a word and one between words', () => {
    const folded = foldText('the reporting');
    expect(insideToken(folded, folded.text.indexOf('porting'))).toBe(true);
    expect(insideToken(folded, folded.text.indexOf('reporting'))).toBe(false);
  });
});

describe('rarity and weighted comparison', () => {
  const page = foldText('报告期内公司未发生安全生产事故。报告期内公司未发生火灾事故。报告期内公司未发生环境污染事故。');
  const rarity = pageRarity(page);
  const weighed = (text: string) => {
    const folded = foldText(text);
    return weigh(folded.text, tokenize(folded), rarity);
  };

  it('weighs boilerplate less than what tells a sentence apart, and what the page lacks most', () => {
    const [report, fire, absent] = ['报', '火', '核'].map((c) => rarity.weight(c.codePointAt(0)!));
    expect(report).toBeLessThan(fire!);
    expect(fire).toBeLessThan(absent!);
    expect(absent).toBeCloseTo(rarity.max);
    expect(rarity.weight('火'.codePointAt(0)!, 1)).toBeLessThan(fire!);
  });

  it('compares in order, by weight: what is missing and what was added both count', () => {
    const quote = weighed('未发生火灾事故');
    expect(sharedWeight(quote, quote)).toBeCloseTo(quote.total);
    expect(similarity(quote, weighed('未发生火灾事故'))).toBeCloseTo(1);
    expect(similarity(quote, weighed('事故火灾发生未'))).toBeLessThan(0.5);
    // The distinctive words changed weigh more than the same number of boilerplate characters.
    expect(similarity(quote, weighed('未发生爆炸事故'))).toBeLessThan(similarity(quote, weighed('已发生火灾事件')));
    expect(coverage(weighed('火灾'), quote)).toBeCloseTo(1);
  });

  it('counts most of a misspelt long word, nothing of another word', () => {
    expect(typoLikeness('reporting', 'repotring')).toBeCloseTo(1 - 2 / 9);
    expect(typoLikeness('reporting', 'reportings')).toBeCloseTo(1 - 1 / 10);
    expect(typoLikeness('reporting', 'regulators')).toBe(0);
    const quote = weighed('the reporting period');
    expect(similarity(quote, weighed('the repotring period'))).toBeGreaterThan(similarity(quote, weighed('the regulators period')));
  });

  it('compares long sequences within a band, agreeing with the full comparison on equal ones', () => {
    const long = weighed('公司'.repeat(1_500));
    expect(sharedWeight(long, long)).toBeCloseTo(long.total);
  });
});
