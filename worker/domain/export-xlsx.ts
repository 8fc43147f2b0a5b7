// A table as an XLSX workbook, written by write-excel-file: text stays text (never a formula), numbers stay
// numbers, the header row is bold and frozen. Its Node build (node:stream, under nodejs_compat) deflates
// in-line; the universal build hands sheets over 160 KB to fflate's Web Workers, which workerd does not have.
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import { neutralisedText, type ExportCell, type ExportTable } from './export-table';

/** Typed text is no formula when opened, but editing the cell (F2, Enter) reads it again: neutralised as in CSV. */
const cellOf = (cell: ExportCell): Cell =>
  cell === null ? null : typeof cell === 'number' ? { value: cell, type: Number } : { value: neutralisedText(cell), type: String };

export async function xlsxOf(table: ExportTable): Promise<ArrayBuffer> {
  const headerRow: Row = table.columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' }));
  const data: Row[] = [headerRow, ...table.rows.map((row) => row.map(cellOf))];
  const buffer = await writeXlsxFile(data, { sheet: table.sheet, columns: table.columns.map((c) => ({ width: c.width ?? 14 })), stickyRowsCount: 1 }).toBuffer();
  return new Uint8Array(buffer).buffer;
}
