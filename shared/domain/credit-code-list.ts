// A list of unified social credit codes from a CSV (an office's spreadsheet): the column headed like the
// registry import's credit code column, else the first column; every code checked, each problem with its line.
import { creditCodeProblem, normalizeCreditCode, type CreditCodeProblem } from './credit-code';
import { guessDelimiter, parseCsv } from './csv';
import { headers } from './enterprise-csv';

export type ListedCode = { row: number; code: string };
export type CreditCodeList = { codes: ListedCode[]; invalid: (ListedCode & { problem: CreditCodeProblem })[] };

const key = (text: string) => text.trim().toLowerCase().replace(/[\s_]/g, '');
const creditCodeHeaders = new Set(headers.creditCode.map(key));

export function readCreditCodeList(text: string): CreditCodeList {
  const records = parseCsv(text.replace(/^\uFEFF/, ''), guessDelimiter(text));
  const headed = records[0]?.findIndex((cell) => creditCodeHeaders.has(key(cell))) ?? -1;
  const column = Math.max(headed, 0);
  const list: CreditCodeList = { codes: [], invalid: [] };
  const seen = new Set<string>();
  records.forEach((record, i) => {
    if (i === 0 && headed >= 0) return;
    // Stored codes are NFKC, upper case, without inner spaces or hyphens: a pasted code is read the same way.
    const { code } = normalizeCreditCode(record[column] ?? '');
    if (code === '' || seen.has(code)) return;
    seen.add(code);
    const problem = creditCodeProblem(code);
    if (problem) list.invalid.push({ row: i + 1, code, problem });
    else list.codes.push({ row: i + 1, code });
  });
  return list;
}
