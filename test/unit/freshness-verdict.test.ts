// Whether a quote still stands in a source's current text.
import { describe, expect, it } from 'vitest';
import { createAnchorer } from '../../shared/anchoring/anchor';
import { quoteVerdict } from '../../worker/domain/freshness-verdict';

const quote = '公司与全体员工签订劳动合同,签订率达到100%。';
const selectors = { quote: { type: 'TextQuoteSelector' as const, exact: quote, prefix: '一、员工权益\n', suffix: '\n二、' } };

describe('quoteVerdict', () => {
  it.each([
    ['the same words: stands', `一、员工权益\n${quote}\n二、培训`, { status: 'stands', nearestText: null }],
    ['moved elsewhere on the page with the text after it: stands', `前言\n三、培训\n${quote}\n二、培训`, { status: 'stands', nearestText: null }],
    // A short quote is told by its context: the same words under another heading may be another statement.
    ['its words under another heading, its own section gone: gone', `前言\n三、培训\n${quote}`, { status: 'gone', nearestText: null }],
    ['only spacing, width and punctuation differ: stands', '公司与全体员工签订劳动合同 签订率达到１００％', { status: 'stands', nearestText: null }],
    ['a few words changed: changed, with what it says now', `一、员工权益\n公司与全部在岗员工签订劳动合同,签订率达到100%。\n二、`, { status: 'changed', nearestText: '公司与全部在岗员工签订劳动合同,签订率达到100%。' }],
    ['nothing close left: gone', '一、员工权益\n本年度未披露劳动合同情况。', { status: 'gone', nearestText: null }],
  ])('%s', (_, page, expected) => {
    expect(quoteVerdict(createAnchorer(page), quote, selectors)).toEqual(expected);
  });
});
