// The readable text of an HTML page, close enough to what a browser's page text gives for re-anchoring a
// quote: scripts, styles and the head dropped, block elements on lines of their own, entities decoded.
// Re-anchoring folds whitespace and punctuation away, so the spacing need not match the browser's exactly.

const named: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  copy: '©', reg: '®', trade: '™', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', middot: '·', bull: '•', times: '×', divide: '÷', yen: '¥', deg: '°', permil: '‰', laquo: '«', raquo: '»',
};

/** Decodes numeric and the common named character references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

// Every pattern also ends at the end of the page (`|$`), as a browser ends an unclosed comment, script or tag
// there: a pattern that could fail instead would rescan the rest of the page from each unclosed start, which
// makes a broken or hostile page of a few hundred kB take minutes.
/** Elements whose content is never page text. */
const hidden = /<(script|style|noscript|template|head|svg|iframe|object)\b[^>]*(?:>|$)[\s\S]*?(?:<\/\1\s*>|$)/gi;
/** Elements that start a new line in the rendered text. */
const block = /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|thead|tbody|section|article|header|footer|nav|aside|main|blockquote|pre|hr|dl|dt|dd|figure|figcaption|form|fieldset|details|summary)\b[^>]*(?:>|$)/gi;

export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(hidden, ' ')
    .replace(block, '\n')
    .replace(/<\/?(td|th)\b[^>]*(?:>|$)/gi, ' ')
    .replace(/<[^>]*(?:>|$)/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
