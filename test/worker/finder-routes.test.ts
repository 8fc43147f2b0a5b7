// The evidence finder's API: suggestions per indicator over an enterprise's indexed reports (for evaluators
// only), confirming one into ordinary evidence whose selectors anchor exactly in the page the extension sees
// (audited, idempotent, learned from), dismissing one (audited), report states and the round's counts, a report
// that changed keeping its confirmed evidence, and a new report link read without anyone asking.
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnchorer } from '../../shared/anchoring/anchor';
import type { FinderSuggestions } from '../../shared/schemas/finder';
import { htmlReportText } from '../../worker/finder/extract-html';
import { creditCodes } from '../support/test-world';
import { indicatorIds } from './support/scenario';
import { attachReport, callSendingJobs, reindex, reportHtml, reportPages, setPages, settledReports, sites } from './support/finder';
import { call, createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
let huaxin: number;
const suggestionsPath = () => `/rounds/${world.roundId}/enterprises/${huaxin}/finder/suggestions`;
const decisions = (kind: 'confirmations' | 'dismissals') => `/rounds/${world.roundId}/enterprises/${huaxin}/finder/${kind}`;
const key = () => crypto.randomUUID().replaceAll('-', '');

async function suggestions(indicator: string, token = world.tokens.expert) {
  const res = await call(`${suggestionsPath()}?indicatorId=${ids[indicator]}`, { token });
  expect(res.status, JSON.stringify(res.data)).toBe(200);
  return res.data as FinderSuggestions;
}

beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
  huaxin = world.enterpriseId(creditCodes.huaxin);
  await setPages({ '/routes/csr.html': { body: reportHtml }, '/routes/csr.pdf': { made: { pdf: reportPages, title: '华鑫报告' } } });
  await attachReport(world, huaxin, `${sites.primary}/routes/csr.html`, ids['STAFF.1.1']!);
  await attachReport(world, huaxin, `${sites.primary}/routes/csr.pdf`, ids['STAFF.1.1']!);
  expect((await reindex(world, { enterpriseId: huaxin })).status).toBe(202);
  await settledReports(world, huaxin, 2);
}, 60_000);

describe('GET …/finder/suggestions', () => {
  it('proposes the passages about each indicator with report, page and why', async () => {
    const all = await call(suggestionsPath(), { token: world.tokens.reviewer });
    expect(all.status).toBe(200);
    const scored = Object.entries(ids).filter(([code]) => /\.\d+\.\d+$/.test(code)).map(([, id]) => id);
    expect((all.data as FinderSuggestions).indicators.map((i) => i.indicatorId).sort()).toEqual(scored.sort());
    const { reports, indicators } = await suggestions('STAFF.1.1');
    expect(reports).toHaveLength(2);
    const [first, second] = indicators[0]!.items;
    expect(first!.quote).toMatch(/劳动合同/);
    expect(first!.why).toContain('劳动合同');
    expect([first!.reportId, second!.reportId].sort()).toEqual(reports.map((r) => r.id).sort());
    const pdf = reports.find((r) => r.format === 'pdf')!;
    expect(indicators[0]!.items.find((i) => i.reportId === pdf.id)!.page).toBe(2);
  });

  it.each([
    ['huaxin', 403],
    ['coordinator', 403],
  ] as const)('refuses %s (%i): suggestions are for evaluators', async (login, status) => {
    expect((await call(suggestionsPath(), { token: world.tokens[login] })).status).toBe(status);
  });

  it('401 without a session, 404 for an unknown round or indicator', async () => {
    expect((await call(suggestionsPath())).status).toBe(401);
    expect((await call(`/rounds/999/enterprises/${huaxin}/finder/suggestions`, { token: world.tokens.expert })).status).toBe(404);
    expect((await call(`${suggestionsPath()}?indicatorId=99999`, { token: world.tokens.expert })).status).toBe(404);
  });
});

describe('POST …/finder/confirmations', () => {
  it('makes ordinary evidence that anchors exactly where the passage is, once, and learns from it', async () => {
    const [top] = (await suggestions('STAFF.1.1')).indicators[0]!.items;
    const html = (await suggestions('STAFF.1.1')).reports.find((r) => r.id === top!.reportId)!;
    const idempotencyKey = key();
    const body = { indicatorId: ids['STAFF.1.1'], reportId: top!.reportId, passageKey: top!.passageKey, stance: 'supports', idempotencyKey };
    const res = await call(decisions('confirmations'), { token: world.tokens.expert, json: body });
    expect(res.status, JSON.stringify(res.data)).toBe(201);
    expect(res.data).toMatchObject({ kind: 'clip', quote: top!.quote, url: html.url, indicatorId: ids['STAFF.1.1'], stance: 'supports', status: 'pending' });
    const selectors = res.data.selectors;
    expect(selectors.position).toEqual({ type: 'TextPositionSelector', start: top!.start, end: top!.end });
    if (html.format === 'html') {
      const page = htmlReportText(reportHtml).page.text;
      const anchor = createAnchorer(page).anchor({ exact: selectors.quote.exact, prefix: selectors.quote.prefix, suffix: selectors.quote.suffix, start: top!.start, end: top!.end });
      expect(anchor).toMatchObject({ start: top!.start, end: top!.end, method: 'position' });
    } else {
      expect(res.data).toMatchObject({ pageNumber: top!.page, documentSha256: html.sha256 });
    }
    const audit = await world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.action, 'finder.confirm') });
    expect(audit.map((a) => a.resourceId)).toEqual([String(res.data.id)]);

    // Retried: the same evidence; the same passage again under another key: already decided.
    expect((await call(decisions('confirmations'), { token: world.tokens.expert, json: body })).data.id).toBe(res.data.id);
    const twice = await call(decisions('confirmations'), { token: world.tokens.expert, json: { ...body, idempotencyKey: key() } });
    expect(twice.status).toBe(409);
    expect(twice.data.error.code).toBe('passage_decided');
    expect((await suggestions('STAFF.1.1')).indicators[0]!.items.map((i) => i.passageKey)).not.toContain(top!.passageKey);
    const learned = await world.db.query.finderLearned.findFirst({ where: (l, { and, eq }) => and(eq(l.roundId, world.roundId), eq(l.indicatorId, ids['STAFF.1.1']!)) });
    expect(learned?.examples).toBe(1);
    expect(learned?.terms.map(([term]) => term)).toContain('合同');
  });

  it('makes a PDF passage evidence with its page and the document SHA-256', async () => {
    const { reports, indicators } = await suggestions('ENV.1.1');
    const pdf = reports.find((r) => r.format === 'pdf')!;
    const item = indicators[0]!.items.find((i) => i.reportId === pdf.id)!;
    const res = await call(decisions('confirmations'), { token: world.tokens.expert, json: { indicatorId: ids['ENV.1.1'], reportId: pdf.id, passageKey: item.passageKey, stance: 'context', idempotencyKey: key() } });
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ pageNumber: 3, documentSha256: pdf.sha256, quote: item.quote, stance: 'context' });
  });

  it('is for experts inside their assignment only, and names a passage that exists', async () => {
    const [top] = (await suggestions('STAFF.1.2')).indicators[0]!.items;
    const body = { indicatorId: ids['STAFF.1.2'], reportId: top!.reportId, passageKey: top!.passageKey, stance: 'supports', idempotencyKey: key() };
    // expert2 covers ENV.1 only; reviewers and enterprise staff do not confirm suggestions.
    for (const login of ['expert2', 'reviewer', 'huaxin', 'admin'] as const) expect((await call(decisions('confirmations'), { token: world.tokens[login], json: body })).status).toBe(403);
    const gone = await call(decisions('confirmations'), { token: world.tokens.expert, json: { ...body, passageKey: '0123456789abcdef' } });
    expect([gone.status, gone.data.error.code]).toEqual([404, 'passage_not_found']);
    const bad = await call(decisions('confirmations'), { token: world.tokens.expert, json: { ...body, stance: 'maybe' } });
    expect(bad.status).toBe(400);
  });
});

describe('POST …/finder/dismissals', () => {
  it('drops the passage from the indicator’s suggestions, audited, once', async () => {
    const [top] = (await suggestions('STAFF.1.2')).indicators[0]!.items;
    const body = { indicatorId: ids['STAFF.1.2'], reportId: top!.reportId, passageKey: top!.passageKey };
    const res = await call(decisions('dismissals'), { token: world.tokens.expert, json: body });
    expect(res.status, JSON.stringify(res.data)).toBe(201);
    expect((await suggestions('STAFF.1.2')).indicators[0]!.items.map((i) => i.passageKey)).not.toContain(top!.passageKey);
    expect((await call(decisions('dismissals'), { token: world.tokens.expert, json: body })).status).toBe(409);
    expect(await world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.action, 'finder.dismiss') })).toHaveLength(1);
  });
});

describe('report states and counts', () => {
  it('shows an enterprise its reports, and evaluators the round’s counts', async () => {
    const mine = await call(`/rounds/${world.roundId}/enterprises/${huaxin}/finder/reports`, { token: world.tokens.huaxin });
    expect(mine.status).toBe(200);
    expect(mine.data.counts).toEqual({ queued: 0, fetched: 0, indexed: 2, failed: 0 });
    expect(mine.data.unreviewed).toBeGreaterThan(0);
    expect((await call(`/rounds/${world.roundId}/enterprises/${huaxin}/finder/reports`, { token: world.tokens.jiaan })).status).toBe(403);
    const summary = await call(`/rounds/${world.roundId}/finder/summary?limit=2`, { token: world.tokens.reviewer });
    expect(summary.status).toBe(200);
    expect(summary.data.counts.indexed).toBe(2);
    const row = summary.data.enterprises.find((e: { enterpriseId: number }) => e.enterpriseId === huaxin);
    expect(row).toMatchObject({ reports: { indexed: 2 }, unreviewed: mine.data.unreviewed });
    expect(row.indicatorIds.length).toBeGreaterThan(0);
    expect(summary.data.nextCursor).toBe(String(summary.data.enterprises[1].enterpriseId));
    expect((await call(`/rounds/${world.roundId}/finder/summary`, { token: world.tokens.coordinator })).status).toBe(403);
  });

  it('keeps confirmed evidence and decisions when the report changes and is read again', async () => {
    const before = await world.db.query.evidence.findMany({ where: (e, { eq }) => eq(e.url, `${sites.primary}/routes/csr.html`) });
    const confirmed = before.filter((e) => e.kind === 'clip');
    expect(confirmed.length).toBeGreaterThan(0);
    await setPages({ '/routes/csr.html': { body: reportHtml.replace('<footer>', '<p>公司2025年新建职工书屋一处,藏书3,000册,向全体员工开放。</p><footer>') } });
    const report = (await world.db.query.finderReport.findFirst({ where: (r, { eq }) => eq(r.url, `${sites.primary}/routes/csr.html`) }))!;
    await reindex(world, { reportId: report.id });
    const [again] = (await settledReports(world, huaxin, 2)).filter((r) => r.id === report.id);
    expect(again!.sha256).not.toBe(report.sha256);
    const after = await world.db.query.evidence.findMany({ where: (e, { eq }) => eq(e.url, `${sites.primary}/routes/csr.html`) });
    expect(after.filter((e) => e.kind === 'clip')).toEqual(confirmed);
    const items = (await suggestions('STAFF.1.1')).indicators[0]!.items;
    expect(items.map((i) => i.quote)).not.toContain(confirmed[0]!.quote);
  }, 60_000);
});

describe('sources read without asking', () => {
  it('reads a report link as soon as it is attached', async () => {
    await setPages({ '/routes/new.html': { body: reportHtml } });
    const lvyuan = world.enterpriseId(creditCodes.lvyuan);
    const res = await callSendingJobs('/evidence', {
      token: world.tokens.expert,
      json: { roundId: world.roundId, enterpriseId: lvyuan, indicatorId: ids['STAFF.1.1'], kind: 'report', url: `${sites.primary}/routes/new.html`, title: '报告', capturedAt: new Date().toISOString(), idempotencyKey: key() },
    });
    expect(res.status).toBe(201);
    const [row] = await settledReports(world, lvyuan, 1);
    expect(row).toMatchObject({ status: 'indexed', url: `${sites.primary}/routes/new.html` });
  }, 60_000);
});
