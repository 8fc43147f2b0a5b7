// A table to download, and its CSV form: UTF-8 with a BOM so Chinese spreadsheet tools (Excel, WPS)
// read it as UTF-8, and text cells that a spreadsheet would run as a formula neutralised (clipped quotes
// and titles are untrusted), in the XLSX form too (export-xlsx.ts). A large download is a source read page
// by page and streamed as CSV, one page in memory at a time.
import { toCsv } from '../../shared/domain/csv';

export type ExportCell = string | number | null;
export type ExportColumn = { header: string; /** In characters, for XLSX. */ width?: number };
export type ExportTable = { sheet: string; columns: ExportColumn[]; rows: ExportCell[][] };

/** A download read page by page: its sheet and columns, its rows in pages, and at most how many rows it holds. */
export type ExportSource = { sheet: string; columns: ExportColumn[]; rowsAtMost: number; pages(): AsyncIterable<ExportCell[][]> };

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

const csvRows = (rows: ExportCell[][]) => toCsv(rows.map((row) => row.map(csvCellText)));
const csvHeader = (columns: ExportColumn[]) => BOM + toCsv([columns.map((c) => c.header)]);

export function csvOf(table: ExportTable): string {
  return csvHeader(table.columns) + (table.rows.length > 0 ? csvRows(table.rows) : '');
}

/** The source as a CSV byte stream: the header at once, then each page as the reader asks for more. */
export function csvStream(source: ExportSource): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pages = source.pages()[Symbol.asyncIterator]();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        return controller.enqueue(encoder.encode(csvHeader(source.columns)));
      }
      const next = await pages.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvRows(next.value)));
    },
    async cancel() {
      await pages.return?.();
    },
  });
}

/** Every page of the source in one table (XLSX is written whole). */
export async function tableOf(source: ExportSource): Promise<ExportTable> {
  const rows: ExportCell[][] = [];
  for await (const page of source.pages()) rows.push(...page);
  return { sheet: source.sheet, columns: source.columns, rows };
}

/** A bilingual header, Chinese first. */
export const header = (zh: string, en: string, width?: number): ExportColumn => ({ header: `${zh} ${en}`, width });
