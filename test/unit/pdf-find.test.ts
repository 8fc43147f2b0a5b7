import { describe, expect, it } from 'vitest';
import { findInPages, foldPage, MAX_MATCHES } from '../../extension/lib/pdf/find';

const pages = [
  '上海华鑫汽车零部件有限公司 2025年度社会责任报告',
  '屋顶分布式光伏年发电量约68万千瓦时。Rooftop Solar: 680 MWh.',
  '公司持续推进分布式\n光伏建设,ＳＯＬＡＲ capacity grew.',
];
const folded = pages.map(foldPage);
const found = (query: string) => findInPages(folded, query).map((m) => `${m.pageNumber}:${pages[m.pageNumber - 1]!.slice(m.start, m.end)}`);

describe('findInPages', () => {
  it.each([
    ['光伏', ['2:光伏', '3:光伏']],
    ['分布式光伏', ['2:分布式光伏', '3:分布式\n光伏']],
    ['solar', ['2:Solar', '3:ＳＯＬＡＲ']],
    ['rooftop solar', ['2:Rooftop Solar']],
    ['68万', ['2:68万']],
    ['核电', []],
    ['  ', []],
  ])('finds %j across pages, in Chinese and English, whatever the spacing, width and case', (query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it('gives the page’s own offsets for characters outside the basic plane', () => {
    const page = foldPage('𠀀甲 乙');
    expect(findInPages([page], '甲乙')).toEqual([{ pageNumber: 1, start: 2, end: 5 }]);
  });

  it('stops at MAX_MATCHES', () => {
    expect(findInPages([foldPage('的'.repeat(MAX_MATCHES + 10))], '的')).toHaveLength(MAX_MATCHES);
  });
});
