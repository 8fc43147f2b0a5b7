import { describe, expect, it } from 'vitest';
import { csvCellText, csvOf } from '../../worker/domain/export-table';
import { DISTRICT_LOCALE, exportLocaleOf, exportWords, localTime } from '../../worker/domain/export-locale';
import { evidenceTable, resultsTable, type EvidenceExportRow } from '../../worker/domain/export-tables';

describe('csvCellText', () => {
  it.each([
    ['plain', 'plain'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+86 21', "'+86 21"],
    ['-1', '-1'],
    ['-12.5', '-12.5'],
    ['+3', '+3'],
    ['-1+1', "'-1+1"],
    ['- 1', "'- 1"],
    ['  =1+1', "'  =1+1"],
    ['\u00A0=HYPERLINK("http://x")', '\'\u00A0=HYPERLINK("http://x")'],
    ['\u3000@SUM(A1)', "'\u3000@SUM(A1)"],
    ['\uFEFF+cmd', "'\uFEFF+cmd"],
    ['\u200B-2+3', "'\u200B-2+3"],
    ['＝SUM(A1)', "'＝SUM(A1)"],
    ['＋86', "'＋86"],
    ['－1', "'－1"],
    ['＠cmd', "'＠cmd"],
    ['a=1', 'a=1'],
    ['公司 = 企业', '公司 = 企业'],
    [-3, '-3'],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    [12.5, '12.5'],
    [null, ''],
  ])('%j → %j', (cell, expected) => {
    expect(csvCellText(cell)).toBe(expected);
  });
});

describe('csvOf', () => {
  it('starts with a BOM, quotes where needed and ends lines with CRLF', () => {
    const csv = csvOf({ sheet: 's', columns: [{ header: '名称 Name' }, { header: '分 Score' }], rows: [['a, "b"', 3], [null, 0]] });
    expect(csv).toBe('\uFEFF名称 Name,分 Score\r\n"a, ""b""",3\r\n,0\r\n');
  });
});

describe('export tables', () => {
  it('lays out a result line with its dimensions, veto reasons and commendations', () => {
    const table = resultsTable(
      DISTRICT_LOCALE,
      [
        {
          enterprise: { creditCode: 'C1', name: '甲公司', street: '南翔镇', industry: 'construction' },
          rankOverall: 2,
          rankStreet: 1,
          rankIndustry: null,
          weightedTotal: 59.5,
          adjustmentTotal: 2,
          adjustments: [{ name: { zh: '市级荣誉', en: 'Municipal honour' }, points: 2 }],
          total: 61.5,
          grade: 'C',
          bandGrade: 'B',
          vetoCodes: ['STAFF.1.1'],
          completeness: 0.8125,
          signedOff: true,
          dimensions: { STAFF: 50 },
          commendations: [{ zh: '示范点位', en: 'Pilot site' }],
        },
      ],
      [
        { code: 'STAFF', name: { zh: '员工', en: 'Staff' } },
        { code: 'ENV', name: { zh: '环境', en: 'Environment' } },
      ],
      new Map([['STAFF.1.1', { zh: '劳动合同签订', en: 'Contracts' }]]),
    );
    expect(table.columns.map((c) => c.header)).toContain('员工');
    expect(table.rows[0]).toEqual([2, 'C1', '甲公司', '南翔镇', '建筑业', 59.5, 2, '市级荣誉 +2', 61.5, 'C', 'B', 'STAFF.1.1 劳动合同签订', 50, null, 1, null, 81.3, '是', '示范点位']);
  });

  it.each([
    ['https://a.cn/r.pdf', 'https://a.cn/r.pdf'],
    ['javascript:alert(1)', null],
    [null, null],
  ])('passes on the source link %j as %j', (url, expected) => {
    expect(evidenceTable(DISTRICT_LOCALE, [evidenceRow({ url })]).rows[0]![6]).toBe(expected);
  });

  it('words stored values and times in the reader’s language and zone', () => {
    const row = evidenceRow({ kind: 'record', stance: 'contradicts', status: 'rejected', validity: { status: 'expired', validUntil: '2025-12-31' }, capturedAt: '2026-03-01T17:30:00.000Z' });
    expect(evidenceTable(DISTRICT_LOCALE, [row]).rows[0]).toEqual(expect.arrayContaining(['公共记录', '反驳', '未采纳', '已过期', '2026-03-02 01:30:00']));
    const english = evidenceTable({ lang: 'en', timeZone: 'Europe/Berlin' }, [row]);
    expect(english.columns.at(-1)!.header).toBe('Captured at (Europe/Berlin)');
    expect(english.rows[0]).toEqual(expect.arrayContaining(['Public record', 'Contradicts', 'Rejected', 'Expired', '2026-03-01 18:30:00']));
  });
});

describe('the reader’s locale', () => {
  it.each([
    [undefined, undefined, undefined, { lang: 'zh', timeZone: 'Asia/Shanghai' }],
    [undefined, undefined, 'en-US,en;q=0.9', { lang: 'en', timeZone: 'Asia/Shanghai' }],
    [undefined, undefined, 'zh-CN,zh;q=0.9,en;q=0.8', { lang: 'zh', timeZone: 'Asia/Shanghai' }],
    ['zh-CN', 'UTC', 'en-US', { lang: 'zh', timeZone: 'UTC' }],
    ['en', undefined, undefined, { lang: 'en', timeZone: 'Asia/Shanghai' }],
  ] as const)('lang %s, tz %s, Accept-Language %s', (lang, tz, accept, expected) => expect(exportLocaleOf(lang, tz, accept)).toEqual(expected));

  it('writes midnight as 00, not 24', () => expect(localTime(DISTRICT_LOCALE, '2026-01-01T16:00:00.000Z')).toBe('2026-01-02 00:00:00'));

  it('has Chinese and English words for every value a download shows', () => {
    const pairs = Object.values(exportWords).flatMap((entry) => ('zh' in entry ? [entry] : Object.values(entry))) as { zh: string; en: string }[];
    for (const { zh, en } of pairs) {
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toMatch(/[A-Za-z]/);
    }
  });
});

function evidenceRow(overrides: Partial<EvidenceExportRow>): EvidenceExportRow {
  return {
    id: 1,
    enterprise: { creditCode: 'C', name: 'n' },
    indicatorCode: 'X.1.1',
    kind: 'link',
    title: 't',
    url: null,
    quote: null,
    pageNumber: null,
    stance: 'supports',
    status: 'pending',
    reviewComment: null,
    capturedBy: 'p',
    capturedAt: '2026-01-01T00:00:00.000Z',
    validity: { status: 'valid', validUntil: null },
    ...overrides,
  };
}
