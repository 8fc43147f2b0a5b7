// Journey: the evidence finder has read 华鑫's demo report. An expert opens the side panel on the enterprise's
// site, finds "建议证据" beneath an indicator of their assignment, opens a suggested passage (highlighted in the
// report), and confirms it by keyboard with a stance: it becomes ordinary evidence with the passage's quote and
// selectors, the suggestion leaves the list, and the new evidence card goes back to the same passage. A passage of
// the PDF report opens in the extension's viewer at its page, highlighted there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachDemoReports } from '../../scripts/demo/reports';
import type { Evidence } from '../../shared/schemas/evidence';
import type { EnterpriseFinderReports, FinderSuggestions } from '../../shared/schemas/finder';
import type { IndicatorNode } from '../../shared/schemas/round';
import { openIndicator, openSidePanel, signInThroughOptions } from '../support/extension-actions';
import { highlightsOn } from '../support/in-extension';
import { startStack, type Stack } from '../support/stack';
import { adminToken, apiCall } from '../support/worker-api';

let stack: Stack;
beforeAll(async () => {
  // The finder may read the demo sites on 127.0.0.1, as under `npm run dev`.
  stack = await startStack({ workerVars: { FINDER_ALLOW_HOSTS: '127.0.0.1' } });
});
afterAll(async () => {
  await stack?.close();
});

const HUAXIN = '91310114MA1GT35K7H';

describe('confirming a suggestion of the evidence finder', () => {
  it('shows the passage highlighted in its report, and a keyboard confirmation makes it evidence that anchors there', async () => {
    const sitePort = Number(new URL(stack.siteUrl('huaxin-auto', '/')).port);
    expect(await attachDemoReports(stack.worker.url, sitePort)).toBeGreaterThan(0);
    const token = await adminToken(stack, 'expert.env', 'demo-expert-2026');
    const { items: rounds } = await apiCall<{ items: { id: number }[] }>(stack, token, 'GET', '/rounds');
    const roundId = rounds[0]!.id;
    const { items: found } = await apiCall<{ items: { id: number }[] }>(stack, token, 'GET', `/rounds/${roundId}/enterprises?q=${HUAXIN}`);
    const base = `/rounds/${roundId}/enterprises/${found[0]!.id}`;
    // Both reports are read off the request path: wait until the queue has indexed them.
    await expect
      .poll(async () => (await apiCall<EnterpriseFinderReports>(stack, token, 'GET', `${base}/finder/reports`)).counts.indexed, { timeout: 90_000, interval: 500 })
      .toBe(2);

    // An indicator of expert.env's assignment (ENV, COMM, MGMT) whose best suggestion is in the HTML report.
    const { items: tree } = await apiCall<{ items: IndicatorNode[] }>(stack, token, 'GET', `/rounds/${roundId}/indicators`);
    const codes = new Map(tree.map((n) => [n.id, n.code]));
    const suggestions = await apiCall<FinderSuggestions>(stack, token, 'GET', `${base}/finder/suggestions`);
    const html = suggestions.reports.find((r) => r.format === 'html')!;
    const pick = suggestions.indicators.find((i) => /^(ENV|COMM)\./.test(codes.get(i.indicatorId) ?? '') && i.items[0]?.reportId === html.id)!;
    expect(pick, 'an ENV or COMM indicator with a suggestion from the HTML report').toBeDefined();
    const code = codes.get(pick.indicatorId)!;
    const suggestion = pick.items[0]!;

    const options = await signInThroughOptions(stack, 'expert.env', 'demo-expert-2026');
    await options.close();
    const site = await stack.browser.context.newPage();
    await site.goto(stack.siteUrl('huaxin-auto', '/csr-2025.html'));
    const panel = await openSidePanel(stack.browser);
    const row = panel.locator(`section.indicator[data-indicator-code="${code}"]`);
    await openIndicator(row);
    const card = row.locator(`[data-testid="suggestion"][data-passage-key="${suggestion.passageKey}"]`);
    await card.waitFor({ timeout: 30_000 });
    expect(await card.getByTestId('suggestion-label').textContent()).toBe('建议');
    expect(await card.getByTestId('suggestion-quote').textContent()).toBe(suggestion.quote);
    expect(await card.getByTestId('suggestion-report').textContent()).toBe(html.title);
    expect(await card.getByTestId('suggestion-why').locator('.chip').allTextContents()).toEqual(suggestion.why);
    expect(await row.getByTestId('suggestion-keys').textContent()).toContain('Enter 或 C 采纳');

    // Open: the report (the finder's own URL of it) with the passage highlighted, as a suggestion, not evidence.
    const opened = stack.browser.context.waitForEvent('page', { predicate: (p) => p.url() === html.url });
    await card.getByTestId('suggestion-open').click();
    const report = await opened;
    await expect.poll(() => highlightsOn(stack, html.url), { timeout: 20_000 }).toEqual({ 'csr-clipper-context': suggestion.quote });
    await report.close();

    // Confirm by keyboard: focus the card, C opens the stance choice on its first option, Space picks it, Enter confirms.
    await card.focus();
    await panel.keyboard.press('c');
    await expect.poll(() => card.getByTestId('stance-supports').evaluate((radio) => radio === document.activeElement)).toBe(true);
    await panel.keyboard.press('Space');
    await panel.keyboard.press('Enter');
    await card.waitFor({ state: 'detached', timeout: 20_000 });

    // Ordinary evidence now: the passage's quote with its quote and position selectors, on the indicator.
    const confirmed = async () => (await apiCall<{ items: Evidence[] }>(stack, token, 'GET', `${base}/evidence`)).items.find((e) => e.kind === 'clip' && e.quote === suggestion.quote);
    await expect.poll(confirmed, { timeout: 10_000 }).toBeDefined();
    const evidence = (await confirmed())!;
    expect(evidence).toMatchObject({ indicatorId: pick.indicatorId, stance: 'supports', url: html.url });
    expect(evidence.selectors?.quote?.exact).toBe(suggestion.quote);
    expect(evidence.selectors?.position).toMatchObject({ start: suggestion.start, end: suggestion.end });

    // Its card is in the panel, and goes back to the same passage, now highlighted as supporting evidence.
    const evidenceCard = row.locator(`article.evidence-card[data-evidence-id="${evidence.id}"]`);
    await evidenceCard.waitFor({ timeout: 20_000 });
    const back = stack.browser.context.waitForEvent('page', { predicate: (p) => p.url() === html.url });
    await evidenceCard.getByTestId('open-source').click();
    await back;
    await evidenceCard.getByTestId('anchored-note').waitFor({ timeout: 20_000 });
    expect(await highlightsOn(stack, html.url)).toEqual({ 'csr-clipper-supports': suggestion.quote });

    // A suggestion from the PDF report opens in the viewer at its page, the passage highlighted there.
    const pdf = suggestions.reports.find((r) => r.format === 'pdf')!;
    const inPdf = suggestions.indicators
      .filter((i) => /^(ENV|COMM|MGMT)\./.test(codes.get(i.indicatorId) ?? '') && i.indicatorId !== pick.indicatorId)
      .flatMap((i) => i.items.filter((s) => s.reportId === pdf.id).map((s) => ({ code: codes.get(i.indicatorId)!, item: s })))[0]!;
    expect(inPdf, 'a suggestion from the PDF report in expert.env’s assignment').toBeDefined();
    const pdfRow = panel.locator(`section.indicator[data-indicator-code="${inPdf.code}"]`);
    await openIndicator(pdfRow);
    const pdfCard = pdfRow.locator(`[data-testid="suggestion"][data-passage-key="${inPdf.item.passageKey}"]`);
    expect(await pdfCard.getByTestId('suggestion-page').textContent()).toBe(`第 ${inPdf.item.page} 页`);
    const viewerOpened = stack.browser.context.waitForEvent('page', { predicate: (p) => p.url().includes(`pdf-viewer.html?page=${inPdf.item.page}#`) });
    await pdfCard.getByTestId('suggestion-open').click();
    const viewer = await viewerOpened;
    await expect
      .poll(() => viewer.evaluate(() => [...(CSS.highlights.get('csr-clipper-context') ?? [])].map(String).join('')), { timeout: 30_000 })
      .toBe(inPdf.item.quote);
  });
});
