// The finder's terms and passages: bigrams for Han text, stemmed words for Latin text, and passages of a few
// sentences whose offsets slice exactly their text out of the page, never across a block.
import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../shared/finder/passages';
import { bigramTokens, segmenterTokens, stem } from '../../shared/finder/tokenize';

describe('bigramTokens', () => {
  it.each([
    ['劳动合同', ['劳动', '动合', '合同']],
    ['签订率100%', ['签订', '订率', '100']],
    ['Ｅmployees’ TRAINING hours', ['employee', 'train', 'hour']],
    ['The company and its staff', ['company', 'staff']],
    ['废', ['废']],
    ['ISO 14001认证', ['iso', '14001', '认证']],
  ])('%s', (text, terms) => {
    expect(bigramTokens(text)).toEqual(terms);
  });
});

describe('segmenterTokens', () => {
  it('splits Chinese into dictionary words and keeps English words stemmed', () => {
    expect(segmenterTokens()('危险废物规范处置 and hazardous wastes')).toEqual(['危险', '废物', '规范', '处置', 'hazardous', 'waste']);
  });
});

describe('stem', () => {
  it.each([
    ['policies', 'policy'],
    ['employees', 'employee'],
    ['training', 'train'],
    ['audited', 'audit'],
    ['process', 'process'],
    ['status', 'status'],
    ['2024s', '2024s'],
  ])('%s → %s', (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });
});

describe('splitPassages', () => {
  const sentence = (n: number) => `公司第${n}项措施全面落实安全生产责任制,全年组织培训与应急演练,覆盖全体员工和相关方。`;

  it('groups sentences into passages whose offsets give back their text', () => {
    const text = `  ${Array.from({ length: 9 }, (_, i) => sentence(i)).join('')}\n`;
    const passages = splitPassages({ page: 3, text });
    expect(passages.length).toBeGreaterThan(1);
    expect(passages.length).toBeLessThan(9);
    for (const p of passages) {
      expect(p.page).toBe(3);
      expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(p.text).toMatch(/^公司.*。$/);
    }
    expect(passages.map((p) => p.text).join('')).toBe(text.trim());
  });

  it('never crosses a block and drops headings and page numbers', () => {
    const heading = '二、环境责任';
    const body = '2025年公司废气、废水污染物全部达标排放,全年未受到生态环境部门的行政处罚。';
    const text = `${heading}${body}12`;
    const blocks = [
      { start: 0, end: heading.length },
      { start: heading.length, end: heading.length + body.length },
      { start: heading.length + body.length, end: text.length },
    ];
    expect(splitPassages({ page: 1, text, blocks }).map((p) => p.text)).toEqual([body]);
  });

  it('cuts a sentence without stops at a comma near the limit', () => {
    const run = Array.from({ length: 60 }, (_, i) => `第${i}号设备完成检修`).join(',');
    const passages = splitPassages({ page: 1, text: run });
    expect(passages.length).toBeGreaterThan(1);
    for (const p of passages) expect(p.text.length).toBeLessThanOrEqual(400);
    expect(passages.map((p) => p.text).join('')).toBe(run);
  });

  it('splits English at full stops followed by space', () => {
    const text = Array.from({ length: 12 }, (_, i) => `Sentence number ${i} says the plant recycled most of its process water this year.`).join(' ');
    const passages = splitPassages({ page: 1, text });
    expect(passages.length).toBeGreaterThan(2);
    for (const p of passages) expect(p.text).toMatch(/^Sentence.*\.$/);
  });
});
