// Journey: a district installs the extension by policy — Firefox's policies.json from docs/examples, pointed at this
// test's packed build and worker — in an English Firefox. The options page opens in English with the server address
// locked to the policy's, and the user signs in without typing one: the extension's requests go where the policy says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../../scripts/lib/wrangler';
import { startFirefoxStack, type FirefoxStack } from '../../support/firefox-actions';
import { artifactsDir } from '../../support/stack';
import { signIn } from '../../support/steps';
import { puppeteerSurface } from '../../support/surface';

type ExamplePolicies = {
  policies: {
    ExtensionSettings: Record<string, { installation_mode: string; install_url: string }>;
    '3rdparty': { Extensions: Record<string, { serverUrl: string; allowServerChange: boolean }> };
  };
};

/** The documented policies.json, with its install_url and serverUrl pointing at this test's .xpi and worker. */
function districtPolicies(workerUrl: string, xpi: string) {
  const { policies } = JSON.parse(readFileSync(join(root, 'docs', 'examples', 'policies', 'firefox-policies.json'), 'utf8')) as ExamplePolicies;
  for (const settings of Object.values(policies.ExtensionSettings)) settings.install_url = `file://${xpi}`;
  for (const settings of Object.values(policies['3rdparty'].Extensions)) settings.serverUrl = workerUrl;
  return policies;
}

let stack: FirefoxStack;
beforeAll(async () => {
  stack = await startFirefoxStack({ lang: 'en-US', policies: districtPolicies });
  console.info(`[firefox] launched with the extension installed by policy in ${Math.round(stack.browser.launchMs)} ms`);
});
afterAll(async () => {
  await stack?.close();
});

describe('Firefox: the extension installed by a district policy', () => {
  it('is installed by the administrator, shows the server address locked in English, and signs in there', async () => {
    type Api = typeof import('@wxt-dev/browser').browser;
    const self = await stack.browser.inExtension(() => (globalThis as unknown as { browser: Api }).browser.management.getSelf(), null);
    expect(self.installType).toBe('admin');

    const options = await stack.browser.openExtensionPage('options.html');
    const ui = puppeteerSurface(options);
    await ui.waitFor('[data-testid="server-locked"]');
    expect(await ui.text('h1')).toBe('CSR Clipper settings');
    expect(await options.evaluate(() => (globalThis as unknown as { browser: Api }).browser.i18n.getUILanguage())).toBe('en-US');
    expect(await ui.text('[data-testid="server-locked"]')).toBe("Set for everyone by your organisation's policy; it cannot be changed here");
    const field = await options.$eval('#server-url', (el) => {
      const input = el as HTMLInputElement;
      return { value: input.value, readOnly: input.readOnly, saveButtons: input.form!.querySelectorAll('button[type="submit"]').length };
    });
    expect(field).toEqual({ value: stack.worker.url, readOnly: true, saveButtons: 0 });
    expect(await ui.text('[data-testid="clip-shortcut"]')).toBe('Alt+Shift+E');

    // No address typed: the sign-in goes to the worker the policy names.
    await signIn(ui, 'expert.labour', 'demo-expert-2026');
    expect(await ui.text('[data-testid="signed-in-as"]')).toContain('expert.labour');
    await options.screenshot({ path: join(artifactsDir, 'firefox-options-policy.png') });
  });
});
