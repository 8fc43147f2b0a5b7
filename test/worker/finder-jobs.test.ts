// The evidence finder's jobs on the queue against the local fixture site: an HTML and a PDF report fetched,
// extracted and indexed with their pages and passages; every bad input of issue 19 ends in a failed state
// with its reason (never a 500, never a report left busy); an unchanged report is not indexed twice; a
// changed one is; a stale or repeated message does nothing; retries are bounded.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { finderReport } from '../../worker/db/schema';
import { indexReport } from '../../worker/finder/jobs';
import { creditCodes } from '../support/test-world';
import { indicatorIds } from './support/scenario';
import { attachReport, reindex, reportHtml, reportPages, requestsFor, setPages, settledReports, sites } from './support/finder';
import { createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
const url = (path: string) => `${sites.primary}${path}`;

beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
  await setPages({
    '/csr.html': { body: reportHtml },
    '/csr.pdf': { made: { pdf: reportPages, title: '华鑫2025年度社会责任报告(PDF版)' } },
    '/scan.pdf': { made: { pdf: ['x', 'y'], imageOnly: true } },
    '/encrypted.pdf': { made: { special: 'encrypted' } },
    '/broken.pdf': { made: { special: 'broken' } },
    '/bomb.pdf': { made: { special: 'bomb' } },
    '/not-a.pdf': { body: '<html><body><p>这不是PDF文件,只是一个网页。</p></body></html>', type: 'application/pdf' },
    '/huge.pdf': { made: { mb: 60, declareLength: true }, type: 'application/pdf' },
    '/huge-chunked.pdf': { made: { mb: 60, declareLength: false }, type: 'application/pdf' },
    '/nav-only.html': { body: '<html><body><nav><a href="/">首页</a> <a href="/a">关于</a></nav><script>document.write("x")</script></body></html>' },
    '/image.png': { body: 'PNG', type: 'image/png' },
  });
}, 60_000);

describe('reading reports', () => {
  it('indexes an HTML and a PDF report with their pages and passages', async () => {
    const huaxin = world.enterpriseId(creditCodes.huaxin);
    await attachReport(world, huaxin, url('/csr.html'), ids['STAFF.1.1']!);
    await attachReport(world, huaxin, url('/csr.pdf'), ids['STAFF.1.1']!);
    const res = await reindex(world, { enterpriseId: huaxin });
    expect(res.status, JSON.stringify(res.data)).toBe(202);
    const rows = await settledReports(world, huaxin, 2);
    const html = rows.find((r) => r.url.endsWith('.html'))!;
    const pdf = rows.find((r) => r.url.endsWith('.pdf'))!;
    expect(html).toMatchObject({ status: 'indexed', format: 'html', title: '华鑫2025年度社会责任报告', pageCount: 1, passageCount: 3, reason: null });
    expect(pdf).toMatchObject({ status: 'indexed', format: 'pdf', title: '华鑫2025年度社会责任报告(PDF版)', pageCount: 3, reason: null });
    expect(pdf.passageCount).toBeGreaterThanOrEqual(3);
    expect(pdf.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(pdf.indexBytes).toBeGreaterThan(0);
  }, 60_000);

  it.each([
    ['/missing.html', 'http_404', /HTTP 404/],
    ['/not-a.pdf', 'not_pdf', /not one/],
    ['/encrypted.pdf', 'encrypted_pdf', /password/],
    ['/broken.pdf', 'broken_pdf', /cannot read it/],
    ['/scan.pdf', 'no_text_layer', /no text layer/],
    ['/bomb.pdf', 'pdf_too_expanded', /32 MB for one stream/],
    ['/huge.pdf', 'too_large', /32 MB/],
    ['/huge-chunked.pdf', 'too_large', /32 MB/],
    ['/nav-only.html', 'no_main_text', /no paragraphs/],
    ['/image.png', 'unsupported_type', /HTML pages and PDFs/],
  ])('%s ends failed with %s', async (path, reason, message) => {
    const jiaan = world.enterpriseId(creditCodes.jiaan);
    await attachReport(world, jiaan, url(path), ids['STAFF.1.1']!);
    const res = await reindex(world, { enterpriseId: jiaan });
    expect(res.status).toBe(202);
    const row = (await settledReports(world, jiaan, 1)).find((r) => r.url === url(path))!;
    expect(row).toMatchObject({ status: 'failed', reason });
    expect(row.message).toMatch(message);
  }, 60_000);

  it('states an unreachable server', async () => {
    const lvyuan = world.enterpriseId(creditCodes.lvyuan);
    await attachReport(world, lvyuan, 'http://127.0.0.1:1/csr.pdf', ids['STAFF.1.1']!);
    await reindex(world, { enterpriseId: lvyuan });
    const [row] = await settledReports(world, lvyuan, 1);
    expect(row).toMatchObject({ status: 'failed', reason: 'network', message: 'The server could not be reached' });
  }, 60_000);
});

describe('idempotence and retries', () => {
  async function onlyReport(path: string, enterprise: string) {
    const id = world.enterpriseId(enterprise);
    await attachReport(world, id, url(path), ids['STAFF.1.1']!);
    await reindex(world, { enterpriseId: id });
    const rows = await settledReports(world, id, 1);
    return rows.find((r) => r.url === url(path))!;
  }

  it('does nothing for a repeated or stale message, and reads an unchanged report once', async () => {
    await setPages({ '/again.html': { body: reportHtml } });
    const row = await onlyReport('/again.html', creditCodes.huaxin);
    const fetches = await requestsFor('/again.html');
    await indexReport({ kind: 'report.index', reportId: row.id, generation: row.generation }, env);
    await indexReport({ kind: 'report.index', reportId: row.id, generation: row.generation - 1 }, env);
    expect(await requestsFor('/again.html')).toBe(fetches);

    // Asked again, the same bytes: fetched once more, not indexed again.
    await reindex(world, { reportId: row.id });
    const again = (await settledReports(world, row.enterpriseId, 1)).find((r) => r.id === row.id)!;
    expect(again).toMatchObject({ status: 'indexed', sha256: row.sha256, generation: row.generation + 1 });
    expect(again.indexedAt! >= row.indexedAt!).toBe(true);
    expect(await requestsFor('/again.html')).toBe(fetches + 1);
  }, 60_000);

  it('re-indexes a report that changed between fetches', async () => {
    await setPages({ '/changing.html': { body: reportHtml } });
    const row = await onlyReport('/changing.html', creditCodes.huaxin);
    await setPages({ '/changing.html': { body: reportHtml.replace('46场', '52场').replace('</footer>', '</footer><p>2025年新增光伏发电装机2兆瓦,年发电量220万千瓦时。</p>') } });
    await reindex(world, { reportId: row.id });
    const changed = (await settledReports(world, row.enterpriseId, 1)).find((r) => r.id === row.id)!;
    expect(changed.status).toBe('indexed');
    expect(changed.sha256).not.toBe(row.sha256);
    expect(changed.passageCount).toBe(row.passageCount! + 1);
  }, 60_000);

  it('gives up after the bounded attempts, with a state that says so', async () => {
    await setPages({ '/flaky.html': { body: reportHtml } });
    const lvyuan = world.enterpriseId(creditCodes.lvyuan);
    await attachReport(world, lvyuan, url('/flaky.html'), ids['STAFF.1.1']!);
    const [created] = await world.db
      .insert(finderReport)
      .values({ roundId: world.roundId, enterpriseId: lvyuan, url: url('/flaky.html'), normalizedUrl: url('/flaky.html'), attempts: 4, queuedAt: new Date().toISOString(), updatedAt: new Date().toISOString() })
      .returning();
    await indexReport({ kind: 'report.index', reportId: created!.id, generation: created!.generation }, env);
    const row = await world.db.query.finderReport.findFirst({ where: (r, { eq }) => eq(r.id, created!.id) });
    expect(row).toMatchObject({ status: 'failed', reason: 'gave_up', attempts: 5 });
    expect(await requestsFor('/flaky.html')).toBe(0);
  });
});
