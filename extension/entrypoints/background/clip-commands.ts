// The clip gestures: "Clip to indicator" (context menu, keyboard shortcut, selection button, popup) and
// "Attach this page / link" (context menu, popup). Each captures, keeps a draft and opens the picker.
import { browser, type Browser } from 'wxt/browser';
import { i18n } from '../../lib/ports/messages';
import type { Capture, ClipDraft } from '../../../shared/schemas/clip';
import { sendMessage } from '../../lib/messaging';
import { looksLikePdf, viewerUrl } from '../../lib/pdf-viewer-url';
import { fail, ok, type Result } from '../../lib/result';
import { keepDraft } from '../../lib/drafts';
import { withContentScript } from './page-link';

export const MENU = {
  clipSelection: 'clip-selection',
  attachPage: 'attach-page',
  attachLink: 'attach-link',
  openPdfLink: 'open-pdf-link',
  openPdfPage: 'open-pdf-page',
} as const;

const PDF_PATTERNS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*'];

/**
 * Keeps the draft and shows the picker over its tab's page; where no script may run (or there is no
 * tab: a queued clip reopened to edit), the picker opens in a small window of its own. The draft is the signed-in user's.
 */
export async function showPicker(captured: ClipDraft): Promise<Result<null>> {
  const draft = await keepDraft(captured);
  if (draft.tabId !== undefined) {
    const shown = await sendMessage('openPicker', { draftId: draft.id }, draft.tabId).then(() => true, () => false);
    if (shown) return ok(null);
  }
  await browser.windows.create({ url: browser.runtime.getURL(`/picker.html#${encodeURIComponent(draft.id)}`), type: 'popup', width: 440, height: 680 });
  return ok(null);
}

const openPicker = (tabId: number, capture: Capture) => showPicker({ id: crypto.randomUUID(), tabId, capture, createdAt: new Date().toISOString() });

/** The whole clip gesture for one tab. Exported so tests and the popup drive the same path as the menu. */
export async function startClip(tabId: number): Promise<Result<null>> {
  const capture = await withContentScript(tabId, () => sendMessage('captureSelection', undefined, tabId)).catch(() => null);
  if (capture) return openPicker(tabId, capture);
  // Text in the browser's own PDF viewer cannot be read: offer the extension's viewer, where it can.
  const tab = await browser.tabs.get(tabId);
  if (looksLikePdf(tab.url)) {
    await browser.tabs.update(tabId, { url: viewerUrl(tab.url!) });
    return fail('validation_failed', i18n.t('picker.pdfReopened'));
  }
  return fail('validation_failed', i18n.t('picker.noSelection'));
}

/** Attaching the page itself, or a link on it, without a quote. */
export async function startAttach(tabId: number, linkUrl?: string): Promise<Result<null>> {
  const read = await withContentScript(tabId, () => sendMessage('capturePage', { linkUrl }, tabId)).catch(() => null);
  if (read) return openPicker(tabId, read);
  // Pages no script may enter (the browser's PDF viewer, some stores): the tab still knows its address.
  const tab = await browser.tabs.get(tabId);
  const url = linkUrl ?? tab.url;
  if (!url || !/^https?:/.test(url)) return fail('validation_failed', i18n.t('picker.cannotAttach'));
  return openPicker(tabId, { url, title: (linkUrl ? undefined : tab.title) ?? url });
}

function createMenus() {
  const menus: Browser.contextMenus.CreateProperties[] = [
    { id: MENU.clipSelection, title: i18n.t('menuClipSelection'), contexts: ['selection'] },
    { id: MENU.attachPage, title: i18n.t('menuAttachPage'), contexts: ['page'] },
    { id: MENU.attachLink, title: i18n.t('menuAttachLink'), contexts: ['link'] },
    { id: MENU.openPdfLink, title: i18n.t('menuOpenPdf'), contexts: ['link'], targetUrlPatterns: PDF_PATTERNS },
    { id: MENU.openPdfPage, title: i18n.t('menuOpenPdf'), contexts: ['page'], documentUrlPatterns: PDF_PATTERNS },
  ];
  for (const menu of menus) browser.contextMenus.create(menu);
}

export function setupClipCommands() {
  browser.runtime.onInstalled.addListener(createMenus);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (info.menuItemId === MENU.clipSelection) void startClip(tabId);
    else if (info.menuItemId === MENU.attachPage) void startAttach(tabId);
    else if (info.menuItemId === MENU.attachLink) void startAttach(tabId, info.linkUrl);
    else if (info.menuItemId === MENU.openPdfLink && info.linkUrl) void browser.tabs.create({ url: viewerUrl(info.linkUrl), index: (tab?.index ?? 0) + 1 });
    else if (info.menuItemId === MENU.openPdfPage && info.pageUrl) void browser.tabs.update(tabId, { url: viewerUrl(info.pageUrl) });
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'clip-selection') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await startClip(tabId);
  });
}
