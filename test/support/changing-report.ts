// A CSR report page that changes after a sentence of it was clipped: the page as clipped, reworked around the
// sentence (found again as it was), edited since (its place found, the sentence changed), and with the sentence
// deleted (an orphan). Served by test/support/page-server.ts.
const report = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>2025年度社会责任报告</title>` +
  `<style>body{font-family:sans-serif;max-width:760px;margin:24px auto;line-height:1.8}</style></head><body><h1>2025年度社会责任报告</h1>${body}</body></html>`;
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>第${i + 1}项:公司持续完善管理制度,定期开展自查与培训,相关记录完整可查。</p>`).join('');

/** The sentence as clipped from the original page. */
export const sentence = '2025年公司废气、废水污染物全部达标排放,全年未受到生态环境部门的行政处罚。';
export const original = report(`<h2>二、环境责任</h2><p id="emissions">${sentence}</p><p>公司于2019年通过ISO 14001环境管理体系认证。</p>${filler(3)}`);
/** Moved since: a section added above, punctuation made full-width, part of it in bold. */
export const moved = report(
  `<h2>一、报告说明</h2>${filler(12)}<h2>二、环境责任</h2>` +
    `<p>2025年公司<strong>废气、废水</strong>污染物全部达标排放，全年未受到生态环境部门的行政处罚。</p><p>公司于2019年通过ISO 14001环境管理体系认证。</p>${filler(3)}`,
);
/** The sentence as the moved page has it, which the jump back highlights. */
export const movedSentence = '2025年公司废气、废水污染物全部达标排放，全年未受到生态环境部门的行政处罚。';
/** Edited since: as moved, and a word added. */
export const edited = report(
  `<h2>一、报告说明</h2>${filler(12)}<h2>二、环境责任</h2>` +
    `<p>2025年公司<strong>废气、废水</strong>污染物均已全部达标排放，全年未受到生态环境部门的行政处罚。</p><p>公司于2019年通过ISO 14001环境管理体系认证。</p>`,
);
export const withoutIt = report(`<h2>二、环境责任</h2><p>公司于2019年通过ISO 14001环境管理体系认证。</p>${filler(3)}`);

/** The sentence as the edited page has it now, which the jump back highlights. */
export const editedSentence = '2025年公司废气、废水污染物均已全部达标排放，全年未受到生态环境部门的行政处罚。';
