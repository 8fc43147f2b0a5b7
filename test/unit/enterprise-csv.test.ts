import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../shared/domain/csv';
import { enterpriseCsvRecords, readEnterpriseCsv } from '../../shared/domain/enterprise-csv';
import { EnterpriseCreate } from '../../shared/schemas/enterprise';

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
    const csv = readEnterpriseCsv(`${header}\n${row({})}\n`);
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
    const csv = readEnterpriseCsv('name,credit_code,industry,street,size,party_org_type\n上海绿源建设工程有限公司,91310114ma1gu12340,construction,南翔镇,large,joint\n');
    expect(csv.errors).toEqual([]);
    expect(csv.rows[0]!.enterprise).toMatchObject({ creditCode: '91310114MA1GU12340', industry: 'construction', partyOrgType: 'joint', domains: [] });
  });

  it('reports every bad cell with its row, column and reason', () => {
    const csv = readEnterpriseCsv(
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
    const csv = readEnterpriseCsv([header, row({}), row({ domains: '' }), row({ code: '91310114MA1GU12340', name: '上海绿源建设工程有限公司', domains: 'huaxin.cn' })].join('\n'));
    expect(csv.errors.map(({ row, column, reason }) => [row, column, reason])).toEqual([
      [3, '统一社会信用代码', 'duplicate_in_file'],
      [4, '网站域名', 'domain_duplicate_in_file'],
    ]);
  });

  it('names missing required columns and reads nothing', () => {
    const csv = readEnterpriseCsv('企业名称,街镇\n上海华鑫,安亭镇\n');
    expect(csv.rows).toEqual([]);
    expect(csv.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [1, '统一社会信用代码', 'missing_column'],
      [1, '行业', 'missing_column'],
      [1, '企业规模', 'missing_column'],
      [1, '党组织类型', 'missing_column'],
    ]);
  });

  it('skips blank lines but keeps spreadsheet row numbers', () => {
    const csv = readEnterpriseCsv([header, '', ',,,,,,,', row({ code: '9131011' })].join('\n'));
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
    expect(readEnterpriseCsv(text).rows[0]!.enterprise).toEqual(enterprise);
  });
});
