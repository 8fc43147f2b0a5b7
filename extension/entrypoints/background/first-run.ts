// On first install the options page opens: the user signs in there (and sees the server address, set by
// them or locked by the district's policy) before the first clip can go anywhere.
import { browser } from 'wxt/browser';

export function setupFirstRun() {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
}
