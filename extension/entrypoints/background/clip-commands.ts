// "Clip to indicator" from the context menu and the keyboard shortcut: capture, keep a draft, open the picker.
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { ClipDraft } from '../../../shared/schemas/clip';
import { sendMessage } from '../../lib/messaging';
import { fail, ok, type Result } from '../../lib/result';
import { clipDrafts } from '../../lib/storage';

export const CLIP_MENU_ID = 'clip-selection';

/** Asks the tab's content script for the selection, injecting the script first into tabs opened before install. */
async function captureIn(tabId: number) {
  try {
    return await sendMessage('captureSelection', undefined, tabId);
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    return sendMessage('captureSelection', undefined, tabId);
  }
}

/** The whole clip gesture for one tab. Exported so tests and the popup drive the same path as the menu. */
export async function startClip(tabId: number): Promise<Result<null>> {
  const capture = await captureIn(tabId).catch(() => null);
  if (!capture) return fail('validation_failed', i18n.t('picker.noSelection'));
  const draft: ClipDraft = { id: crypto.randomUUID(), tabId, capture, createdAt: new Date().toISOString() };
  await clipDrafts.setValue({ ...(await clipDrafts.getValue()), [draft.id]: draft });
  await sendMessage('openPicker', { draftId: draft.id }, tabId);
  return ok(null);
}

export function setupClipCommands() {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: CLIP_MENU_ID, title: i18n.t('menuClipSelection'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CLIP_MENU_ID && tab?.id !== undefined) void startClip(tab.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'clip-selection') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await startClip(tabId);
  });
}
