// A table to download, and its CSV form: UTF-8 with a BOM so Chinese spreadsheet tools (Excel, WPS)
// read it as UTF-8, and text cells that a spreadsheet would run as a formula neutralised (clipped quotes
// and titles are untrusted), in the XLSX form too (export-xlsx.ts).
import { toCsv } from '../../shared/domain/csv';

export type ExportCell = string | number | null;
export type ExportColumn = { header: string; /** In characters, for XLSX. */ width?: number };
export type ExportTable = { sheet: string; columns: ExportColumn[]; rows: ExportCell[][] };

const BOM = '\uFEFF';

/**
 * Spreadsheets evaluate a cell whose first character is =, +, - or @ (CSV injection), some after skipping
 * blanks (spaces, NBSP, U+3000, a BOM, a zero-width space) and some after reading full-width ＝＋－＠ as
 * half-width; a leading tab or carriage return also starts one. A plain number (-12.5) is only a number.
 */
const formulaStart = /^(?:[\t\r]|[\s\u200B\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;
const plainNumber = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** The text as a spreadsheet should hold it: with a leading apostrophe when it would run as a formula. */
export const neutralisedText = (text: string) => (formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text);

export const csvCellText = (cell: ExportCell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : neutralisedText(cell));

export function csvOf(table: ExportTable): string {
  return BOM + toCsv([table.columns.map((c) => c.header), ...table.rows.map((row) => row.map(csvCellText))]);
}

/** A bilingual header, Chinese first. */
export const header = (zh: string, en: string, width?: number): ExportColumn => ({ header: `${zh} ${en}`, width });
