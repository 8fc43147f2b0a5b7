// Highlights drawn with the CSS Custom Highlight API, coloured by stance: the page's DOM is not touched.
import type { Stance } from '../../shared/schemas/evidence';

const names: Record<Stance, string> = { supports: 'csr-clipper-supports', contradicts: 'csr-clipper-contradicts', context: 'csr-clipper-context' };
const colours: Record<Stance, string> = {
  supports: 'rgba(26, 127, 55, 0.3)',
  contradicts: 'rgba(207, 34, 46, 0.3)',
  context: 'rgba(110, 119, 129, 0.3)',
};

const styled = new WeakSet<Document>();

/** The ::highlight() rules, adopted as a constructed sheet (a <style> element where that is refused). */
function addStyles(doc: Document) {
  if (styled.has(doc)) return;
  styled.add(doc);
  const css = (Object.keys(names) as Stance[]).map((s) => `::highlight(${names[s]}) { background-color: ${colours[s]}; color: inherit; }`).join('\n');
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    const style = doc.createElement('style');
    style.setAttribute('data-csr-clipper', 'highlight');
    style.textContent = css;
    doc.head.append(style);
  }
}

/** Highlights `range` in its stance's colour (replacing earlier highlights) and scrolls it into view. */
export function showHighlight(range: Range, stance: Stance) {
  const doc = range.startContainer.ownerDocument ?? document;
  addStyles(doc);
  for (const name of Object.values(names)) CSS.highlights.delete(name);
  CSS.highlights.set(names[stance], new Highlight(range));
  const element = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
