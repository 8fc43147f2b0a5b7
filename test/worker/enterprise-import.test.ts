// CSV import of enterprises: 600 generated rows in UTF-8, UTF-8 with BOM and GBK; dry run, all-or-nothing
// commit, idempotence on the credit code. Logs rows per second (reported, not asserted).
import { count, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../shared/domain/credit-code';
import { toCsv } from '../../shared/domain/csv';
import { enterpriseCsvRecords } from '../../shared/domain/enterprise-csv';
import { EnterpriseCreate } from '../../shared/schemas/enterprise';
import { enterprise } from '../../worker/db/schema';
import { syntheticEnterprises } from '../../worker/seed/synthetic-enterprises';
import { encodeGbk, toBase64 } from '../support/gbk';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const rows = syntheticEnterprises({ count: 600, seed: 99 }).map((e) => EnterpriseCreate.parse(e));
const csvText = (list = rows) => toCsv(enterpriseCsvRecords(list));
const validCode = (body: string) => body + creditCodeCheckChar(body);
const utf8 = (text: string) => new TextEncoder().encode(text);
const send = (bytes: Uint8Array, dryRun: boolean, token = world.tokens.admin, fileName = 'enterprises.csv') =>
  call('/enterprises/import', { token, json: { fileName, contentBase64: toBase64(bytes), dryRun } });
/** Sends and times the whole request from the client's side too (workerd's clock moves on I/O only). */
async function timed(label: string, bytes: Uint8Array, dryRun: boolean) {
  const started = performance.now();
  const res = await send(bytes, dryRun);
  const ms = performance.now() - started;
  console.log(`${label}: ${res.data.rows} rows, ${res.data.elapsedMs} ms in the worker (${res.data.rowsPerSecond} rows/s), ${Math.round(ms)} ms round trip (${Math.round((res.data.rows / ms) * 1000)} rows/s)`);
  return res;
}
const registered = async () => (await world.db.select({ n: count() }).from(enterprise).get())!.n;

describe('TextDecoder in workerd', () => {
  it('decodes GBK and GB18030, so the worker needs no decoding table of its own', () => {
    const bytes = encodeGbk('嘉定区社会责任');
    expect(new TextDecoder('gbk').decode(bytes)).toBe('嘉定区社会责任');
    expect(new TextDecoder('gb18030').decode(bytes)).toBe('嘉定区社会责任');
  });
});

describe('POST /enterprises/import', () => {
  it('previews 600 UTF-8 rows in a dry run without writing anything', async () => {
    const before = await registered();
    const res = await timed('dry run, UTF-8', utf8(csvText()), true);
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ encoding: 'utf-8', dryRun: true, committed: false, rows: 600, valid: 600, created: 600, updated: 0, errorCount: 0 });
    expect(res.data.preview).toHaveLength(20);
    expect(res.data.preview[0]).toMatchObject({ row: 2, action: 'create', enterprise: { creditCode: rows[0]!.creditCode } });
    expect(await registered()).toBe(before);
  });

  it('commits 600 rows at once, audited per enterprise, then finds nothing to change on a second import', async () => {
    const before = await registered();
    const res = await timed('commit, UTF-8', utf8(csvText()), false);
    expect(res.data).toMatchObject({ committed: true, created: 600 });
    expect(await registered()).toBe(before + 600);
    const sample = await call(`/enterprises?q=${rows[42]!.creditCode}`, { token: world.tokens.admin });
    expect(sample.data.items[0]).toMatchObject({ name: rows[42]!.name, domains: [...rows[42]!.domains].sort() });
    const audited = await world.db.all<{ n: number }>(sql`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'enterprise.import'`);
    expect(audited[0]!.n).toBe(600);

    const again = await send(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(csvText())]), false);
    expect(again.data).toMatchObject({ encoding: 'utf-8-bom', committed: true, created: 0, updated: 0, unchanged: 600 });
    expect(await registered()).toBe(before + 600);
  });

  it('reads GBK as spreadsheets export it and updates the changed rows only', async () => {
    // 嘉定新城(马陆镇) is an alias of 马陆镇: the rows move there, each noted, and no new street appears.
    const moved = rows.map((e, i) => (i % 6 === 0 ? { ...e, street: '嘉定新城(马陆镇)', size: 'large' as const } : e));
    const changed = moved.filter((e, i) => (e.street === rows[i]!.street ? false : rows[i]!.street !== '马陆镇') || e.size !== rows[i]!.size).length;
    const res = await timed('commit, GBK', encodeGbk(csvText(moved)), false);
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ encoding: 'gb18030', committed: true, created: 0, updated: changed, unchanged: 600 - changed, noteCount: 100 });
    expect(res.data.notes[0]).toMatchObject({ row: 2, column: '街镇', reason: 'street_alias', params: { value: '嘉定新城(马陆镇)', street: '马陆镇' } });
    const one = await call(`/enterprises?q=${rows[0]!.creditCode}`, { token: world.tokens.admin });
    expect(one.data.items[0]).toMatchObject({ street: '马陆镇', streetId: world.streetId('马陆镇'), size: 'large', version: 2 });
    const streets = await call('/streets', { token: world.tokens.admin });
    expect(streets.data.items.map((x: { name: string }) => x.name)).not.toContain('嘉定新城(马陆镇)');
  });

  it('reports row-level errors and commits nothing when any row is wrong', async () => {
    const fresh = syntheticEnterprises({ count: 3, seed: 5 }).map((e) => EnterpriseCreate.parse(e));
    const records = enterpriseCsvRecords(fresh);
    records[2]![0] = '91310114MA1GT35K7X';
    records[3]![5] = '不知道';
    const bytes = utf8(toCsv([...records, [validCode('91310114MA1H0YYY0'), '上海另一家有限公司', '', 'food', '南翔镇', 'small', 'joint', 'jiaan-logistics.cn', '', '', '']]));
    const before = await registered();
    const preview = await send(bytes, true);
    expect(preview.status).toBe(200);
    expect(preview.data.errors.map((e: { row: number; column: string; reason: string }) => [e.row, e.column, e.reason])).toEqual([
      [3, '统一社会信用代码', 'credit_code_check_digit'],
      [4, '企业规模', 'invalid_value'],
      [5, '网站域名', 'domain_taken'],
    ]);
    const commit = await send(bytes, false);
    expect(commit.status).toBe(422);
    expect(commit.data.error).toMatchObject({ code: 'import_invalid', details: { committed: false, errorCount: 3 } });
    expect(await registered()).toBe(before);
  });

  it('reports the header’s problems and the rows’ together, in one pass', async () => {
    const res = await send(utf8('企业名称,统一社会信用代码,街镇,备注\n上海某某有限公司,91310114MA1GT35K7X,安亭镇,x\n'), true);
    expect(res.data.errors.map((e: { row: number; column: string; reason: string }) => [e.row, e.column, e.reason])).toEqual([
      [1, '行业', 'column_missing'],
      [2, '统一社会信用代码', 'credit_code_check_digit'],
    ]);
    expect(res.data.notes).toEqual([{ row: 1, column: '备注', reason: 'column_unused', params: { value: '备注' } }]);
  });

  it('takes full-width codes, aliases, Chinese labels and GB/T 4754 codes, with 企业规模 and 党组织类型 left out as unknown', async () => {
    const code = validCode('91310114MA1H0QQQ0');
    const fullWidth = code.replace(/[0-9A-Z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    const spaced = `${validCode('91310114MA1H0WWW0').slice(0, 6)} ${validCode('91310114MA1H0WWW0').slice(6)}`;
    const file = ['统一社会信用代码,企业名称,行业,街镇,联系电话', `${fullWidth},上海全角代码有限公司,C36,安亭,０２１－５９５７１２３４`, `${spaced},上海空格代码有限公司,信息技术,真新,`].join('\n');
    const res = await send(utf8(file), false);
    expect(res.status, JSON.stringify(res.data)).toBe(200);
    expect(res.data).toMatchObject({ committed: true, created: 2, errorCount: 0 });
    expect(res.data.notes.map((n: { row: number; reason: string }) => [n.row, n.reason])).toEqual([
      [2, 'industry_code'],
      [2, 'street_alias'],
      [3, 'credit_code_cleaned'],
      [3, 'street_alias'],
    ]);
    const stored = await call(`/enterprises?q=${code}`, { token: world.tokens.admin });
    expect(stored.data.items[0]).toMatchObject({ creditCode: code, industry: 'manufacturing', street: '安亭镇', contactPhone: '021-59571234', size: 'unknown', partyOrgType: 'unknown' });
  });

  it('stores one phone number in one form whether typed in the form or imported, so a re-import in another spelling changes nothing', async () => {
    const code = validCode('91310114MA1H0PHN0');
    const created = await call('/enterprises', {
      token: world.tokens.admin,
      json: { creditCode: code, name: '上海电话格式有限公司', industry: 'finance', street: '安亭镇', contactPhone: '０２１－５９５７ １２３４' },
    });
    expect(created.status, JSON.stringify(created.data)).toBe(201);
    expect(created.data.contactPhone).toBe('021-59571234');
    for (const phone of ['+86 21 5957 1234', '(021) 5957-1234', '0086 21 59571234']) {
      const file = ['统一社会信用代码,企业名称,行业,街镇,联系电话', `${code},上海电话格式有限公司,finance,安亭镇,${phone}`].join('\n');
      const res = await send(utf8(file), true);
      expect(res.data, phone).toMatchObject({ errorCount: 0, created: 0, updated: 0, unchanged: 1 });
    }
    const mobile = ['统一社会信用代码,企业名称,行业,街镇,联系电话', `${code},上海电话格式有限公司,finance,安亭镇,＋８６ １３８-１２３４-５６７８`].join('\n');
    expect((await send(utf8(mobile), false)).data).toMatchObject({ committed: true, updated: 1 });
    const stored = await call(`/enterprises?q=${code}`, { token: world.tokens.admin });
    expect(stored.data.items[0].contactPhone).toBe('13812345678');
  });

  it('refuses a street the registry lacks, naming the nearest ones', async () => {
    const file = ['统一社会信用代码,企业名称,行业,街镇', `${validCode('91310114MA1H0PPP0')},上海错街有限公司,food,安停镇`, `${validCode('91310114MA1H0NNN0')},上海无街有限公司,food,不存在镇`].join('\n');
    const res = await send(utf8(file), true);
    expect(res.data.errors).toEqual([
      expect.objectContaining({ row: 2, column: '街镇', reason: 'street_unknown', params: { value: '安停镇', suggestions: ['安亭镇'] } }),
      expect.objectContaining({ row: 3, column: '街镇', reason: 'street_unknown', params: { value: '不存在镇', suggestions: [] } }),
    ]);
  });

  it('is 400 with a message for base64 the browser could not have written, never a 500', async () => {
    for (const contentBase64 of ['A', 'QUJD=', 'QU=JD']) {
      const res = await call('/enterprises/import', { token: world.tokens.admin, json: { fileName: 'x.csv', contentBase64, dryRun: true } });
      expect(res.status, contentBase64).toBe(400);
      expect(res.data.error).toMatchObject({ code: 'validation_failed', details: { fields: [expect.objectContaining({ path: 'contentBase64' })] } });
    }
  });

  it('is 400 for content that is not base64, 403 for non-admins and 401 without a session', async () => {
    const bad = await call('/enterprises/import', { token: world.tokens.admin, json: { fileName: 'x.csv', contentBase64: 'not base64!', dryRun: true } });
    expect(bad.status).toBe(400);
    expect((await send(utf8(csvText()), true, world.tokens.coordinator)).status).toBe(403);
    expect((await call('/enterprises/import', { json: { fileName: 'x.csv', contentBase64: '', dryRun: true } })).status).toBe(401);
  });
});
