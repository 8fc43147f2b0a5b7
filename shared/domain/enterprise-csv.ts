// Enterprise rows of a CSV file: columns recognised by their Chinese or English headers, cells mapped to the
// registry's values (Chinese and English labels, GB/T 4754 industry codes, street aliases), each row validated,
// and every problem of the header and the rows reported together, by row, column and reason.
import { industryCodes, industryNames, industryOfGbt4754 } from '../industries';
import type { ImportNoteReason, IssueParams, IssueReason, ZodIssueCode } from '../issues';
import { fieldIssueOf } from '../issues';
import { EnterpriseCreate, type RegistryEnterprise } from '../schemas/enterprise';
import type { ImportNote, ImportRowError } from '../schemas/enterprise-import';
import { normalizeCreditCode } from './credit-code';
import { parseCsv, guessDelimiter } from './csv';
import { streetIndex, streetKey, nearestStreets, type StreetEntry } from './street-names';

type Field = keyof typeof EnterpriseCreate.shape;

/** The header written on export (first) and the other headers accepted on import (the credit code's also by credit-code-list.ts). */
export const headers: Record<Field, readonly string[]> = {
  creditCode: ['统一社会信用代码', '信用代码', 'credit_code', 'creditCode', 'unified social credit code'],
  name: ['企业名称', '名称', 'name'],
  nameEn: ['英文名称', 'name_en', 'nameEn', 'english name'],
  industry: ['行业', '所属行业', '行业代码', 'industry'],
  street: ['街镇', '所属街镇', '街道镇', '街道', 'street'],
  size: ['企业规模', '规模', 'size'],
  partyOrgType: ['党组织类型', '党组织', 'party_org_type', 'partyOrgType'],
  domains: ['网站域名', '网站', '域名', 'domains', 'website'],
  contactName: ['联系人', 'contact_name', 'contactName'],
  contactPhone: ['联系电话', '电话', 'contact_phone', 'contactPhone'],
  contactEmail: ['联系邮箱', '邮箱', 'contact_email', 'contactEmail'],
};
/** Without these a row means nothing; 企业规模 and 党组织类型 may be left out (unknown). */
const requiredFields: Field[] = ['creditCode', 'name', 'industry', 'street'];

const key = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/[\s_/()]/g, '');

/** Spreadsheet labels for the enumerated columns, beside the codes themselves; `未知` is as good as blank. */
const labels: Partial<Record<Field, Record<string, string>>> = {
  industry: Object.fromEntries(
    industryCodes.flatMap((code) => [
      [key(code), code],
      [key(industryNames[code].zh), code],
      [key(industryNames[code].zh.replace(/\(.*\)$/, '')), code],
      [key(industryNames[code].en), code],
    ]),
  ),
  size: { 微型: 'micro', 小型: 'small', 中型: 'medium', 大型: 'large', 未知: 'unknown', micro: 'micro', small: 'small', medium: 'medium', large: 'large', unknown: 'unknown' },
  partyOrgType: {
    单独组建: 'independent',
    独立组建: 'independent',
    联合组建: 'joint',
    未建立: 'none',
    未组建: 'none',
    无: 'none',
    未知: 'unknown',
    independent: 'independent',
    joint: 'joint',
    none: 'none',
    unknown: 'unknown',
  },
};

type Cell = { value: unknown; note?: { reason: ImportNoteReason; params: IssueParams } };

function cellValue(field: Field, raw: string): Cell {
  const text = raw.normalize('NFKC').trim();
  if (field === 'domains') return { value: text === '' ? [] : text.split(/[\s,;、]+/).filter(Boolean) };
  if (text === '') return { value: requiredFields.includes(field) ? undefined : field === 'size' || field === 'partyOrgType' ? 'unknown' : null };
  if (field === 'creditCode' && normalizeCreditCode(raw).cleaned) return { value: raw, note: { reason: 'credit_code_cleaned', params: { value: raw.trim(), code: normalizeCreditCode(raw).code } } };
  const label = labels[field]?.[key(text)];
  if (label) return { value: label };
  const coded = field === 'industry' ? industryOfGbt4754(text) : null;
  if (coded) return { value: coded, note: { reason: 'industry_code', params: { value: text, industry: coded } } };
  return { value: text };
}

export type EnterpriseCsvRow = { row: number; enterprise: RegistryEnterprise };
export type EnterpriseCsv = {
  rows: EnterpriseCsvRow[];
  dataRows: number;
  errors: ImportRowError[];
  notes: ImportNote[];
  /** The file's own header of each recognised column. */
  columns: Partial<Record<Field, string>>;
};

/** The header's problems: required columns missing, a column given twice; columns it does not know are only noted. */
function readHeader(header: readonly string[]) {
  const columnOf = new Map<Field, number>();
  const errors: ImportRowError[] = [];
  const notes: ImportNote[] = [];
  header.forEach((title, index) => {
    if (title.trim() === '') return;
    const field = (Object.keys(headers) as Field[]).find((f) => headers[f].some((h) => key(h) === key(title)));
    if (!field) notes.push({ row: 1, column: title.trim(), reason: 'column_unused', params: { value: title.trim() } });
    else if (columnOf.has(field)) errors.push(rowError(1, title.trim(), field, 'column_repeated', `Two columns hold ${headers[field][0]}`, { first: header[columnOf.get(field)!]!.trim() }));
    else columnOf.set(field, index);
  });
  for (const field of requiredFields.filter((f) => !columnOf.has(f))) {
    errors.push(rowError(1, headers[field][0]!, field, 'column_missing', `No column for ${headers[field][0]} (${field})`, { accepted: [...headers[field]] }));
  }
  return { columnOf, errors, notes };
}

function rowError(row: number, column: string | null, field: Field | null, reason: IssueReason | ZodIssueCode, message: string, params?: IssueParams): ImportRowError {
  return { row, column, field, reason, message, ...(params && Object.keys(params).length > 0 ? { params } : {}) };
}

/**
 * Reads enterprises from CSV text against the registry's active streets (names and aliases). Rows count as a
 * spreadsheet shows them: the header is row 1. Header problems and row problems come back together.
 */
export function readEnterpriseCsv(text: string, streets: readonly StreetEntry[]): EnterpriseCsv {
  const records = parseCsv(text, guessDelimiter(text));
  const header = records[0] ?? [];
  const { columnOf, errors, notes } = readHeader(header);
  const columnName = (field: Field) => (columnOf.has(field) ? header[columnOf.get(field)!]!.trim() : headers[field][0]!);
  const streetOf = streetIndex(streets);

  const rows: EnterpriseCsvRow[] = [];
  const seenCodes = new Map<string, number>();
  const seenDomains = new Map<string, number>();
  let dataRows = 0;
  records.slice(1).forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    dataRows++;
    const problems: ImportRowError[] = [];
    const input: Record<string, unknown> = {};
    for (const [field, column] of columnOf) {
      const cell = cellValue(field, cells[column] ?? '');
      input[field] = cell.value;
      if (cell.note) notes.push({ row, column: columnName(field), ...cell.note });
    }
    const parsed = EnterpriseCreate.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        // A column the header lacks is reported once, on row 1, not again on every row.
        if (!columnOf.has(field)) continue;
        const { reason, code, params, message } = fieldIssueOf(issue);
        if (input[field] === undefined) problems.push(rowError(row, columnName(field), field, 'required', 'This cell must not be empty'));
        else problems.push(rowError(row, columnName(field), field, reason ?? (code as ZodIssueCode), message, { ...params, value: String(cells[columnOf.get(field)!] ?? '').trim() }));
      }
    }
    const typedStreet = typeof input.street === 'string' ? input.street : null;
    const street = typedStreet === null ? null : streetOf.get(streetKey(typedStreet));
    if (typedStreet !== null && !street) {
      problems.push(rowError(row, columnName('street'), 'street', 'street_unknown', `"${typedStreet}" is not a street or town of the registry`, { value: typedStreet, suggestions: nearestStreets(streets, typedStreet) }));
    } else if (street && streetKey(street.name) !== streetKey(typedStreet!)) {
      notes.push({ row, column: columnName('street'), reason: 'street_alias', params: { value: typedStreet!, street: street.name } });
    }
    if (!parsed.success || !street || problems.length > 0 || errors.some((e) => e.reason === 'column_missing')) {
      errors.push(...problems);
      return;
    }
    const enterprise: RegistryEnterprise = { ...parsed.data, street: street.name, streetId: street.id };
    const clash = (reason: IssueReason, field: Field, message: string, params: IssueParams) => errors.push(rowError(row, columnName(field), field, reason, message, params));
    const firstRow = seenCodes.get(enterprise.creditCode);
    if (firstRow !== undefined) return clash('credit_code_repeated_in_file', 'creditCode', `The same credit code is on row ${firstRow}`, { value: enterprise.creditCode, first: firstRow });
    seenCodes.set(enterprise.creditCode, row);
    const taken = enterprise.domains.find((d) => seenDomains.has(d));
    if (taken) return clash('domain_repeated_in_file', 'domains', `${taken} is also on row ${seenDomains.get(taken)}`, { value: taken, first: seenDomains.get(taken)! });
    enterprise.domains.forEach((d) => seenDomains.set(d, row));
    rows.push({ row, enterprise });
  });
  const byRow = (a: { row: number }, b: { row: number }) => a.row - b.row;
  return { rows, dataRows, errors: errors.sort(byRow), notes: notes.sort(byRow), columns: Object.fromEntries([...columnOf.keys()].map((f) => [f, columnName(f)])) };
}

/** Enterprises as CSV with the Chinese headers, in the registry's own values (the import reads them back). */
export function enterpriseCsvRecords(enterprises: readonly EnterpriseCreate[]): string[][] {
  const fields = Object.keys(headers) as Field[];
  return [
    fields.map((f) => headers[f][0]!),
    ...enterprises.map((e) => fields.map((f) => (f === 'domains' ? e.domains.join(';') : String(e[f] ?? '')))),
  ];
}
