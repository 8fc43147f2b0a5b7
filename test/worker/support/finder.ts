// Helpers of the evidence finder's worker tests: pages on the fixture site (test/support/fixture-site.ts),
// report links as evidence, reading them through the admin's re-index route, and waiting (bounded, by
// polling D1) until the queue has moved every report to a final state.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { expect, inject } from 'vitest';
import worker from '../../../worker/index';
import type { MadeBody } from '../../support/fixture-site';
import { evidence } from '../../../worker/db/schema';
import type { World } from '../world';

export const sites = inject('freshnessSites');

/** A small HTML report with site furniture (navigation, a script, a footer) around three paragraphs. */
export const reportHtml = `<!doctype html><html><head><title>华鑫2025年度社会责任报告</title><script>var x = "劳动合同签订率";</script></head><body>
<nav><ul><li>首页</li><li>关于我们</li><li>社会责任</li></ul></nav>
<h1>2025年度社会责任报告</h1>
<p>公司严格执行《劳动合同法》,全年劳动合同签订率达到100%,劳务派遣用工比例控制在5%以内。</p>
<p>全年开展安全生产与职业健康培训46场,累计培训3,280人次,特种作业人员持证上岗率100%。</p>
<p>2025年公司废气、废水污染物全部达标排放,全年未受到生态环境部门的行政处罚。</p>
<footer>© 2026 华鑫</footer></body></html>`;

/** A small report PDF's pages: a cover, staff and environment. */
export const reportPages = [
  '华鑫汽车零部件 2025年度社会责任报告\n封面',
  '一、员工责任\n公司与全体员工签订书面劳动合同,签订率100%。新员工入职当月完成合同签订。\n全年组织安全培训28场,覆盖员工1,200人次。',
  '二、环境责任\n2025年各类污染物均达标排放,在线监测数据实时上传。\n施工现场配备喷淋降尘设备,扬尘在线监测全覆盖。',
];


type FixturePage = { body?: string; status?: number; type?: string; location?: string; made?: MadeBody };

export async function setPages(pages: Record<string, FixturePage>, origin = sites.primary) {
  const res = await fetch(`${origin}/__fixture/pages`, { method: 'POST', body: JSON.stringify(pages) });
  expect(res.status).toBe(204);
}

/** How often the fixture site was asked for `path`. */
export async function requestsFor(path: string) {
  const log = (await (await fetch(`${sites.primary}/__fixture/log`)).json()) as { path: string }[];
  return log.filter((entry) => entry.path === path).length;
}

/** A report link of the enterprise as its staff would attach it (kind report). */
export async function attachReport(world: World, enterpriseId: number, url: string, indicatorId: number, roundId = world.roundId) {
  await world.db.insert(evidence).values({
    roundId,
    enterpriseId,
    indicatorId,
    kind: 'report',
    url,
    normalizedUrl: url,
    title: '社会责任报告',
    capturedBy: world.userIds.get('huaxin')!,
    capturedAt: new Date().toISOString(),
    idempotencyKey: crypto.randomUUID(),
  });
}

/** The worker as deployed, where requests queue the finder's jobs (the test project's bindings turn that off). */
export async function callSendingJobs(path: string, init: { token: string; json: unknown }) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(`http://127.0.0.1/api/v1${path}`, { method: 'POST', headers: { authorization: `Bearer ${init.token}`, 'content-type': 'application/json' }, body: JSON.stringify(init.json) }) as never,
    { ...env, FINDER_SEND_JOBS: 'true' } as never,
    ctx as never,
  );
  await waitOnExecutionContext(ctx);
  return { status: res.status, data: (await res.json()) as Record<string, unknown> };
}

/** The admin's re-index request, with its jobs queued. */
export const reindex = (world: World, body: { enterpriseId?: number; reportId?: number }, roundId = world.roundId) =>
  callSendingJobs(`/rounds/${roundId}/finder/reindex`, { token: world.tokens.admin, json: body });

/** Polls until every report of the enterprise is indexed or failed (and none is missing), 20 s at most. */
export async function settledReports(world: World, enterpriseId: number, expected: number, roundId = world.roundId) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const rows = await world.db.query.finderReport.findMany({ where: (r, { and, eq }) => and(eq(r.roundId, roundId), eq(r.enterpriseId, enterpriseId)) });
    if (rows.length >= expected && rows.every((r) => r.status === 'indexed' || r.status === 'failed')) return rows;
    if (Date.now() > deadline) throw new Error(`reports still moving: ${JSON.stringify(rows.map((r) => [r.url, r.status, r.reason]))}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
