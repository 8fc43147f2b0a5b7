// The standard's next version through the console: a new draft of the published framework, an indicator
// added with its rubric, weights checked live (the dimensions must sum to 100 before the draft can be saved),
// the diff of the two versions, and publication.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleUrl, openConsole } from '../support/console-actions';
import { artifactsDir, startStack, type Stack } from '../support/stack';

let stack: Stack;
let page: Page;
beforeAll(async () => {
  stack = await startStack();
  page = await openConsole(stack, 'admin', 'demo-admin-2026');
  await page.goto(consoleUrl(stack, '/frameworks'));
});
afterAll(async () => {
  await stack?.close();
});

describe('a new version of the framework', () => {
  it('is drafted, edited with live weight checks, diffed against the published version and published', async () => {
    await page.getByRole('button', { name: '新建草稿版本' }).click();
    await page.waitForURL(/\/frameworks\/\d+\/edit$/);
    const draftId = Number(/frameworks\/(\d+)\/edit/.exec(page.url())![1]);
    const outline = page.getByTestId('draft-outline');
    await outline.waitFor();

    // An indicator added to the first group, named and given a third rubric level and keywords.
    await outline.getByRole('button', { name: '+ 添加指标' }).first().click();
    await page.locator('#node-name-zh').fill('女职工权益保护');
    await page.locator('#node-name-en').fill('Protection of women workers');
    await page.getByTestId('rubric-editor').getByRole('button', { name: '+ 添加档次' }).click();
    await page.locator('#keywords-zh').fill('女职工、孕期保护');
    await page.locator('#keywords-zh').press('Tab');

    // The first dimension's weight up by five: the sum check refuses the save until another gives five back.
    await outline.locator('.outline-dimension').first().locator('.outline-item').first().getByRole('button').first().click();
    const weight = page.locator('#node-weight');
    await weight.fill(String(Number(await weight.inputValue()) + 5));
    await expect.poll(() => page.getByTestId('weight-sum').first().textContent()).toContain('应为 100');
    expect(await page.getByTestId('save-draft').isDisabled()).toBe(true);
    await outline.locator('.outline-dimension').nth(1).locator('.outline-item').first().getByRole('button').first().click();
    await weight.fill(String(Number(await weight.inputValue()) - 5));
    await expect.poll(() => page.getByTestId('weight-sum').first().textContent()).toContain('✓');
    await page.getByTestId('save-draft').click();
    await page.getByText('草稿已保存').waitFor();
    await page.screenshot({ path: join(artifactsDir, 'console-draft-editor.png'), fullPage: true });

    await page.goto(consoleUrl(stack, `/frameworks/diff/1/${draftId}`));
    const diff = page.getByTestId('framework-diff');
    await diff.waitFor();
    expect(await diff.locator('tr.diff-added').count()).toBe(1);
    expect(await diff.locator('tr.diff-added').textContent()).toContain('女职工权益保护');
    expect(await diff.locator('tr.diff-changed').count()).toBe(2);
    expect(await diff.locator('tr.diff-changed').first().textContent()).toContain('weight');

    await page.goto(consoleUrl(stack, `/frameworks/${draftId}`));
    await page.getByTestId('publish-framework').click();
    await page.getByTestId('publish-framework-confirm').click();
    await page.getByText('发布于').waitFor();
    await page.getByTestId('framework-tree').waitFor();
    expect(await page.locator('details.tree-leaf').count()).toBe(65);
  });
});
