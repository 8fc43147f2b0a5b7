// A page's readable text for re-anchoring: no scripts, styles or head, blocks on their own lines, entities decoded.
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../worker/domain/html-text';

describe('htmlToText', () => {
  it.each([
    ['drops the head, scripts, styles and comments', '<html><head><title>T</title><style>p{}</style></head><body><script>var a="x"</script><!-- note --><p>正文</p></body></html>', '正文'],
    ['puts block elements on lines of their own', '<div>第一段</div><p>第二段<br>第三行</p><ul><li>甲</li><li>乙</li></ul>', '第一段\n第二段\n第三行\n甲\n乙'],
    ['keeps inline elements within the line', '<p>签订率达到<strong>100%</strong>,<a href="/x">详见</a>附件。</p>', '签订率达到100%,详见附件。'],
    ['separates table cells', '<table><tr><td>培训</td><td>340 人次</td></tr></table>', '培训 340 人次'],
    ['collapses spaces and blank lines', '<p>  a \t b  </p>\n\n\n<p>c</p>', 'a b\nc'],
    ['decodes entities', '<p>A&amp;B &lt;C&gt; &#20013;&#x6587; &nbsp;&ldquo;x&rdquo; &copy;</p>', 'A&B <C> 中文 “x” ©'],
    ['handles attributes with > in quotes badly but harmlessly', '<p title="a">b</p>', 'b'],
    ['drops an unclosed comment to the end, as a browser does', '<p>正文</p><!-- 注释', '正文'],
    ['drops an unclosed script to the end, as a browser does', '<p>正文</p><script>var a = 1', '正文'],
    ['drops a tag cut off at the end', '<p>正文</p><a href="/x', '正文'],
  ])('%s', (_, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  // A broken or hostile page must not hold the freshness job: every pattern fails or matches once per start,
  // never rescanning the rest of the page from each unclosed `<!--`, `<script` or `<` (fetch-page caps pages at 2 MB).
  it.each([['<!--'], ['<script'], ['<a '], ['<p '], ['<td ']])('reads 400 kB of unclosed %s in linear time', (unit) => {
    const html = `<p>正文</p>${unit.repeat(Math.floor(400_000 / unit.length))}`;
    const started = performance.now();
    expect(htmlToText(html)).toBe('正文');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&#37;', '%'],
    ['&#0;', '&#0;'],
    ['&#xD800;', '&#xD800;'],
    ['&unknown;', '&unknown;'],
    ['&amp', '&'],
  ])('%s → %s', (text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });
});
