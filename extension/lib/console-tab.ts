// Opens the console in a tab of its own (or brings an open one to the front).
import { browser } from 'wxt/browser';

export async function openConsole() {
  const url = browser.runtime.getURL('/console.html');
  const [open] = await browser.tabs.query({ url: `${url}*` });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}
