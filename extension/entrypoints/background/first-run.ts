// On first install the options page opens: the user signs in there (and sees the server address, set by
// them or locked by the district's policy) before the first clip can go anywhere.
import { browser } from 'wxt/browser';

export function setupFirstRun() {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // A tab of its own: runtime.openOptionsPage may take over the active tab when it is blank, whatever was
    // about to load there (a page the user, or a test, just opened).
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
  });
}
