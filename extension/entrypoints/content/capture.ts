// Turns the user's selection into a quote with its page, and reads the page (or a link) to attach.
import type { Capture } from '../../../shared/schemas/clip';
import { readPage } from '../../lib/page-meta';
import { selectionIn } from '../../lib/page-text';

export function captureSelection(): Capture | null {
  const selection = selectionIn();
  return selection && { ...readPage(), selection };
}

/** The page itself, or a link on it: its address and the words it is shown with. */
export function capturePage(linkUrl?: string): Capture {
  if (!linkUrl) return readPage();
  const link = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) => a.href === linkUrl);
  const text = (link?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { url: linkUrl, title: text || link?.title || linkUrl };
}
