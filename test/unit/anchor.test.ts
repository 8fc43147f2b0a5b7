import { describe, expect, it } from 'vitest';
import { anchorQuote, type QuoteTarget } from '../../shared/anchoring/anchor';
import { foldText, originalRange } from '../../shared/anchoring/normalize';
import { anchorInPages, pagesNearest } from '../../shared/anchoring/pages';
import { quoteAt } from '../../shared/anchoring/text-quote';

/** The selector a capture of `quote` (its `nth` occurrence) in `page` would have produced. */
function captured(page: string, quote: string, nth = 0): QuoteTarget {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = page.indexOf(quote, at + 1);
  const q = quoteAt(page, at, at + quote.length)!;
  return { exact: q.exact, prefix: q.prefix, suffix: q.suffix, start: q.start, end: q.end };
}

const report =
  '一、员工责任\n公司严格执行《劳动合同法》，全年劳动合同签订率达到100%，劳务派遣用工比例控制在5%以内。\n' +
  '二、环境责任\n2025年公司废气、废水污染物全部达标排放，全年未受到生态环境部门的行政处罚。\n' +
  '公司于2019年通过ISO 14001环境管理体系认证，2025年完成再认证审核。';

describe('anchorQuote', () => {
  it.each([
    ['the same page (position still valid)', report, '全年劳动合同签订率达到100%', 'position'],
    ['text inserted before it', `前言:本报告经董事会审议。\n${report}`, '全年劳动合同签订率达到100%', 'exact'],
    ['whitespace changed', report.replace('二、环境责任\n', '二、环境责任 \n\n  '), '环境责任\n2025年公司废气', 'folded'],
    ['full-width punctuation now half-width', report.replaceAll('，', ','), '劳动合同法》，全年劳动合同', 'folded'],
    ['half-width text now full-width', report.replace('ISO 14001', 'ＩＳＯ　１４００１'), '通过ISO 14001环境管理体系认证', 'folded'],
    ['Chinese without spaces, now split over elements', report.replace('劳务派遣', '劳务\n派遣'), '劳务派遣用工比例控制在5%以内', 'folded'],
    ['English with its case and spacing changed', 'The Company signed LABOUR\n contracts with  all staff.', 'labour contracts with all staff', 'folded'],
  ])('finds the quote on %s', (_what, page, quote, method) => {
    const target = captured(report.includes(quote) ? report : 'The Company signed labour contracts with all staff.', quote);
    const found = anchorQuote(page, target)!;
    expect(found.method).toBe(method);
    expect(foldText(page.slice(found.start, found.end)).text).toBe(foldText(quote).text);
  });

  it.each([
    ['the prefix', { prefix: '二、' }, 1],
    ['the suffix', { suffix: '。第三次' }, 2],
  ])('tells repeated quotes apart by %s', (_what, context, nth) => {
    const page = '一、全部达标排放。第一次检测。二、全部达标排放。第二次检测。三、全部达标排放。第三次检测。';
    const starts = [...page.matchAll(/全部达标排放/g)].map((m) => m.index);
    const found = anchorQuote(page, { exact: '全部达标排放', prefix: '', suffix: '', ...context })!;
    expect(found.start).toBe(starts[nth]);
  });

  it('tells repeated quotes apart by their full captured context after the page moved', () => {
    const page = '甲公司:全部达标排放,无处罚。乙公司:全部达标排放,有处罚。丙公司:全部达标排放,无处罚。';
    const target = captured(page, '全部达标排放', 1);
    const moved = `新增说明。${page}`;
    const found = anchorQuote(moved, target)!;
    expect(found.start).toBe(moved.indexOf('乙公司') + 4);
  });

  it('prefers the occurrence nearest the old position when context does not decide', () => {
    const page = 'x达标x'.repeat(50);
    const found = anchorQuote(page, { exact: '达标', start: 101, end: 103 })!;
    expect(Math.abs(found.start - 101)).toBeLessThan(5);
  });

  it.each([
    ['a number edited', '全年劳动合同签订率达到100%，劳务派遣用工', '全年劳动合同签订率达到98%，劳务派遣用工'],
    ['a word replaced', '2025年公司废气、废水污染物全部达标排放', '2025年公司废气、废水污染物均已达标排放'],
    ['a phrase added', '通过ISO 14001环境管理体系认证', '通过ISO 14001国际环境管理体系认证'],
  ])('re-anchors a quote that was edited slightly (%s)', (_what, quote, edited) => {
    const target = captured(report, quote);
    const page = report.replace(quote, edited);
    const found = anchorQuote(page, target)!;
    expect(found.method).toBe('fuzzy');
    const at = page.indexOf(edited);
    expect(Math.abs(found.start - at)).toBeLessThanOrEqual(2);
    expect(Math.abs(found.end - (at + edited.length))).toBeLessThanOrEqual(2);
    expect(found.score).toBeGreaterThan(0.7);
  });

  it('takes in the punctuation an edited quote began or ended with', () => {
    const page = report.replace('控制在5%以内。', '控制在4.5%以内。');
    const found = anchorQuote(page, captured(report, '，劳务派遣用工比例控制在5%以内。'))!;
    expect(page.slice(found.start, found.end)).toBe('，劳务派遣用工比例控制在4.5%以内。');
  });

  it.each([
    ['removed', report.replace('公司于2019年通过ISO 14001环境管理体系认证，2025年完成再认证审核。', '')],
    ['rewritten beyond recognition', report.replace('公司于2019年通过ISO 14001环境管理体系认证', '公司正在筹备质量体系的首次审核工作')],
  ])('is an orphan when the quote was %s', (_what, page) => {
    expect(anchorQuote(page, captured(report, '公司于2019年通过ISO 14001环境管理体系认证'))).toBeNull();
  });

  it('is an orphan for an empty or punctuation-only quote that is not there', () => {
    expect(anchorQuote(report, { exact: '' })).toBeNull();
    expect(anchorQuote(report, { exact: '——' })).toBeNull();
  });

  it('maps folded offsets back through surrogate pairs and expanding characters', () => {
    const page = '甲𠀀乙㍻丙';
    const folded = foldText(page);
    expect(folded.text).toBe('甲𠀀乙平成丙');
    const at = folded.text.indexOf('𠀀乙平');
    expect(originalRange(folded, at, at + 4)).toEqual({ start: 1, end: 5 });
    expect(anchorQuote(page, { exact: '𠀀乙' })).toMatchObject({ start: 1, end: 4 });
  });
});

describe('anchorInPages', () => {
  it.each([
    [5, 9, [5, 6, 4, 7, 3, 8, 2, 9, 1]],
    [1, 3, [1, 2, 3]],
    [3, 3, [3, 2, 1]],
  ])('visits pages nearest page %i first', (hint, count, order) => {
    expect(pagesNearest(hint, count)).toEqual(order);
  });

  it('finds a quote that moved to another page, reading as few pages as needed', async () => {
    const pages = ['第一页 封面', '第二页 目录', '第三页 员工责任 劳动合同签订率100%', '第四页 环境责任', '第五页 附录'];
    const read: number[] = [];
    const found = await anchorInPages(pages.length, async (n) => (read.push(n), pages[n - 1]!), {
      exact: '劳动合同签订率100%',
      pageNumber: 4,
    });
    expect(found).toMatchObject({ pageNumber: 3, method: 'exact' });
    expect(read).toEqual([4, 5, 3]);
  });

  it('is null when no page has the quote', async () => {
    expect(await anchorInPages(2, async () => '无关内容', { exact: '劳动合同签订率', pageNumber: 1 })).toBeNull();
  });
});

describe('the failure classes of issue 15', () => {
  it('does not settle on a look-alike when the quoted formulaic sentence was deleted', () => {
    const page = (middle: string) => `二、员工责任\n公司重视员工培训。一线员工安全培训覆盖率达到100%。${middle}安全培训覆盖率达到95%。\n三、社区`;
    const target = captured(page('员工培训覆盖率达到95%。'), '员工培训覆盖率达到95%。');
    expect(anchorQuote(page(''), target)).toBeNull();
  });

  it('reports a sentence whose distinctive words changed in its place, never a look-alike', () => {
    const incidents = (kinds: string[]) => kinds.map((k) => `No ${k} incidents occurred during the reporting period.`).join(' ');
    const page = (fire: string) => `3. Work safety\nThe company revised its rules. ${incidents(['major safety', 'environmental pollution', fire, 'road transport'])}\n4. Environment`;
    const target = captured(page('fire'), 'No fire incidents occurred during the reporting period.');
    const now = page('chemical leak');
    const found = anchorQuote(now, target);
    if (found) expect(found).toMatchObject({ start: now.indexOf('No chemical'), verdict: 'changed' });
  });

  it('lets contradicting context turn a unique exact match of a short quote into not found', () => {
    const page = '2025年\n公司推进安全标准化建设。全年未发生重大设备事故。设备完好率保持较高水平。\n2024年\n公司完成设备普查。';
    const target = captured(page, '全年未发生重大设备事故。');
    const now = '2025年\n公司推进安全标准化建设。设备完好率保持较高水平。\n2024年\n公司完成设备普查。全年未发生重大设备事故。';
    expect(anchorQuote(now, target)).toBeNull();
    // Its context agreeing on one side, the same words are found, with less confidence than with both.
    const moved = now.replace('。设备完好率', '。全年未发生重大设备事故。设备完好率').replace('普查。全年未发生重大设备事故。', '普查。');
    const withOneSide = anchorQuote(moved.replace('公司推进安全标准化建设', '公司修订制度'), target)!;
    expect(withOneSide.verdict).toBe('found');
    expect(withOneSide.score).toBeLessThan(anchorQuote(moved, target)!.score);
  });

  it('chooses the page of a PDF by the whole selector, not by the first page holding the words', async () => {
    const news: Record<string, [string, string]> = {
      安亭工厂: ['冲压车间完成设备更新', '全年组织应急演练六次'],
      马陆物流中心: ['仓储布局完成优化', '叉车全部通过年度检验'],
      南翔研发中心: ['新建两个试验室', '试验废液全部委托处置'],
    };
    const site = (name: string, n: number) => `嘉定示范企业2025年度社会责任报告\n${name}\n${news[name]![0]}。报告期内未发生安全生产事故。${news[name]![1]}。\n— ${n} —`;
    const before = ['封面', site('安亭工厂', 2), site('马陆物流中心', 3)];
    const page = before[2]!;
    const target = { ...captured(page, '报告期内未发生安全生产事故。'), pageNumber: 3 };
    const after = ['封面', site('安亭工厂', 2), site('南翔研发中心', 3), site('马陆物流中心', 4)];
    const found = await anchorInPages(after.length, async (n) => after[n - 1]!, target);
    expect(found).toMatchObject({ pageNumber: 4, verdict: 'found', start: after[3]!.indexOf('报告期内') });
  });

  it('does not match a long quote that is gone on the look-alike that survives (last year\'s paragraph)', () => {
    const year = (y: number, a: string, b: string) => `${y}年公司环保投入${a}万元，同比增长${b}%，其中废水处理设施改造投入480万元，废气治理投入360万元。`;
    const page = `四、环境\n${year(2025, '1,260', '12')}\n五、员工\n员工一千二百人。\n附录\n${year(2024, '1,120', '8')}`;
    const target = captured(page, year(2025, '1,260', '12'));
    expect(anchorQuote(page.replace(`${year(2025, '1,260', '12')}\n`, ''), target)).toBeNull();
  });

  it('ends an edited match after a whole word, never inside one', () => {
    const page = 'Training\nThe company trained every new hire during the first week of the induction period. Records are kept.';
    const target = captured(page, 'week of the induction period');
    const now = page.replace('period.', 'periods.');
    expect(anchorQuote(now, target)).toMatchObject({ start: now.indexOf('week'), end: now.indexOf('periods') + 'periods'.length, verdict: 'changed' });
  });
});
