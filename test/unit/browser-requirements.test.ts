// The one line `npm test` prints on a machine without the browsers the end-to-end tests drive, or with older ones.
import { describe, expect, it } from 'vitest';
import { missingBrowsers, requirements, type Machine } from '../../scripts/lib/browser-requirements';

const VERIFIED: Record<string, string> = { chromium: '156.0.8078.129-1~deb12u1', 'firefox-esr': '153.8.0esr-1~deb12u1' };
const EVERY = ['Chromium', 'Firefox ESR', 'a CJK font'];

const machineWith = (names: string[], versions: Record<string, string> = VERIFIED): Machine => {
  const files = new Set(requirements.filter((r) => names.includes(r.name)).flatMap((r) => r.files));
  return { exists: (path) => files.has(path), packageVersion: (name) => versions[name] ?? null };
};

describe('missingBrowsers', () => {
  it('says nothing when every browser is installed at the verified version or later', () => {
    expect(missingBrowsers(machineWith(EVERY), false)).toBeNull();
    expect(missingBrowsers(machineWith(EVERY, { chromium: '160.0.1-1', 'firefox-esr': '160.1.0esr-1' }), false)).toBeNull();
  });

  it.each([
    [['Firefox ESR', 'a CJK font'], 'Browser tests need Chromium: sudo apt-get update && sudo apt-get install -y chromium chromium-l10n'],
    [['Chromium', 'a CJK font'], 'Browser tests need Firefox ESR: sudo apt-get update && sudo apt-get install -y firefox-esr firefox-esr-l10n-zh-cn'],
    [[], 'Browser tests need Chromium, Firefox ESR, a CJK font: sudo apt-get update && sudo apt-get install -y chromium chromium-l10n firefox-esr firefox-esr-l10n-zh-cn fonts-wqy-microhei'],
  ])('with only %j installed: %s', (installed, line) => {
    expect(missingBrowsers(machineWith(installed), false)).toBe(line);
  });

  it('counts a browser without its Chinese UI as missing', () => {
    const machine = machineWith(EVERY);
    const withoutLangpack = { ...machine, exists: (path: string) => machine.exists(path) && !path.includes('langpack-zh-CN') };
    expect(missingBrowsers(withoutLangpack, true)).toBe('Browser tests need Firefox ESR: apt-get update && apt-get install -y firefox-esr firefox-esr-l10n-zh-cn');
  });

  it('names a browser older than the tests were verified with, with the version found (as stale package lists install)', () => {
    const stale = machineWith(EVERY, { chromium: '150.0.7871.100-1~deb12u1', 'firefox-esr': '140.5.0esr-1~deb12u1' });
    expect(missingBrowsers(stale, true)).toBe(
      'Browser tests need Chromium 156 or later (150.0.7871.100-1~deb12u1 is installed), Firefox ESR 153 or later (140.5.0esr-1~deb12u1 is installed): apt-get update && apt-get install -y chromium chromium-l10n firefox-esr firefox-esr-l10n-zh-cn',
    );
  });

  it('takes a version it cannot read as good enough: the files are there, and dpkg may not be', () => {
    expect(missingBrowsers(machineWith(EVERY, {}), false)).toBeNull();
  });
});
