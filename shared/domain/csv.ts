// CSV as spreadsheets write it (RFC 4180): quoted fields with doubled quotes, CRLF or LF, and decoding
// of the bytes Chinese spreadsheet tools export (UTF-8 with or without BOM, UTF-16, GBK).

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'gb18030';

/** Decodes a CSV file's bytes: a BOM decides; otherwise strict UTF-8, falling back to GB18030 (a superset of GBK). */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Tab-separated when the first line has tabs and no commas (spreadsheets' "Unicode text"), else comma-separated. */
export function guessDelimiter(text: string): ',' | '\t' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

/** Every record of the file, one array of cells per spreadsheet row (a quoted line break stays inside its cell). */
export function parseCsv(text: string, delimiter: ',' | '\t' = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      record.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  return records;
}

const needsQuotes = /[",\r\n\t]/;

/** Writes records as CSV with CRLF line ends, quoting only where needed. */
export function toCsv(records: readonly (readonly string[])[]): string {
  return records.map((r) => r.map((cell) => (needsQuotes.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')).join('\r\n') + '\r\n';
}
