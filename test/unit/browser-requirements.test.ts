// The one line `npm test` prints on a machine without the browsers the end-to-end tests drive.
import { describe, expect, it } from 'vitest';
import { missingBrowsers, requirements } from '../../scripts/lib/browser-requirements';

const machineWith = (...names: string[]) => {
  const files = new Set(requirements.filter((r) => names.includes(r.name)).flatMap((r) => r.files));
  return (path: string) => files.has(path);
};

describe('missingBrowsers', () => {
  it('says nothing when every browser is installed', () => {
    expect(missingBrowsers(machineWith('Chromium', 'Firefox ESR', 'a CJK font'), false)).toBeNull();
  });

  it.each([
    [['Firefox ESR', 'a CJK font'], 'Browser tests need Chromium: sudo apt-get install -y chromium chromium-l10n'],
    [['Chromium', 'a CJK font'], 'Browser tests need Firefox ESR: sudo apt-get install -y firefox-esr firefox-esr-l10n-zh-cn'],
    [[], 'Browser tests need Chromium, Firefox ESR, a CJK font: sudo apt-get install -y chromium chromium-l10n firefox-esr firefox-esr-l10n-zh-cn fonts-wqy-microhei'],
  ])('with only %j installed: %s', (installed, line) => {
    expect(missingBrowsers(machineWith(...installed), false)).toBe(line);
  });

  it('counts a browser without its Chinese UI as missing', () => {
    const withoutLangpack = (path: string) => machineWith('Chromium', 'Firefox ESR', 'a CJK font')(path) && !path.includes('langpack-zh-CN');
    expect(missingBrowsers(withoutLangpack, true)).toBe('Browser tests need Firefox ESR: apt-get install -y firefox-esr firefox-esr-l10n-zh-cn');
  });
});
