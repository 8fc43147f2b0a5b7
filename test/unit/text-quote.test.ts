import { describe, expect, it } from 'vitest';
import { quoteAt } from '../../shared/anchoring/text-quote';

describe('quoteAt', () => {
  const text = '第一章 员工权益。公司劳动合同签订率达到100%。第二章 安全生产。';

  it('keeps up to 32 characters of context on each side', () => {
    const start = text.indexOf('公司');
    const q = quoteAt(text, start, start + 15)!;
    expect(q.exact).toBe('公司劳动合同签订率达到100%');
    expect(q.prefix).toBe('第一章 员工权益。');
    expect(q.suffix).toBe('。第二章 安全生产。');
    expect(text.slice(q.start, q.end)).toBe(q.exact);
  });

  it('trims whitespace and moves the offsets with it', () => {
    const padded = 'alpha   beta gamma   delta';
    const q = quoteAt(padded, 5, 21)!;
    expect(q.exact).toBe('beta gamma');
    expect(padded.slice(q.start, q.end)).toBe('beta gamma');
  });

  it('is null for a whitespace-only or empty selection and accepts reversed offsets', () => {
    expect(quoteAt('a   b', 1, 4)).toBeNull();
    expect(quoteAt('abc', 2, 2)).toBeNull();
    expect(quoteAt('abcdef', 4, 1)!.exact).toBe('bcd');
  });

  it('limits the context at the text edges', () => {
    const long = 'x'.repeat(100) + 'QUOTE' + 'y'.repeat(100);
    const q = quoteAt(long, 100, 105)!;
    expect(q.prefix).toBe('x'.repeat(32));
    expect(q.suffix).toBe('y'.repeat(32));
  });
});
