// Addresses of the extension's PDF viewer: /pdf-viewer.html?page=N#<the PDF's own URL>.
// The PDF's URL goes raw into the fragment so a declarativeNetRequest redirect can build it too.
import { browser } from 'wxt/browser';

export const VIEWER_PATH = '/pdf-viewer.html';

export function viewerUrl(pdfUrl: string, pageNumber?: number): string {
  const query = pageNumber ? `?page=${pageNumber}` : '';
  return `${browser.runtime.getURL(VIEWER_PATH)}${query}#${pdfUrl}`;
}

/** The PDF a viewer URL shows and the page it asks for. */
export function parseViewerUrl(href: string): { pdfUrl: string; pageNumber: number | null } {
  const url = new URL(href);
  const page = Number(url.searchParams.get('page'));
  return { pdfUrl: url.hash.slice(1), pageNumber: Number.isInteger(page) && page > 0 ? page : null };
}

/** Whether an address is (most likely) a PDF file, judged by its path. */
export const looksLikePdf = (href: string | undefined) => {
  try {
    return href !== undefined && /^https?:$/.test(new URL(href).protocol) && /\.pdf$/i.test(new URL(href).pathname);
  } catch {
    return false;
  }
};

/** The web address whose content a tab shows: the PDF's for the viewer, the page's own if http(s), else null. */
export function sourceOfTab(tabUrl: string | undefined): string | null {
  if (!tabUrl) return null;
  const href = tabUrl.startsWith(browser.runtime.getURL(VIEWER_PATH)) ? parseViewerUrl(tabUrl).pdfUrl : tabUrl;
  return /^https?:/.test(href) ? href : null;
}
