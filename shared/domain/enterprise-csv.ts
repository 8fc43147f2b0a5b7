// Enterprise rows of a CSV file: columns recognised by their Chinese or English headers, cells mapped to
// the registry's values, each row validated, and every problem reported by row, column and reason.
import { industryCodes, industryNames } from '../industries';
import { EnterpriseCreate } from '../schemas/enterprise';
import type { ImportRowError } from '../schemas/enterprise-import';
import { parseCsv, guessDelimiter } from './csv';

type Field = keyof typeof EnterpriseCreate.shape;

/** The header written on export (first) and the other headers accepted on import (the credit code's also by credit-code-list.ts). */
export const headers: Record<Field, readonly string[]> = {
  creditCode: ['统一社会信用代码', '信用代码', 'credit_code', 'creditCode', 'unified social credit code'],
  name: ['企业名称', '名称', 'name'],
  nameEn: ['英文名称', 'name_en', 'nameEn', 'english name'],
  industry: ['行业', '所属行业', 'industry'],
  street: ['街镇', '所属街镇', '街道镇', 'street'],
  size: ['企业规模', '规模', 'size'],
  partyOrgType: ['党组织类型', '党组织', 'party_org_type', 'partyOrgType'],
  domains: ['网站域名', '网站', '域名', 'domains', 'website'],
  contactName: ['联系人', 'contact_name', 'contactName'],
  contactPhone: ['联系电话', '电话', 'contact_phone', 'contactPhone'],
  contactEmail: ['联系邮箱', '邮箱', 'contact_email', 'contactEmail'],
};
const requiredFields: Field[] = ['creditCode', 'name', 'industry', 'street', 'size', 'partyOrgType'];

const key = (text: string) => text.trim().toLowerCase().replace(/[\s_/()()]/g, '');

/** Spreadsheet labels for the enumerated columns, beside the codes themselves. */
const labels: Partial<Record<Field, Record<string, string>>> = {
  industry: Object.fromEntries(
    industryCodes.flatMap((code) => [
      [key(code), code],
      [key(industryNames[code].zh), code],
      [key(industryNames[code].zh.replace(/\(.*\)$/, '')), code],
      [key(industryNames[code].en), code],
    ]),
  ),
  size: { 微型: 'micro', 小型: 'small', 中型: 'medium', 大型: 'large', micro: 'micro', small: 'small', medium: 'medium', large: 'large' },
  partyOrgType: { 单独组建: 'independent', 独立组建: 'independent', 联合组建: 'joint', 未建立: 'none', 无: 'none', independent: 'independent', joint: 'joint', none: 'none' },
};

function cellValue(field: Field, raw: string): unknown {
  const text = raw.trim();
  if (field === 'domains') return text === '' ? [] : text.split(/[\s,;,;、]+/).filter(Boolean);
  if (text === '') return requiredFields.includes(field) ? undefined : null;
  return labels[field]?.[key(text)] ?? text;
}

export type EnterpriseCsvRow = { row: number; enterprise: EnterpriseCreate };
export type EnterpriseCsv = {
  rows: EnterpriseCsvRow[];
  dataRows: number;
  errors: ImportRowError[];
  /** The file's own header of each recognised column. */
  columns: Partial<Record<Field, string>>;
};

/** Reads enterprises from CSV text. Rows count as a spreadsheet shows them: the header is row 1. */
export function readEnterpriseCsv(text: string): EnterpriseCsv {
  const records = parseCsv(text, guessDelimiter(text));
  const header = records[0] ?? [];
  const columnOf = new Map<Field, number>();
  header.forEach((title, index) => {
    const field = (Object.keys(headers) as Field[]).find((f) => headers[f].some((h) => key(h) === key(title)));
    if (field && !columnOf.has(field)) columnOf.set(field, index);
  });
  const missing = requiredFields.filter((f) => !columnOf.has(f));
  if (missing.length > 0) {
    return {
      rows: [],
      columns: {},
      dataRows: Math.max(0, records.length - 1),
      errors: missing.map((f) => ({ row: 1, column: headers[f][0]!, reason: 'missing_column', message: `No column for ${headers[f][0]} (${f})` })),
    };
  }
  const columnName = (field: Field) => header[columnOf.get(field)!]!.trim();

  const rows: EnterpriseCsvRow[] = [];
  const errors: ImportRowError[] = [];
  const seenCodes = new Map<string, number>();
  const seenDomains = new Map<string, number>();
  let dataRows = 0;
  records.slice(1).forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    dataRows++;
    const input = Object.fromEntries([...columnOf].map(([field, column]) => [field, cellValue(field, cells[column] ?? '')]));
    const parsed = EnterpriseCreate.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        const missing = input[field] === undefined;
        const reason = (issue as { params?: { reason?: string } }).params?.reason ?? (missing ? 'required' : issue.code);
        errors.push({ row, column: columnOf.has(field) ? columnName(field) : null, reason, message: missing ? 'This cell must not be empty' : issue.message });
      }
      return;
    }
    const enterprise = parsed.data;
    const clash = (reason: string, field: Field, message: string) => errors.push({ row, column: columnName(field), reason, message });
    const firstRow = seenCodes.get(enterprise.creditCode);
    if (firstRow !== undefined) return clash('duplicate_in_file', 'creditCode', `The same credit code is on row ${firstRow}`);
    seenCodes.set(enterprise.creditCode, row);
    const taken = enterprise.domains.find((d) => seenDomains.has(d));
    if (taken) return clash('domain_duplicate_in_file', 'domains', `${taken} is also on row ${seenDomains.get(taken)}`);
    enterprise.domains.forEach((d) => seenDomains.set(d, row));
    rows.push({ row, enterprise });
  });
  return { rows, dataRows, errors, columns: Object.fromEntries([...columnOf.keys()].map((f) => [f, columnName(f)])) };
}

/** Enterprises as CSV with the Chinese headers, in the registry's own values (the import reads them back). */
export function enterpriseCsvRecords(enterprises: readonly EnterpriseCreate[]): string[][] {
  const fields = Object.keys(headers) as Field[];
  return [
    fields.map((f) => headers[f][0]!),
    ...enterprises.map((e) => fields.map((f) => (f === 'domains' ? e.domains.join(';') : String(e[f] ?? '')))),
  ];
}
