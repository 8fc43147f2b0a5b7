// Opening the evaluation panel: Chrome's side panel, Firefox's sidebar. Must run inside a user gesture.
import { browser } from 'wxt/browser';

type FirefoxSidebar = { sidebarAction?: { open(): Promise<void> } };

export async function openSidePanel(windowId: number) {
  const firefox = (globalThis as { browser?: FirefoxSidebar }).browser?.sidebarAction;
  if (firefox) return firefox.open();
  return browser.sidePanel.open({ windowId });
}
