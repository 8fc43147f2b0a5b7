// A CSR report as a real PDF (four A4 pages of Chinese text, printed by the browser under test), selecting text in
// the extension's PDF viewer, and what a clip from it must leave in D1.
import { createHash } from 'node:crypto';
import { expect } from 'vitest';

/** The sentence the PDF journeys clip, on page 2. */
export const pdfSentence = '全年开展安全生产与职业健康培训46场，累计培训3280人次，特种作业人员持证上岗率100%。';
const pages = [
  ['上海华鑫汽车零部件有限公司', '2025年度社会责任报告', '本报告披露公司2025年1月1日至12月31日期间履行社会责任的情况。'],
  ['一、员工责任', '公司严格执行《劳动合同法》，全年劳动合同签订率达到100%。', pdfSentence, '公司工会每年召开职工代表大会。'],
  ['二、环境责任', '2025年公司废气、废水污染物全部达标排放，全年未受到行政处罚。', '屋顶分布式光伏年发电量约68万千瓦时。'],
  ['三、社区责任', '全年组织志愿服务活动18次，参与员工420人次。'],
];

/** A page that prints: playwright's and puppeteer's pages both answer these. */
type PrintingPage = {
  setContent(html: string): Promise<unknown>;
  pdf(options: { format: 'A4'; printBackground: boolean }): Promise<Uint8Array>;
  close(): Promise<unknown>;
};

export async function makeReportPdf(newPage: () => Promise<PrintingPage>): Promise<Buffer> {
  const page = await newPage();
  const body = pages
    .map(([title, ...paragraphs]) => `<section><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</section>`)
    .join('');
  await page.setContent(
    `<html lang="zh-CN"><head><meta charset="utf-8"><title>华鑫2025社会责任报告</title><style>` +
      `body{font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif;font-size:16px} section{break-after:page} h1{font-size:24px}</style></head><body>${body}</body></html>`,
  );
  const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: true }));
  await page.close();
  return pdf;
}

/** Runs in the viewer (`page.evaluate(selectInPdfPage, …)`): selects `text` in one page's text layer, as a drag over it would. */
export function selectInPdfPage({ pageNumber, text }: { pageNumber: number; text: string }) {
  const layer = document.querySelector(`.pdf-page[data-page-number="${pageNumber}"] .textLayer`)!;
  const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const all = nodes.map((n) => n.data).join('');
  const at = all.indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not in the text layer of page ${pageNumber}: ${all}`);
  const locate = (offset: number) => {
    let seen = 0;
    for (const node of nodes) {
      if (offset <= seen + node.data.length) return { node, offset: offset - seen };
      seen += node.data.length;
    }
    throw new Error('offset beyond the text');
  };
  const start = locate(at);
  const end = locate(at + text.length);
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
}

/** A clip of `pdfSentence`: page 2, the PDF's SHA-256, text-layer selectors. */
export function expectPdfClip(row: Record<string, string | number | null> | undefined, { pdf, url }: { pdf: Uint8Array; url: string }) {
  expect(row).toMatchObject({ kind: 'clip', quote: pdfSentence, url, page_number: 2 });
  expect(row!.document_sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
  const selectors = JSON.parse(String(row!.selectors));
  expect(selectors.quote.exact).toBe(pdfSentence);
  expect(selectors.position.end - selectors.position.start).toBe(pdfSentence.length);
}
