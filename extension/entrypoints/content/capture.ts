// Turns the user's selection into a quote with its page, and reads the page (or a link) to attach; both
// with the enterprises the page names (credit codes, registered names), to detect whose page it is.
import { findMentions } from '../../../shared/domain/enterprise-mentions';
import type { Capture } from '../../../shared/schemas/clip';
import { readPage } from '../../lib/page-meta';
import { buildTextIndex, selectionIn } from '../../lib/page-text';

/** The title first: where a public record names whom it is about. */
const pageMentions = () => findMentions(`${document.title}\n${buildTextIndex().text}`);

export function captureSelection(): Capture | null {
  const selection = selectionIn();
  return selection && { ...readPage(), selection, mentions: pageMentions() };
}

/** The page itself, or a link on it: its address and the words it is shown with. */
export function capturePage(linkUrl?: string): Capture {
  if (!linkUrl) return { ...readPage(), mentions: pageMentions() };
  const link = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) => a.href === linkUrl);
  const text = (link?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { url: linkUrl, title: text || link?.title || linkUrl };
}
