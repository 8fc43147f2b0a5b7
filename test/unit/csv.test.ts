import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, guessDelimiter, parseCsv, toCsv } from '../../shared/domain/csv';
import { encodeGbk } from '../support/gbk';

describe('parseCsv', () => {
  it.each([
    ['a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['a,b\nc,d', [['a', 'b'], ['c', 'd']]],
    ['"a,1","b ""q"""\n', [['a,1', 'b "q"']]],
    ['"line\none",x\n', [['line\none', 'x']]],
    ['a,,c\n,,\n', [['a', '', 'c'], ['', '', '']]],
    ['a,b\n\nc,d\n', [['a', 'b'], [''], ['c', 'd']]],
    ['一,二\r\n三,四', [['一', '二'], ['三', '四']]],
    ['', []],
  ])('%j', (text, records) => expect(parseCsv(text)).toEqual(records));

  it('reads tab-separated text', () => expect(parseCsv('a\tb, c\n', '\t')).toEqual([['a', 'b, c']]));
});

describe('guessDelimiter', () => {
  it.each([
    ['名称,代码\n', ','],
    ['名称\t代码\n', '\t'],
    ['名称\t代码,备注\n', ','],
  ])('%j → %j', (text, delimiter) => expect(guessDelimiter(text)).toBe(delimiter));
});

describe('toCsv', () => {
  it('quotes only where needed and reads back the same', () => {
    const records = [['名称', 'note'], ['上海"华鑫"', 'a,b'], ['x', 'two\nlines']];
    const text = toCsv(records);
    expect(text).toBe('名称,note\r\n"上海""华鑫""","a,b"\r\nx,"two\nlines"\r\n');
    expect(parseCsv(text)).toEqual(records);
  });
});

describe('decodeCsvBytes', () => {
  const text = '企业名称,街镇\r\n上海华鑫汽车零部件有限公司,安亭镇\r\n';
  const utf8 = new TextEncoder().encode(text);
  it.each([
    ['UTF-8', utf8, 'utf-8'],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), 'utf-8-bom'],
    ['GBK', encodeGbk(text), 'gb18030'],
    ['UTF-16LE with BOM', Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]), 'utf-16le'],
  ] as const)('%s', (_name, bytes, encoding) => expect(decodeCsvBytes(bytes)).toEqual({ text, encoding }));

  it('is not fooled by GBK bytes that are half valid UTF-8', () => expect(encodeGbk('嘉定').length).toBe(4));
});
