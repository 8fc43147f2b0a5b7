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
    const moved = rows.map((e, i) => (i % 6 === 0 ? { ...e, street: '嘉定新城(马陆镇)', size: 'large' as const } : e));
    const changed = moved.filter((e, i) => e.street !== rows[i]!.street || e.size !== rows[i]!.size).length;
    const res = await timed('commit, GBK', encodeGbk(csvText(moved)), false);
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ encoding: 'gb18030', committed: true, created: 0, updated: changed, unchanged: 600 - changed });
    const one = await call(`/enterprises?q=${rows[0]!.creditCode}`, { token: world.tokens.admin });
    expect(one.data.items[0]).toMatchObject({ street: '嘉定新城(马陆镇)', size: 'large', version: 2 });
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

  it('refuses a file without the required columns, row 1', async () => {
    const res = await send(utf8('企业名称\n上海某某有限公司\n'), true);
    expect(res.data.errors[0]).toMatchObject({ row: 1, reason: 'missing_column' });
  });

  it('is 400 for content that is not base64, 403 for non-admins and 401 without a session', async () => {
    const bad = await call('/enterprises/import', { token: world.tokens.admin, json: { fileName: 'x.csv', contentBase64: 'not base64!', dryRun: true } });
    expect(bad.status).toBe(400);
    expect((await send(utf8(csvText()), true, world.tokens.coordinator)).status).toBe(403);
    expect((await call('/enterprises/import', { json: { fileName: 'x.csv', contentBase64: '', dryRun: true } })).status).toBe(401);
  });
});
