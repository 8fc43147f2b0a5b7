// The finder's evaluation: metrics on small hand-checked rankings, the labelled format's errors by line, and
// a whole run on a tiny labelled file with the baseline and the learning curve beside it.
import { describe, expect, it } from 'vitest';
import { evaluate, parseLabels } from '../../shared/finder/evaluation';
import { figuresOf, ndcgAt, recallAt, reciprocalRank } from '../../shared/finder/metrics';
import { bigramTokens } from '../../shared/finder/tokenize';
import { defaultIndicators } from '../../scripts/finder/framework-indicators';

const judged = new Map([
  ['a', 3],
  ['b', 1],
  ['c', 0],
]);

describe('metrics', () => {
  it('recall, nDCG and MRR', () => {
    expect(recallAt(['c', 'b', 'x'], judged, 2)).toBe(0.5);
    expect(reciprocalRank(['c', 'b', 'a'], judged)).toBe(0.5);
    expect(ndcgAt(['a', 'b'], judged, 10)).toBe(1);
    expect(ndcgAt(['b', 'a'], judged, 10)).toBeCloseTo((1 + 7 / Math.log2(3)) / (7 + 1 / Math.log2(3)), 10);
    expect(figuresOf([], judged)).toEqual({ 'recall@5': 0, 'recall@10': 0, 'ndcg@10': 0, mrr: 0 });
  });
});

const lines = (objects: object[]) => objects.map((o) => JSON.stringify(o)).join('\n');

describe('parseLabels', () => {
  it('names the bad line', () => {
    expect(() => parseLabels(`${lines([{ type: 'passage', doc: 'd', id: 1, text: 'x' }])}\n{"type":"query","id":"q","doc":"d"}`)).toThrow(/line 2/);
    expect(() => parseLabels('nope')).toThrow(/line 1: not JSON/);
  });
});

describe('evaluate', () => {
  const passages = (doc: string, texts: string[]) => texts.map((text, i) => ({ type: 'passage', doc, id: `${doc}:${i}`, text, page: 1 }));
  const file = lines([
    ...passages('d1', ['公司积极履行社会责任。', '危险废物委托有资质单位处置,转移联单齐全。', '员工劳动合同签订率100%。', '危废贮存库完成防渗改造。']),
    { type: 'query', id: 'd1#ENV.1.3', doc: 'd1', indicator: 'ENV.1.3' },
    { type: 'qrel', query: 'd1#ENV.1.3', passage: 'd1:1', relevance: 3 },
    { type: 'qrel', query: 'd1#ENV.1.3', passage: 'd1:3', relevance: 2 },
    ...passages('d2', ['废机油、废切削液等交由持证单位安全处置。', 'We planted trees.']),
    { type: 'query', id: 'd2#ENV.1.3', doc: 'd2', indicator: 'ENV.1.3' },
    { type: 'qrel', query: 'd2#ENV.1.3', passage: 'd2:0', relevance: 3 },
    { type: 'query', id: 'd2#t1', doc: 'd2', text: 'trees planted' },
    { type: 'qrel', query: 'd2#t1', passage: 'd2:1', relevance: 1 },
    { type: 'query', id: 'd2#unjudged', doc: 'd2', text: 'nothing' },
  ]);

  it('ranks each query over its own document, beside the keyword baseline', () => {
    const report = evaluate(parseLabels(file), { indicators: defaultIndicators(), tokenize: bigramTokens, learning: [0, 5] });
    expect(report.queries.map((q) => q.id)).toEqual(['d1#ENV.1.3', 'd2#ENV.1.3', 'd2#t1']);
    expect(report.queries[0]!.finder['recall@10']).toBe(1);
    // The paraphrase without a keyword is found by the finder, not by the keywords.
    expect(report.queries[1]!.finder['recall@10']).toBe(1);
    expect(report.queries[1]!.baseline['recall@10']).toBe(0);
    expect(report.finder['recall@10']).toBeGreaterThan(report.baseline['recall@10']);
    expect(report.learning!.map((l) => [l.examples, l.queries])).toEqual([
      [0, 2],
      [5, 2],
    ]);
    expect(report.learning![1]!.available).toBe(1.5);
  });

  it('refuses an indicator the framework does not have', () => {
    expect(() => evaluate(parseLabels(lines([{ type: 'query', id: 'q', doc: 'd', indicator: 'NOPE.1.1' }, { type: 'qrel', query: 'q', passage: 'p', relevance: 1 }])), { indicators: defaultIndicators(), tokenize: bigramTokens })).toThrow(/NOPE/);
  });
});
