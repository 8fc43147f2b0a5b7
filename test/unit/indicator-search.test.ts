import { describe, expect, it } from 'vitest';
import { pickerOrder, searchIndicators, suggestIndicators, type SearchableIndicator } from '../../shared/domain/indicator-search';

const item = (id: number, code: string, zh: string, en: string, kzh: string[], ken: string[], level = 3): SearchableIndicator => ({
  id,
  level,
  code,
  name: { zh, en },
  keywords: { zh: kzh, en: ken },
});

const indicators = [
  item(1, 'STAFF', '员工责任', 'Staff', [], [], 1),
  item(2, 'STAFF.1.1', '劳动合同签订率', 'Labour contract signing rate', ['劳动合同', '签订率'], ['labour contract', 'signing rate']),
  item(3, 'STAFF.1.2', '社会保险缴纳', 'Social insurance', ['社会保险', '社保', '公积金'], ['social insurance', 'housing fund']),
  item(4, 'ENV.1.1', '达标排放', 'Emissions within limits', ['排放', '污染物'], ['emission', 'pollutant']),
  item(5, 'STAFF.1.10', '工时', 'Working hours', ['工时', '加班'], ['working hours', 'overtime']),
];

describe('searchIndicators', () => {
  it.each([
    ['STAFF.1.1', [2, 5]],
    ['staff.1.2', [3]],
    ['社保', [3]],
    ['排放', [4]],
    ['emissions', [4]],
    ['overtime', [5]],
    ['ＳＴＡＦＦ.1.2', [3]],
  ])('finds %s', (query, ids) => {
    expect(searchIndicators(indicators, query).map((i) => i.id)).toEqual(ids);
  });

  it('never offers a dimension or group, and lists scored indicators for an empty query', () => {
    expect(searchIndicators(indicators, 'staff').map((i) => i.level)).not.toContain(1);
    expect(searchIndicators(indicators, '').map((i) => i.id)).toEqual([2, 3, 4, 5]);
  });
});

describe('suggestIndicators', () => {
  it('ranks by keyword evidence in a Chinese quote without spaces', () => {
    const quote = '公司全员签订劳动合同,签订率100%,并为员工足额缴纳社会保险和住房公积金。';
    expect(suggestIndicators(indicators, quote).map((i) => i.id)).toEqual([2, 3]);
  });

  it('matches English keywords on word boundaries only', () => {
    expect(suggestIndicators(indicators, 'Pollutant emissions stayed within limits.').map((i) => i.id)).toEqual([4]);
    expect(suggestIndicators(indicators, 'Moreover, timesheets are kept; the remission of fees').map((i) => i.id)).toEqual([]);
    expect(suggestIndicators(indicators, 'No overtimes were recorded').map((i) => i.id)).toEqual([5]);
  });

  it('suggests nothing for an unrelated quote', () => {
    expect(suggestIndicators(indicators, '今天天气很好')).toEqual([]);
  });
});

describe('pickerOrder', () => {
  const quote = '公司全员签订劳动合同,签订率100%。';
  const order = (lastUsedId: number | null, text = quote) => pickerOrder(indicators, text, lastUsedId).map((e) => `${e.indicator.id}${e.suggested ? 's' : ''}${e.lastUsed ? 'l' : ''}`);

  it('puts the quote’s suggestions first and the last used next, then every other indicator', () => {
    expect(order(4)).toEqual(['2s', '4l', '3', '5']);
  });

  it('tags a last used indicator that is also suggested with both, once', () => {
    expect(order(2)).toEqual(['2sl', '3', '4', '5']);
  });

  it('starts with the last used when the quote suggests nothing, and never lists a dimension', () => {
    expect(order(5, '今天天气很好')).toEqual(['5l', '2', '3', '4']);
    expect(order(1, '今天天气很好')).toEqual(['2', '3', '4', '5']);
  });
});
