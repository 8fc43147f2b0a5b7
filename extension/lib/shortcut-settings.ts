// The browser's own page for extension keyboard shortcuts, which only the browser may change.
import { browser } from 'wxt/browser';

type FirefoxCommands = { commands?: { openShortcutSettings?(): Promise<void> } };

/** Firefox opens about:addons' shortcut manager itself; Chrome and Edge have a page an extension may open. */
export async function openShortcutSettings() {
  const firefox = (globalThis as { browser?: FirefoxCommands }).browser?.commands?.openShortcutSettings;
  if (firefox) return firefox();
  const page = navigator.userAgent.includes(' Edg/') ? 'edge://extensions/shortcuts' : 'chrome://extensions/shortcuts';
  await browser.tabs.create({ url: page });
}

/** The shortcut the browser registered for clipping; '' when none (taken by the browser or another extension). */
export async function clipShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((command) => command.name === 'clip-selection')?.shortcut ?? '';
}
