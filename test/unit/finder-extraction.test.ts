// @vitest-environment happy-dom
// The finder's text is the extension's text, so a confirmed suggestion anchors by position: an HTML report's
// text from linkedom equals the content script's DOM walk (extension/lib/page-text.ts, here over happy-dom), and
// a PDF's page text from unpdf equals what the PDF viewer builds with the extension's own pdf.js.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../extension/lib/page-text';
import { splitPassages } from '../../shared/finder/passages';
import { reportPdf } from '../../scripts/lib/report-pdf';
import { htmlReportText } from '../../worker/finder/extract-html';
import { pdfReportText } from '../../worker/finder/extract-pdf';

const root = join(import.meta.dirname, '..', 'fixtures');
const htmlFiles = [
  join(root, 'site', 'huaxin-auto', 'csr-2025.html'),
  ...readdirSync(join(root, 'finder', 'reports'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(root, 'finder', 'reports', f)),
];

describe('HTML report text', () => {
  it.each(htmlFiles.map((f) => [f.split('/').slice(-2).join('/'), f]))('%s: the content script’s text, and passages that slice out of it', (_, file) => {
    const html = readFileSync(file, 'utf8');
    const ours = htmlReportText(html);
    const dom = new DOMParser().parseFromString(html, 'text/html');
    // Whitespace after </body> is moved into the body by a browser's parser, not by linkedom: at the end, it moves no offset.
    const theirs = buildTextIndex(dom.body).text;
    expect(theirs.slice(0, ours.page.text.length)).toBe(ours.page.text);
    expect(theirs.slice(ours.page.text.length).trim()).toBe('');
    const passages = splitPassages(ours.page);
    expect(passages.length).toBeGreaterThan(0);
    for (const p of passages) expect(ours.page.text.slice(p.start, p.end)).toBe(p.text);
  });

  it('leaves out scripts, styles and templates, and knows the title', () => {
    const { title, page } = htmlReportText('<html><head><title>报告</title></head><body><script>x()</script><style>p{}</style><template><p>t</p></template><p>正文一</p><div>正文二</div></body></html>');
    expect(title).toBe('报告');
    expect(page.text).toBe('正文一正文二');
    expect(page.blocks).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 6 },
    ]);
  });
});

describe('PDF report text', () => {
  it('is, page by page, what the extension’s pdf.js gives', async () => {
    const pages = ['第一页\n公司全年劳动合同签订率100%。', '第二页\nThe plant recycled 85 % of its process water.\n废水、废气全部达标排放。', ''];
    const bytes = await reportPdf(pages);
    const ours = await pdfReportText(bytes, 10);
    if (!ours.ok) throw new Error(ours.reason);
    // Each pdf.js build runs its "worker" in this thread and registers it globally: let the extension's register its own.
    delete (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker;
    const pdf = await getDocument({ data: bytes.slice() }).promise;
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      expect(ours.pages[n - 1]!.text).toBe(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
    }
    expect(ours.pages[0]!.text).toBe('第一页公司全年劳动合同签订率100%。');
    expect(ours.pageCount).toBe(3);
  }, 30_000);

  it('keeps every labelled passage of a labelled PDF report on its page', async () => {
    const pages = JSON.parse(readFileSync(join(root, 'finder', 'reports', 'zh-textile-small-2024.pages.json'), 'utf8')) as string[];
    const ours = await pdfReportText(await reportPdf(pages), 100);
    if (!ours.ok) throw new Error(ours.reason);
    const labelled = readFileSync(join(root, 'finder', 'labels.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.includes('"type":"passage"') && line.includes('"doc":"zh-textile-small-2024"'))
      .map((line) => JSON.parse(line) as { text: string; page: number });
    expect(labelled.length).toBeGreaterThan(10);
    // pdf.js joins a page's lines without a separator, as the extension's viewer shows them.
    for (const p of labelled) expect(ours.pages[p.page - 1]!.text).toContain(p.text.replaceAll('\n', ''));
  }, 30_000);
});
