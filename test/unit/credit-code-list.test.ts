import { describe, expect, it } from 'vitest';
import { readCreditCodeList } from '../../shared/domain/credit-code-list';

const valid = ['91310114MA1GT35K7H', '91310114MA1GU12340', '91310114MA1GW5678U'];

describe('readCreditCodeList', () => {
  it('reads the column headed like the registry import’s credit code column, with line numbers', () => {
    const list = readCreditCodeList(['企业名称,统一社会信用代码', `华鑫,${valid[0]}`, `绿源,${valid[1]!.toLowerCase()}`].join('\r\n'));
    expect(list).toEqual({ codes: [{ row: 2, code: valid[0] }, { row: 3, code: valid[1] }], invalid: [] });
  });

  it('takes the first column of a file without a recognised header, tab-separated too, and skips blanks and repeats', () => {
    expect(readCreditCodeList(`${valid[0]}\t甲\n\n${valid[2]}\t备注\n${valid[0]}\n`).codes).toEqual([{ row: 1, code: valid[0] }, { row: 3, code: valid[2] }]);
  });

  it('reports every code that is not valid with why', () => {
    const list = readCreditCodeList(['credit code', '91310114MA1GT35K7X', '123', '91310114MA1GT35K7!', `\uFEFF${valid[1]}`].join('\n'));
    expect(list.invalid).toEqual([
      { row: 2, code: '91310114MA1GT35K7X', problem: 'check_digit' },
      { row: 3, code: '123', problem: 'length' },
      { row: 4, code: '91310114MA1GT35K7!', problem: 'characters' },
    ]);
    expect(list.codes).toEqual([{ row: 5, code: valid[1] }]);
  });

  it('reads a BOM-prefixed export', () => {
    expect(readCreditCodeList(`\uFEFF统一社会信用代码\r\n${valid[2]}\r\n`).codes).toEqual([{ row: 2, code: valid[2] }]);
  });

  it('reads full-width, spaced and hyphenated codes as the registry stores them', () => {
    const fullWidth = [...valid[0]!].map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).join('');
    const list = readCreditCodeList([fullWidth, `${valid[1]!.slice(0, 6)} ${valid[1]!.slice(6)}`, `${valid[2]!.slice(0, 8)}-${valid[2]!.slice(8)}`].join('\n'));
    expect(list).toEqual({ codes: valid.map((code, i) => ({ row: i + 1, code })), invalid: [] });
  });
});
