// BM25 over the reference index and over the stored (encoded) index agree exactly; the lexical ranker puts
// the passage about the indicator first and says why; queries from indicators and learned terms.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bm25Scores, buildIndex, joinIndexes } from '../../shared/finder/bm25';
import { expandQuery, indicatorQuery, learnedTerms, textQuery } from '../../shared/finder/query';
import { best, lexicalRanker, matchedSpans } from '../../shared/finder/rank';
import { decodeIndex, encodeIndex, passageKey } from '../../shared/finder/stored-index';
import { bigramTokens } from '../../shared/finder/tokenize';

/** Passages laid on pages as the extractor would: each page's text holds its passages at their offsets. */
function laidOut(texts: readonly string[]) {
  const pages = [1, 2, 3].map((page) => ({ page, text: '' }));
  const passages = texts.map((text, i) => {
    const page = pages[i % 3]!;
    page.text += '·';
    const start = page.text.length;
    page.text += text;
    return { page: page.page, start, end: page.text.length, text };
  });
  return [pages, passages] as const;
}
const alphabet = fc.constantFrom(...'劳动合同签订率废水排放培训安全生产 abc'.split(''));
const texts = fc.array(fc.string({ unit: alphabet, minLength: 0, maxLength: 40 }), { minLength: 1, maxLength: 30 });

describe('the stored index', () => {
  it('scores exactly like the index built from the texts, joined across reports too', () => {
    fc.assert(
      fc.property(texts, texts, fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 }), (a, b, words) => {
        const query = new Map(words.flatMap((w) => bigramTokens(w)).map((t, i) => [t, 1 + (i % 3)]));
        const reference = bm25Scores(buildIndex([...a, ...b], bigramTokens), query).scores;
        const stored = [a, b].map((list) => decodeIndex(JSON.parse(JSON.stringify(encodeIndex(...laidOut(list), bigramTokens, 'bigram')))).index);
        const fast = bm25Scores(joinIndexes(stored), query).scores;
        expect([...fast].map((s) => s.toFixed(9))).toEqual([...reference].map((s) => s.toFixed(9)));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps each passage with its page, offsets and key', () => {
    const stored = encodeIndex(...laidOut(['全年劳动合同签订率100%', '废水达标排放']), bigramTokens, 'bigram');
    const { passages } = decodeIndex(stored);
    expect(passages[1]).toEqual({ page: 2, start: 1, end: 7, text: '废水达标排放', key: passageKey('废水达标排放'), pageText: '·废水达标排放' });
    expect(stored.pageNumbers).toEqual([1, 2]);
    expect(stored.postings[stored.terms.split(' ').indexOf('排放')]).toBe('1');
  });
});

const contracts = {
  name: { zh: '劳动合同签订率', en: 'Labour contract signing rate' },
  guidance: { zh: '劳动合同台账显示全员签订书面劳动合同。', en: 'The ledger shows written contracts for all staff.' },
  rubric: [{ description: { zh: '签订率低于90%。', en: 'Below 90 %.' } }],
  keywords: { zh: ['劳动合同', '签订率'], en: ['labour contract'] },
};

describe('lexicalRanker', () => {
  const corpusTexts = [
    '公司坚持以人民为中心的发展思想,积极履行社会责任。',
    '全年劳动合同签订率达到100%,劳务派遣用工比例控制在5%以内。',
    '2025年公司废气、废水污染物全部达标排放。',
    'All employees signed a written labour contract in 2025.',
  ];
  const corpus = { index: buildIndex(corpusTexts, bigramTokens), texts: corpusTexts };

  it('ranks the passage about the indicator first and shows the words that matched', () => {
    const [first, second] = lexicalRanker.rank(corpus, indicatorQuery(contracts, bigramTokens), 10);
    expect(first!.id).toBe(1);
    expect(first!.why.slice(0, 2)).toEqual(['劳动合同', '签订率']);
    expect(second!.id).toBe(3);
  });

  it('leaves out skipped passages and passages that match nothing', () => {
    const ranked = lexicalRanker.rank(corpus, indicatorQuery(contracts, bigramTokens), 10, (id) => id === 1);
    expect(ranked.map((r) => r.id)).not.toContain(1);
    expect(ranked.map((r) => r.id)).not.toContain(2);
  });

  it('keeps the best passages in the order a full sort gives, ties to the earlier passage', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 0, maxLength: 80 }), fc.integer({ min: 0, max: 30 }), (values, count) => {
        const scores = Float64Array.from(values, (v) => v / 2);
        const ids = [...values.keys()].reverse();
        const sorted = [...ids].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, count);
        expect(best(ids, scores, count)).toEqual(sorted);
      }),
      { numRuns: 300 },
    );
  });

  it('ranks the same a second time, when its term weights and phrase answers are remembered', () => {
    const fresh = { index: buildIndex(corpusTexts, bigramTokens), texts: corpusTexts };
    const query = indicatorQuery(contracts, bigramTokens);
    const first = lexicalRanker.rank(fresh, query, 10);
    expect(lexicalRanker.rank(fresh, query, 10)).toEqual(first);
    expect(first).toEqual(lexicalRanker.rank(corpus, query, 10));
  });

  it('merges matched bigrams back into words', () => {
    expect(matchedSpans('全年劳动合同签订率达到100%', new Set(['劳动', '动合', '合同', '签订', '100']))).toEqual(['劳动合同', '签订', '100']);
  });
});

describe('queries', () => {
  it('weighs terms by the fields they occur in', () => {
    const { terms, phrases } = indicatorQuery(contracts, bigramTokens);
    expect(terms.get('签订')).toBe(3 + 2 + 1 + 0.5);
    expect(terms.get('台账')).toBe(1);
    expect(terms.get('90')).toBe(0.5);
    expect(phrases).toEqual(['劳动合同', '签订率', 'labour contract']);
  });

  it('takes a free-text query apart into terms and phrases', () => {
    expect(textQuery('安全培训, 特种作业', bigramTokens).phrases).toEqual(['安全培训', '特种作业']);
  });

  it('learns terms several confirmed examples share, and grows the query by them', () => {
    const examples = ['危废转移联单全部电子化', '危废转移联单按时申报', '办公区绿化', '危废贮存库整改'];
    const learned = learnedTerms(examples, bigramTokens);
    expect(learned[0]).toEqual(['危废', 0.75]);
    expect(learned.map(([t]) => t)).not.toContain('绿化');
    const grown = expandQuery(indicatorQuery(contracts, bigramTokens), learned, 2);
    expect(grown.terms.get('危废')).toBe(1.5);
    expect(learnedTerms([], bigramTokens)).toEqual([]);
  });
});
