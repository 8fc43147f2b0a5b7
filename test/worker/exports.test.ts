// Downloads of the published example round: results, scores and evidence as CSV (UTF-8 with BOM) and XLSX
// (read back with read-excel-file), narrowed to the reader's street or enterprise, evaluators' names
// withheld from enterprises, and clipped text that looks like a formula neutralised in CSV and XLSX.
import { readSheet } from 'read-excel-file/universal';
import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodes } from '../support/test-world';
import { saveClip } from './saved-clip';
import { indicatorIds, publishExample, setRoundStatus } from './support/scenario';
import { createWorld, type World } from './world';
import { env, exports } from 'cloudflare:workers';
import { app } from '../../worker/index';

let world: World;
beforeAll(async () => {
  world = await createWorld();
  // After a no-break space and in full width: spreadsheets skip the one and read the other as "=".
  await saveClip(world, 'expert', '\u00A0＝HYPERLINK("http://evil.example","点击")');
  await publishExample(world, await indicatorIds(world));
});

/** A download as bytes, with its status and headers. */
async function download(dataset: string, query: Record<string, string> = {}, token?: string, roundId = world.roundId, headers: Record<string, string> = {}) {
  const url = `http://127.0.0.1/api/v1/rounds/${roundId}/exports/${dataset}?${new URLSearchParams(query)}`;
  const res = await exports.default.fetch(new Request(url, { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } }));
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}
const csvLines = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(3)).trimEnd().split('\r\n');

describe('GET /rounds/:roundId/exports/:dataset', () => {
  it('writes the results as CSV with a BOM, ranked, with dimension scores and veto reasons', async () => {
    const res = await download('results', {}, world.tokens.admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="round-${world.roundId}-results.csv"`);
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [head, ...rows] = csvLines(res.bytes);
    expect(head).toContain('企业名称');
    expect(head).toContain('员工责任');
    expect(head).not.toContain('Enterprise');
    expect(rows).toHaveLength(3);
    // Weighted total, adjustments (none here) and their items, then the total and grades.
    expect(rows[0]).toMatch(/^1,91310114MA1GU12340,上海绿源建设工程有限公司,南翔镇,建筑业,80,0,,80,A,A,,/);
    expect(rows[2]).toContain('STAFF.1.1 劳动合同签订');
  });

  it('writes the results as an XLSX workbook that a reader opens', async () => {
    const res = await download('results', { format: 'xlsx' }, world.tokens.admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = await readSheet(res.bytes.buffer);
    expect(rows[0]).toContain('企业名称');
    expect(rows.slice(1).map((r) => [r[0], r[2], r[8], r[9]])).toEqual([
      [1, '上海绿源建设工程有限公司', 80, 'A'],
      [2, '上海嘉安物流有限公司', 68, 'B'],
      [3, '上海华鑫汽车零部件有限公司', 62, 'C'],
    ]);
  });

  it('narrows every file to the coordinator’s street and the enterprise’s own data', async () => {
    expect(csvLines((await download('results', {}, world.tokens['coordinator-anting'])).bytes)).toHaveLength(2);
    const own = csvLines((await download('evidence', {}, world.tokens.jiaan)).bytes);
    expect(own).toHaveLength(1);
    const huaxin = csvLines((await download('evidence', {}, world.tokens.huaxin)).bytes);
    expect(huaxin).toHaveLength(2);
  });

  it('names the experts behind scores to evaluators, not to enterprises, unless the framework says so', async () => {
    const admin = csvLines((await download('scores', { enterpriseId: String(world.enterpriseId(creditCodes.huaxin)) }, world.tokens.admin)).bytes);
    expect(admin.slice(1).every((line) => line.includes('李专家'))).toBe(true);
    expect(admin).toHaveLength(4);
    const own = csvLines((await download('scores', {}, world.tokens.huaxin)).bytes);
    expect(own).toHaveLength(4);
    expect(own.join('\n')).not.toContain('李专家');
    expect(own[1]).toContain('(不公开)');
  });

  it('words every stored value and writes times in Shanghai time, in Chinese unless the reader asks otherwise', async () => {
    const [head, line] = csvLines((await download('evidence', {}, world.tokens.admin)).bytes);
    expect(head).toContain('采集时间(Asia/Shanghai)');
    const cells = line!.split(',');
    expect(cells).toEqual(expect.arrayContaining(['摘录', '支持', '待审核', '有效']));
    for (const code of ['clip', 'supports', 'pending', 'accepted', 'valid']) expect(cells).not.toContain(code);
    const capturedAt = (await world.db.query.evidence.findFirst())!.capturedAt;
    const shanghai = new Date(new Date(capturedAt).getTime() + 8 * 3_600_000).toISOString().replace('T', ' ').slice(0, 19);
    expect(cells.at(-1)).toBe(shanghai);

    const [englishHead, englishLine] = csvLines((await download('evidence', { lang: 'en', tz: 'UTC' }, world.tokens.admin)).bytes);
    expect(englishHead).toContain('Captured at (UTC)');
    expect(englishLine!.split(',')).toEqual(expect.arrayContaining(['Clip', 'Supports', 'Pending', 'Valid', capturedAt.replace('T', ' ').slice(0, 19)]));
    const [acceptHead] = csvLines((await download('results', {}, world.tokens.admin, world.roundId, { 'accept-language': 'en-GB,en;q=0.9' })).bytes);
    expect(acceptHead).toContain('Enterprise');
    const bad = await download('evidence', { tz: 'Mars/Olympus' }, world.tokens.admin);
    expect(bad.status).toBe(400);
  });

  it('keeps source links and neutralises clipped text that a spreadsheet would run as a formula, in CSV and XLSX', async () => {
    const [, line] = csvLines((await download('evidence', {}, world.tokens.admin)).bytes);
    expect(line).toContain('https://www.huaxin-auto.cn/csr/2025.html');
    expect(line).toContain(`"'\u00A0＝HYPERLINK(""http://evil.example"",""点击"")"`);
    const sheet = await readSheet((await download('evidence', { format: 'xlsx' }, world.tokens.admin)).bytes.buffer);
    expect(sheet[1]![7]).toBe('\'\u00A0＝HYPERLINK("http://evil.example","点击")');
  });

  it('streams CSV of any size, and refuses an XLSX file larger than it may build with a pointer to the CSV', async () => {
    const small = { ...env, EXPORT_XLSX_MAX_ROWS: '2' };
    const url = (format: string) => `http://127.0.0.1/api/v1/rounds/${world.roundId}/exports/results?format=${format}`;
    const ask = (format: string) => app.fetch(new Request(url(format), { headers: { authorization: `Bearer ${world.tokens.admin}` } }), small);
    const refused = await ask('xlsx');
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ error: { code: 'export_too_large', details: { rows: 3, limit: 2, format: 'csv' } } });
    const csv = await ask('csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('x-export-rows-at-most')).toBe('3');
    expect(csvLines(new Uint8Array(await csv.arrayBuffer()))).toHaveLength(4);
  });

  it('is 400 for an unknown dataset or format, 401 anonymous, 403 where the reader may not see it, 404 for unknown targets', async () => {
    expect((await download('contacts', {}, world.tokens.admin)).status).toBe(400);
    expect((await download('results', { format: 'pdf' }, world.tokens.admin)).status).toBe(400);
    expect((await download('results')).status).toBe(401);
    expect((await download('results', {}, world.tokens.outsider)).status).toBe(403);
    expect((await download('scores', {}, world.tokens.coordinator)).status).toBe(403);
    expect((await download('evidence', { enterpriseId: String(world.enterpriseId(creditCodes.jiaan)) }, world.tokens.huaxin)).status).toBe(403);
    expect((await download('results', {}, world.tokens.admin, 999)).status).toBe(404);
    expect((await download('results', { enterpriseId: '9999' }, world.tokens.admin)).status).toBe(404);
    await setRoundStatus(world, 'reviewing');
    expect((await download('scores', {}, world.tokens.huaxin)).status).toBe(403);
    await setRoundStatus(world, 'published');
  });
});
