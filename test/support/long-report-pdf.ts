// A long Chinese CSR report as a real PDF, for the PDF viewer's browser test and benchmark: generated HTML
// printed by Chromium (text in WenQuanYi Micro Hei, Debian's fonts-wqy-microhei, which .ci/run installs), so
// pdf.js extracts the Chinese exactly as written, and with `outline` Chromium writes the chapter and section
// headings as the PDF's bookmarks. No PDF library needed: the browser the tests drive already makes PDFs.
// Deterministic: every page holds its own section of sentences from a fixed pool, one page per section.
import type { BrowserContext } from 'playwright-core';

const CHAPTERS = ['员工责任', '安全生产', '环境保护', '节能减碳', '供应链管理', '产品质量', '社区公益', '依法纳税', '公司治理', '党建引领'];

const SENTENCES = [
  '公司建立健全制度体系,明确各部门职责分工,定期开展内部检查与考核。',
  '全年组织专项培训多场,覆盖一线员工和管理人员,培训记录完整可查。',
  '公司持续完善台账管理,相关数据经第三方机构核验,并在年度报告中披露。',
  '针对检查中发现的问题,公司逐项制定整改措施,明确责任人和完成时限。',
  '公司与所在社区保持密切沟通,通过座谈会听取居民意见并及时回应。',
  '管理层每季度听取专题汇报,研究部署下一阶段重点工作。',
  '公司积极参与行业协会活动,交流管理经验,推广成熟做法。',
  '各项指标较上年均有改善,部分指标达到同行业先进水平。',
];

/** A phrase the test and the benchmark look for, and an English one, on known pages only. */
export const NEEDLES = { zh: { text: '分布式光伏', pages: [7, 42, 121] }, en: { text: 'Rooftop Solar', pages: [88] } };

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export type ReportPdf = { bytes: Buffer; pages: number; chapters: { title: string; page: number }[] };

/** A report of `pages` A4 pages (a multiple of the ten chapters), each chapter opening on a page with its title. */
export async function makeReportPdf(context: BrowserContext, pages = 150): Promise<ReportPdf> {
  const perChapter = Math.max(1, Math.floor(pages / CHAPTERS.length));
  const chapters: ReportPdf['chapters'] = [];
  const sections: string[] = [];
  for (let page = 1; page <= pages; page++) {
    const chapter = Math.min(CHAPTERS.length - 1, Math.floor((page - 1) / perChapter));
    const opens = (page - 1) % perChapter === 0 && chapters.length === chapter;
    const title = `第${chapter + 1}章 ${CHAPTERS[chapter]}`;
    if (opens) chapters.push({ title, page });
    const body = Array.from({ length: 9 }, (_, i) => SENTENCES[(page * 3 + i) % SENTENCES.length]!);
    if (NEEDLES.zh.pages.includes(page)) body[4] = `公司屋顶${NEEDLES.zh.text}项目第${page}页所述年发电量约68万千瓦时。`;
    if (NEEDLES.en.pages.includes(page)) body[2] = `${NEEDLES.en.text} capacity reached 1.2 MW in 2025.`;
    sections.push(
      `<section>${opens ? `<h1>${escapeHtml(title)}</h1>` : ''}<h2>${escapeHtml(`${chapter + 1}.${page} 第${page}页 工作情况`)}</h2>` +
        body.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
        '</section>',
    );
  }
  const page = await context.newPage();
  try {
    await page.setContent(
      '<html lang="zh-CN"><head><meta charset="utf-8"><title>2025年度社会责任报告(全文)</title><style>' +
        "body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:15px;line-height:1.8;margin:0} section{padding:24px 32px} section:not(:last-child){break-after:page} h1{font-size:22px} h2{font-size:17px}" +
        `</style></head><body>${sections.join('')}</body></html>`,
    );
    const bytes = await page.pdf({ format: 'A4', outline: true, tagged: true, printBackground: false });
    return { bytes, pages, chapters };
  } finally {
    await page.close();
  }
}
