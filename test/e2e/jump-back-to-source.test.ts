// Journey: an expert clips a sentence; the enterprise then edits its page. From the side panel the expert
// goes back to the source: the unchanged sentence is found after a section was added above it; once a word
// of it is edited, its place is found, highlighted in the stance's colour and marked as changed. Later the
// sentence is deleted: the evidence says it is not found on the current page, and when it was last seen.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseIndicatorAndSave, clickClipMenu, pickerFrame, signInThroughOptions } from '../support/extension-actions';
import { highlightsOn } from '../support/in-extension';
import { openLocalD1 } from '../support/local-d1';
import { edited, editedSentence, moved, movedSentence, original, sentence, withoutIt } from '../support/changing-report';
import { startPageServer, type PageServer } from '../support/page-server';
import { artifactsDir, startStack, type Stack } from '../support/stack';

let stack: Stack;
let site: PageServer;
beforeAll(async () => {
  [stack, site] = await Promise.all([startStack(), startPageServer()]);
});
afterAll(async () => {
  await Promise.all([stack?.close(), site?.stop()]);
});

const evidenceRow = async () => {
  const db = await openLocalD1(stack.persistTo);
  const row = db.prepare('SELECT id, anchor_status, last_seen_at, stance FROM evidence WHERE id > ?').get(stack.seededEvidenceMaxId) as Record<string, string> | undefined;
  db.close();
  return row;
};

describe('going back to the source of a clip', () => {
  it('highlights the quote on a page that changed since, marks it changed once edited, and an orphan once gone', async () => {
    const options = await signInThroughOptions(stack, 'expert.env', 'demo-expert-2026');
    await options.close();
    const url = site.url('huaxin-auto.localhost', '/csr/2025.html');
    site.set('/csr/2025.html', original);

    const page = await stack.browser.context.newPage();
    await page.goto(url);
    await page.locator('#emissions').click({ clickCount: 3 });
    await clickClipMenu(stack, page);
    const picker = pickerFrame(page);
    await picker.locator('input[name="stance"][value="contradicts"]').check();
    await chooseIndicatorAndSave(picker, 'ENV.1.1');
    await expect.poll(evidenceRow, { timeout: 15_000 }).toMatchObject({ stance: 'contradicts', anchor_status: null });

    const panel = await stack.browser.context.newPage();
    await panel.goto(stack.browser.pageUrl('sidepanel.html'));
    await page.bringToFront();
    // The demo world holds other evidence of this enterprise: work on this clip's card.
    const card = panel.locator('article.evidence-card', { has: panel.getByTestId('evidence-quote').filter({ hasText: sentence }) });
    await card.waitFor({ timeout: 15_000 });
    await page.close();

    // The enterprise reworks the page around the sentence; the expert goes back to it from the side panel.
    site.set('/csr/2025.html', moved);
    let opened = stack.browser.context.waitForEvent('page', { predicate: (p) => p.url() === url });
    await card.getByTestId('open-source').click();
    let source = await opened;
    await card.getByTestId('anchored-note').waitFor({ timeout: 20_000 });
    let highlights = await highlightsOn(stack, url);
    expect(Object.keys(highlights)).toEqual(['csr-clipper-contradicts']);
    expect(highlights['csr-clipper-contradicts']).toBe(movedSentence);
    // Drawn with the Custom Highlight API: the page's own DOM is unchanged.
    expect(await source.locator('[data-csr-clipper]:not([data-csr-clipper="selection-button"])').count()).toBe(0);
    const anchored = await evidenceRow();
    expect(anchored).toMatchObject({ anchor_status: 'anchored' });
    expect(anchored!.last_seen_at).toBeTruthy();

    // A word of the sentence is edited: its place is highlighted as it reads now, and marked changed, the
    // quote as clipped still last seen when it was found.
    await source.close();
    site.set('/csr/2025.html', edited);
    opened = stack.browser.context.waitForEvent('page', { predicate: (p) => p.url() === url });
    await card.getByTestId('open-source').click();
    source = await opened;
    await card.getByTestId('changed-note').waitFor({ timeout: 20_000 });
    highlights = await highlightsOn(stack, url);
    expect(highlights['csr-clipper-contradicts']).toBe(editedSentence);
    await source.screenshot({ path: join(artifactsDir, 'jump-back-highlight.png') });
    expect(await evidenceRow()).toMatchObject({ anchor_status: 'changed', last_seen_at: anchored!.last_seen_at });

    // The sentence is deleted: the evidence is an orphan, last seen when it was found above.
    await source.close();
    site.set('/csr/2025.html', withoutIt);
    await card.getByTestId('open-source').click();
    const orphanNote = card.getByTestId('orphan-note');
    await orphanNote.waitFor({ timeout: 20_000 });
    expect(await orphanNote.textContent()).toContain('当前页面上未找到此摘录');
    expect(await evidenceRow()).toMatchObject({ anchor_status: 'orphan', last_seen_at: anchored!.last_seen_at });
    await panel.setViewportSize({ width: 400, height: 700 });
    await panel.screenshot({ path: join(artifactsDir, 'sidepanel-orphan.png') });
  });
});
