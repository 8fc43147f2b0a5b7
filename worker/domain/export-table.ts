// A table to download, and its CSV form: UTF-8 with a BOM so Chinese spreadsheet tools (Excel, WPS)
// read it as UTF-8, and text cells that a spreadsheet would run as a formula neutralised (clipped quotes
// and titles are untrusted).
import { toCsv } from '../../shared/domain/csv';

export type ExportCell = string | number | null;
export type ExportColumn = { header: string; /** In characters, for XLSX. */ width?: number };
export type ExportTable = { sheet: string; columns: ExportColumn[]; rows: ExportCell[][] };

const BOM = '\uFEFF';

/** A leading =, +, -, @, tab or carriage return makes spreadsheets evaluate the cell (CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;

export const csvCellText = (cell: ExportCell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : formulaStart.test(cell) ? `'${cell}` : cell);

export function csvOf(table: ExportTable): string {
  return BOM + toCsv([table.columns.map((c) => c.header), ...table.rows.map((row) => row.map(csvCellText))]);
}

/** A bilingual header, Chinese first. */
export const header = (zh: string, en: string, width?: number): ExportColumn => ({ header: `${zh} ${en}`, width });
