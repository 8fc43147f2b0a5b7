// The browsers the end-to-end tests drive (Debian's packages, never a downloaded browser), and what a machine lacks.

/** Each browser: the files that show it is installed with its Chinese UI, and the Debian packages that bring them. */
export const requirements: { name: string; files: string[]; packages: string[] }[] = [
  { name: 'Chromium', files: ['/usr/bin/chromium', '/usr/lib/chromium/locales/zh-CN.pak'], packages: ['chromium', 'chromium-l10n'] },
  {
    name: 'Firefox ESR',
    files: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi'],
    packages: ['firefox-esr', 'firefox-esr-l10n-zh-cn'],
  },
  // The UI is Chinese first: pages, screenshots and the PDFs the tests print need a CJK font.
  { name: 'a CJK font', files: ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'], packages: ['fonts-wqy-microhei'] },
];

/** One line naming what is missing and the exact command that installs it (`root`: without sudo), or null when nothing is. */
export function missingBrowsers(exists: (path: string) => boolean, root: boolean): string | null {
  const missing = requirements.filter((r) => !r.files.every(exists));
  if (missing.length === 0) return null;
  const packages = missing.flatMap((r) => r.packages).join(' ');
  return `Browser tests need ${missing.map((r) => r.name).join(', ')}: ${root ? '' : 'sudo '}apt-get install -y ${packages}`;
}
