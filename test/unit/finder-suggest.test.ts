// Suggestions remembered per corpus are exactly what ranking again gives, whatever changed meanwhile: learned
// terms, decisions, or nothing.
import { describe, expect, it } from 'vitest';
import { decodeIndex, encodeIndex } from '../../shared/finder/stored-index';
import { buildCorpus, suggest, tokenize, TOKENIZER, type FinderState } from '../../worker/finder/suggest';

const texts = [
  '全年劳动合同签订率达到100%,劳务派遣用工比例控制在5%以内。',
  '公司与全体员工签订书面劳动合同,合同台账按月更新。',
  '2025年公司废气、废水污染物全部达标排放,危废转移联单全部电子化。',
  '危险废物贮存库完成整改,危废台账与转移联单一致。',
  '公司坚持以人民为中心的发展思想,积极履行社会责任。',
];
const pages = [{ page: 1, text: texts.join('\n') }];
let offset = 0;
const passages = texts.map((text) => {
  const passage = { page: 1, start: offset, end: offset + text.length, text };
  offset += text.length + 1;
  return passage;
});
const decoded = decodeIndex(JSON.parse(JSON.stringify(encodeIndex(pages, passages, tokenize, TOKENIZER))));

const indicator = (id: number, nameZh: string, keywordsZh: string[]) => ({ id, nameZh, nameEn: '', guidanceZh: null, guidanceEn: null, rubric: [], keywordsZh, keywordsEn: [] });
const indicators = [indicator(1, '劳动合同签订率', ['劳动合同', '签订率']), indicator(2, '危险废物管理', ['危废', '转移联单'])];

/** A fresh framework id per test: the framework's queries are kept per isolate by id. */
let frameworkId = 1000;
function stateOf(changes: Partial<Pick<FinderState, 'learned' | 'decisions'>> = {}) {
  const corpus = buildCorpus([{ report: { id: 7 } as never, ...decoded }]);
  return (more: Partial<Pick<FinderState, 'learned' | 'decisions'>> = {}) =>
    ({ round: { id: 1, framework: { id: frameworkId } }, reports: [], corpus, indicators, learned: [], decisions: [], ...changes, ...more }) as unknown as FinderState;
}

describe('suggestions remembered per corpus', () => {
  it('are what ranking again gives, and follow decisions and learned terms', () => {
    frameworkId++;
    const state = stateOf();
    const first = suggest(state());
    expect(first[0]!.items[0]!.quote).toBe(texts[0]);
    expect(suggest(state())[1]!.items).toBe(first[1]!.items);

    const top = first[0]!.items[0]!;
    const decided = state({ decisions: [{ indicatorId: 1, reportId: 7, passageKey: top.passageKey, decision: 'dismissed', evidenceId: null }] as never });
    const afterDecision = suggest(decided);
    expect(afterDecision[0]!.items.map((i) => i.passageKey)).not.toContain(top.passageKey);
    // The other indicator's suggestions are the ones remembered, untouched.
    expect(afterDecision[1]!.items).toBe(first[1]!.items);
    expect(afterDecision).toEqual(suggest(decided, { fresh: true }));
    expect(suggest(state(), { fresh: true })).toEqual(first);

    const learned = state({ learned: [{ indicatorId: 2, terms: [['台账', 1]], examples: 3 }] as never });
    const afterLearning = suggest(learned);
    expect(afterLearning[1]!.items).not.toEqual(first[1]!.items);
    expect(afterLearning).toEqual(suggest(learned, { fresh: true }));
  });

  it('answers for one indicator alone', () => {
    frameworkId++;
    const state = stateOf();
    expect(suggest(state(), { indicatorId: 2 })).toEqual([suggest(state())[1]]);
  });
});
