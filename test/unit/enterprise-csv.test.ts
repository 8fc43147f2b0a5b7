import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../shared/domain/csv';
import { enterpriseCsvRecords, readEnterpriseCsv } from '../../shared/domain/enterprise-csv';
import { EnterpriseCreate } from '../../shared/schemas/enterprise';
import { jiadingStreets } from '../../worker/seed/jiading-streets';

/** The registry as the worker hands it over: Jiading's streets with ids in official order. */
const registry = jiadingStreets.map((s, i) => ({ id: i + 1, name: s.name, aliases: s.aliases }));
const read = (text: string) => readEnterpriseCsv(text, registry);

const header = '统一社会信用代码,企业名称,行业,街镇,企业规模,党组织类型,网站域名,联系电话';
const row = (cells: Partial<Record<'code' | 'name' | 'industry' | 'street' | 'size' | 'party' | 'domains' | 'phone', string>>) =>
  [
    cells.code ?? '91310114MA1GT35K7H',
    cells.name ?? '上海华鑫汽车零部件有限公司',
    cells.industry ?? '制造业',
    cells.street ?? '安亭镇',
    cells.size ?? '中型',
    cells.party ?? '单独组建',
    cells.domains ?? 'https://www.huaxin-auto.com.cn/;huaxin.cn',
    cells.phone ?? '021-59571234',
  ].join(',');

describe('readEnterpriseCsv', () => {
  it('maps Chinese headers and labels to registry values', () => {
    const csv = read(`${header}\n${row({})}\n`);
    expect(csv.errors).toEqual([]);
    expect(csv.rows).toEqual([
      {
        row: 2,
        enterprise: {
          creditCode: '91310114MA1GT35K7H',
          name: '上海华鑫汽车零部件有限公司',
          nameEn: null,
          industry: 'manufacturing',
          street: '安亭镇',
          streetId: 5,
          size: 'medium',
          partyOrgType: 'independent',
          domains: ['huaxin-auto.com.cn', 'huaxin.cn'],
          contactName: null,
          contactPhone: '021-59571234',
          contactEmail: null,
        },
      },
    ]);
    expect(csv.columns.domains).toBe('网站域名');
  });

  it('accepts English headers and codes, in any column order', () => {
    const csv = read('name,credit_code,industry,street,size,party_org_type\n上海绿源建设工程有限公司,91310114ma1gu12340,construction,南翔镇,large,joint\n');
    expect(csv.errors).toEqual([]);
    expect(csv.rows[0]!.enterprise).toMatchObject({ creditCode: '91310114MA1GU12340', industry: 'construction', partyOrgType: 'joint', domains: [] });
  });

  it('reports every bad cell with its row, column and reason', () => {
    const csv = read(
      [
        header,
        row({}),
        row({ code: '91310114MA1GT35K7X', industry: '钢铁' }),
        row({ code: '9131011', size: '巨型' }),
        row({ code: '91310114MA1GU12340', name: '', domains: 'not_a_domain!' }),
      ].join('\n'),
    );
    expect(csv.rows.map((r) => r.row)).toEqual([2]);
    expect(csv.errors.map(({ row, column, reason }) => [row, column, reason])).toEqual([
      [3, '统一社会信用代码', 'credit_code_check_digit'],
      [3, '行业', 'invalid_value'],
      [4, '统一社会信用代码', 'credit_code_length'],
      [4, '企业规模', 'invalid_value'],
      [5, '企业名称', 'required'],
      [5, '网站域名', 'domain_invalid'],
    ]);
    expect(csv.dataRows).toBe(4);
  });

  it('refuses a credit code or a domain repeated in the file', () => {
    const csv = read([header, row({}), row({ domains: '' }), row({ code: '91310114MA1GU12340', name: '上海绿源建设工程有限公司', domains: 'huaxin.cn' })].join('\n'));
    expect(csv.errors.map(({ row, column, reason }) => [row, column, reason])).toEqual([
      [3, '统一社会信用代码', 'credit_code_repeated_in_file'],
      [4, '网站域名', 'domain_repeated_in_file'],
    ]);
  });

  it('names missing required columns and a repeated one, together with the rows’ problems', () => {
    const csv = read('企业名称,街镇,名称\n上海华鑫,安亭镇,x\n上海某某,不存在镇,y\n');
    expect(csv.rows).toEqual([]);
    expect(csv.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [1, '名称', 'column_repeated'],
      [1, '统一社会信用代码', 'column_missing'],
      [1, '行业', 'column_missing'],
      [3, '街镇', 'street_unknown'],
    ]);
  });

  it('takes 企业规模 and 党组织类型 as optional: missing or blank is unknown', () => {
    const csv = read('统一社会信用代码,企业名称,行业,街镇,企业规模\n91310114MA1GT35K7H,上海华鑫汽车零部件有限公司,制造业,安亭镇,\n');
    expect(csv.errors).toEqual([]);
    expect(csv.rows[0]!.enterprise).toMatchObject({ size: 'unknown', partyOrgType: 'unknown' });
  });

  it.each([
    ['C36', 'manufacturing'],
    ['C3670', 'manufacturing'],
    ['C26', 'chemicals'],
    ['14', 'food'],
    ['Ｇ５９', 'logistics'],
    ['I', 'information_technology'],
    ['房地产服务', 'real_estate'],
    ['Financial services', 'finance'],
  ])('reads the industry %s as %s', (cell, industry) => {
    const csv = read(`${header}\n${row({ industry: cell })}\n`);
    expect(csv.errors).toEqual([]);
    expect(csv.rows[0]!.enterprise.industry).toBe(industry);
  });

  it('refuses an industry it cannot place, listing the allowed values', () => {
    const csv = read(`${header}\n${row({ industry: 'A01' })}\n`);
    expect(csv.errors[0]).toMatchObject({ reason: 'invalid_value', params: { value: 'A01', values: expect.arrayContaining(['manufacturing', 'real_estate']) } });
  });

  it('maps aliases and full-width spellings to the official street, with a note, and suggests the nearest for an unknown one', () => {
    const csv = read([header, row({ street: '嘉定新城（马陆镇）' }), row({ code: '91310114MA1GU12340', name: '上海绿源', street: '马路镇', domains: '' })].join('\n'));
    expect(csv.rows[0]!.enterprise).toMatchObject({ street: '马陆镇', streetId: 6 });
    expect(csv.notes).toEqual([{ row: 2, column: '街镇', reason: 'street_alias', params: { value: '嘉定新城(马陆镇)', street: '马陆镇' } }]);
    expect(csv.errors).toEqual([expect.objectContaining({ row: 3, reason: 'street_unknown', params: { value: '马路镇', suggestions: ['马陆镇'] } })]);
  });

  it('cleans spaces and hyphens out of a credit code with a note, and reads full-width codes and phones', () => {
    const csv = read(`${header}\n${row({ code: '９１３１０１１４－ＭＡ１ＧＴ３５Ｋ７Ｈ', phone: '０２１－５９５７１２３４' })}\n`);
    expect(csv.errors).toEqual([]);
    expect(csv.rows[0]!.enterprise).toMatchObject({ creditCode: '91310114MA1GT35K7H', contactPhone: '021-59571234' });
    expect(csv.notes.map((n) => n.reason)).toEqual(['credit_code_cleaned']);
  });

  it('skips blank lines but keeps spreadsheet row numbers', () => {
    const csv = read([header, '', ',,,,,,,', row({ code: '9131011' })].join('\n'));
    expect(csv.dataRows).toBe(1);
    expect(csv.errors[0]!.row).toBe(4);
  });

  it('reads back what enterpriseCsvRecords writes', () => {
    const enterprise = EnterpriseCreate.parse({
      creditCode: '91310114MA1GW5678U',
      name: '上海嘉安物流有限公司',
      nameEn: 'Shanghai Jia’an Logistics, Co.',
      industry: 'logistics',
      street: '江桥镇',
      size: 'small',
      partyOrgType: 'none',
      domains: ['jiaan-logistics.cn', 'csr.jiaan-logistics.cn'],
      contactName: '吴敏',
      contactEmail: 'csr@jiaan-logistics.cn',
    });
    const text = toCsv(enterpriseCsvRecords([enterprise]));
    expect(parseCsv(text)[0]![0]).toBe('统一社会信用代码');
    expect(read(text).rows[0]!.enterprise).toEqual({ ...enterprise, streetId: 10 });
  });
});
