// Opens the console in a tab of its own (or brings an open one to the front), at one of its pages when asked.
import { browser } from 'wxt/browser';
import { routeHash, type ConsoleRoute } from './console-route';

export async function openConsole(route?: ConsoleRoute) {
  const url = browser.runtime.getURL('/console.html');
  const target = route ? `${url}${routeHash(route)}` : undefined;
  const [open] = await browser.tabs.query({ url: `${url}*` });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true, ...(target ? { url: target } : {}) });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url: target ?? url });
}
