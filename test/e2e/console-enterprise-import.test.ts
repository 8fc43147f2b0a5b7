// Journey 1, the registry part: an administrator opens the console from the options page, browses the
// 500-enterprise registry (timed), and imports 500 more from a CSV file. The first file has two bad rows:
// the dry run shows both with row, column and reason, the import cannot be committed and D1 is untouched.
// The corrected file is checked and committed in one transaction, with the progress bar on the way. Then an office's
// own spellings: a full-width credit code and a street by its alias go in, an unknown street is refused in Chinese.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorldSpec } from '../../scripts/demo/world';
import { toCsv } from '../../shared/domain/csv';
import { enterpriseCsvRecords } from '../../shared/domain/enterprise-csv';
import { EnterpriseCreate } from '../../shared/schemas/enterprise';
import { syntheticEnterprises } from '../../worker/seed/synthetic-enterprises';
import { consoleUrl, openConsole } from '../support/console-actions';
import { openLocalD1 } from '../support/local-d1';
import { artifactsDir, startStack, type Stack } from '../support/stack';

let stack: Stack;
let consolePage: Page;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

const newcomers = syntheticEnterprises({ count: 500, seed: 4711, avoid: demoWorldSpec.enterprises }).map((e) => EnterpriseCreate.parse(e));
/** The file as an administrator would export it from a spreadsheet: UTF-8 with a BOM, CRLF. */
const csvFile = (records: string[][]) => ({ name: 'new-enterprises.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${toCsv(records)}`) });

async function count(sql: string) {
  const db = await openLocalD1(stack.persistTo);
  const { n } = db.prepare(sql).get() as { n: number };
  db.close();
  return n;
}

/** Milliseconds until `condition` holds, polled every 10 ms within 10 s. */
async function timeUntil(started: number, condition: () => Promise<boolean>) {
  await expect.poll(condition, { timeout: 10_000, interval: 10 }).toBe(true);
  return Date.now() - started;
}

describe('the enterprise registry in the console', () => {
  it('opens from the options page and shows the 500-enterprise registry, sorted and filtered on the server', async () => {
    consolePage = await openConsole(stack, 'admin', 'demo-admin-2026');

    const rows = consolePage.getByTestId('enterprise-table').locator('tbody tr');
    const started = Date.now();
    await consolePage.goto(consoleUrl(stack, '/enterprises'));
    const firstRender = await timeUntil(started, async () => (await rows.count()) === 50);

    const typed = Date.now();
    await consolePage.getByTestId('enterprise-search').fill('华鑫');
    const filtered = await timeUntil(typed, async () => (await rows.count()) === 1 && (await rows.first().textContent())!.includes('上海华鑫汽车零部件有限公司'));
    await consolePage.getByTestId('enterprise-search').fill('');
    await expect.poll(() => rows.count()).toBe(50);

    // Sorting by credit code descending, then the next page, both answered by the worker.
    await consolePage.getByRole('button', { name: '统一社会信用代码' }).click();
    await consolePage.getByRole('button', { name: '统一社会信用代码 ▲' }).click();
    await consolePage.getByRole('button', { name: '统一社会信用代码 ▼' }).waitFor();
    const settled = consolePage.locator('[data-testid="enterprise-table"][aria-busy="false"]');
    await settled.waitFor();
    const firstCode = await rows.first().locator('td.code').textContent();
    await consolePage.getByTestId('next-page').click();
    // Which page of how many, and the registry's total, as the worker counted it.
    await consolePage.getByTestId('page-of').getByText(/^第 2 \/ \d+ 页$/).waitFor();
    const total = Number((await consolePage.getByTestId('list-total').textContent())!.replace(/[^\d]/g, ''));
    expect(total).toBeGreaterThanOrEqual(500);
    expect(await consolePage.getByTestId('page-of').textContent()).toBe(`第 2 / ${Math.ceil(total / 50)} 页`);
    await settled.waitFor();
    await expect.poll(async () => (await rows.first().locator('td.code').textContent())! < firstCode!).toBe(true);
    console.log(`registry of 500: first page rendered in ${firstRender} ms, filtered in ${filtered} ms after typing (150 ms of it the pause before asking)`);
  });

  it('shows both bad rows of a 500-row file with row, column and reason, and writes nothing', async () => {
    const records = enterpriseCsvRecords(newcomers);
    // Spreadsheet rows: the header is row 1, so newcomer i is on row i + 2.
    records[57 - 1]![0] = '91310114MA1XXXXXX0'; // an impossible check character
    records[311 - 1]![3] = '航天'; // an industry the district does not know
    const before = await count('SELECT COUNT(*) AS n FROM enterprise');
    const audits = await count('SELECT COUNT(*) AS n FROM audit_log');

    await consolePage.getByTestId('open-import').click();
    await consolePage.getByTestId('csv-file').setInputFiles(csvFile(records));
    await consolePage.getByTestId('import-summary').waitFor({ timeout: 20_000 });
    expect(await consolePage.getByTestId('import-summary').textContent()).toContain('500 行,498 行有效');
    const errors = consolePage.getByTestId('import-errors').locator('tbody tr');
    expect(await errors.count()).toBe(2);
    // Each problem in Chinese, from its reason: never the code or the worker's English.
    expect(await errors.nth(0).locator('td').allTextContents()).toEqual(['57', '统一社会信用代码', '统一社会信用代码的校验位不正确,请核对']);
    expect(await errors.nth(0).getAttribute('data-reason')).toBe('credit_code_check_digit');
    const industry = await errors.nth(1).locator('td').allTextContents();
    expect(industry.slice(0, 2)).toEqual(['311', '行业']);
    expect(industry[2]).toMatch(/^只能是:制造业\(汽车零部件\)、建筑业、/);
    expect(await consolePage.getByTestId('commit-import').isDisabled()).toBe(true);
    await consolePage.getByText('请先修正文件中的错误再导入').waitFor();
    await consolePage.screenshot({ path: join(artifactsDir, 'console-import-errors.png'), fullPage: true });
    expect(await count('SELECT COUNT(*) AS n FROM enterprise')).toBe(before);
    expect(await count('SELECT COUNT(*) AS n FROM audit_log')).toBe(audits);
  });

  it('imports the corrected file in one go, with the progress bar, and the table finds the new enterprises', async () => {
    const started = Date.now();
    await consolePage.getByTestId('csv-file').setInputFiles(csvFile(enterpriseCsvRecords(newcomers)));
    await expect.poll(() => consolePage.getByTestId('import-summary').textContent(), { timeout: 20_000 }).toContain('500 行,500 行有效(新建 500');
    const checked = Date.now() - started;
    expect(await consolePage.getByTestId('import-errors').count()).toBe(0);

    const committing = Date.now();
    await consolePage.getByTestId('commit-import').click();
    await consolePage.getByTestId('import-progress').and(consolePage.locator('[data-step="done"]')).waitFor({ timeout: 30_000 });
    const committed = Date.now() - committing;
    expect(await consolePage.getByTestId('import-summary').textContent()).toContain('已导入:新建 500');
    expect(await count('SELECT COUNT(*) AS n FROM enterprise')).toBe(1000);
    expect(await count(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'enterprise.import'`)).toBe(500);

    await consolePage.getByTestId('enterprise-search').fill(newcomers[123]!.name);
    await expect.poll(() => consolePage.getByTestId('enterprise-table').locator('tbody tr').first().textContent()).toContain(newcomers[123]!.creditCode);
    console.log(`CSV import of 500 rows through the console: checked in ${checked} ms, committed in ${committed} ms`);
  });

  it('imports a full-width credit code and a street written as its alias, and refuses an unknown street in Chinese with the nearest names', async () => {
    const [first, second] = syntheticEnterprises({ count: 2, seed: 815, avoid: [...demoWorldSpec.enterprises, ...newcomers] }).map((e) => EnterpriseCreate.parse(e));
    const fullWidth = first!.creditCode.replace(/[0-9A-Z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    const file = (street: string) => csvFile([
      ['统一社会信用代码', '企业名称', '行业', '街镇'],
      [fullWidth, first!.name, '制造业', '嘉定新城'],
      [second!.creditCode, second!.name, 'C26', street],
    ]);

    await consolePage.getByTestId('csv-file').setInputFiles(file('安停镇'));
    const problem = consolePage.getByTestId('import-errors').locator('tbody tr');
    await expect.poll(() => problem.count(), { timeout: 20_000 }).toBe(1);
    expect(await problem.first().locator('td').allTextContents()).toEqual(['3', '街镇', '“安停镇”不在街镇名录中。您是不是要找:安亭镇?']);
    expect(await consolePage.getByTestId('commit-import').isDisabled()).toBe(true);

    await consolePage.getByTestId('csv-file').setInputFiles(file('南翔'));
    await expect.poll(() => consolePage.getByTestId('import-summary').textContent(), { timeout: 20_000 }).toContain('2 行,2 行有效(新建 2');
    await consolePage.getByTestId('import-notes').locator('summary').click();
    expect(await consolePage.getByTestId('import-notes').textContent()).toContain('“嘉定新城”按别名记入“马陆镇”');
    await consolePage.getByTestId('commit-import').click();
    await consolePage.getByTestId('import-progress').and(consolePage.locator('[data-step="done"]')).waitFor({ timeout: 30_000 });
    const db = await openLocalD1(stack.persistTo);
    const stored = db.prepare('SELECT e.credit_code AS code, e.street, s.name AS registered FROM enterprise e JOIN street s ON s.id = e.street_id WHERE e.credit_code IN (?, ?) ORDER BY e.credit_code').all(first!.creditCode, second!.creditCode);
    const streets = (db.prepare('SELECT COUNT(*) AS n FROM street').get() as { n: number }).n;
    db.close();
    expect(stored).toEqual(
      [
        { code: first!.creditCode, street: '马陆镇', registered: '马陆镇' },
        { code: second!.creditCode, street: '南翔镇', registered: '南翔镇' },
      ].sort((a, b) => (a.code < b.code ? -1 : 1)),
    );
    expect(streets, 'the import made no street of its own').toBe(12);
  });
});
