// The browsers the end-to-end tests drive (Debian's packages, never a downloaded browser), and what a machine lacks.

/**
 * Each browser: the files that show it is installed with its Chinese UI, the Debian packages that bring them and,
 * for a browser, the oldest major version the tests were verified with (TOOLCHAIN.md): an install from stale package
 * lists brought Chromium 150 and Firefox ESR 140, and the Firefox tests failed on it.
 */
export const requirements: { name: string; files: string[]; packages: string[]; oldest?: { package: string; major: number } }[] = [
  { name: 'Chromium', files: ['/usr/bin/chromium', '/usr/lib/chromium/locales/zh-CN.pak'], packages: ['chromium', 'chromium-l10n'], oldest: { package: 'chromium', major: 156 } },
  {
    name: 'Firefox ESR',
    files: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi'],
    packages: ['firefox-esr', 'firefox-esr-l10n-zh-cn'],
    oldest: { package: 'firefox-esr', major: 153 },
  },
  // The UI is Chinese first: pages, screenshots and the PDFs the tests print need a CJK font.
  { name: 'a CJK font', files: ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'], packages: ['fonts-wqy-microhei'] },
];

/** What can be asked of the machine: whether a file exists, and an installed package's version (null when it is not). */
export type Machine = { exists: (path: string) => boolean; packageVersion: (name: string) => string | null };

/** Why a requirement is not met (its name, with the version found when it is too old), or null when it is. */
function shortfall(requirement: (typeof requirements)[number], machine: Machine): string | null {
  if (!requirement.files.every(machine.exists)) return requirement.name;
  if (!requirement.oldest) return null;
  const version = machine.packageVersion(requirement.oldest.package);
  const major = Number.parseInt(version ?? '', 10);
  return Number.isNaN(major) || major >= requirement.oldest.major ? null : `${requirement.name} ${requirement.oldest.major} or later (${version} is installed)`;
}

/**
 * One line naming what is missing or too old and the exact commands that install it (`root`: without sudo), or null
 * when nothing is. The package lists are refreshed first: installing from stale ones is how the old versions came.
 */
export function missingBrowsers(machine: Machine, root: boolean): string | null {
  const short = requirements.map((r) => ({ r, why: shortfall(r, machine) })).filter((s) => s.why !== null);
  if (short.length === 0) return null;
  const sudo = root ? '' : 'sudo ';
  const packages = short.flatMap((s) => s.r.packages).join(' ');
  return `Browser tests need ${short.map((s) => s.why).join(', ')}: ${sudo}apt-get update && ${sudo}apt-get install -y ${packages}`;
}
