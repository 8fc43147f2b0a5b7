// @vitest-environment happy-dom
// Old hash links to the web console land on their path form, in place (no extra history entry).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followLegacyHashes, replaceLegacyHash } from '../../web/legacy-links';

afterEach(() => history.replaceState(null, '', '/'));

describe('old hash links on the web console', () => {
  it.each([
    ['/#/rounds/3/progress', '/rounds/3/progress', ''],
    ['/#/rounds/3/results/17', '/rounds/3/results/17', ''],
    ['/#/invite/ABCDE-FGHJK-MNPQR-STVWX', '/invite', '#ABCDE-FGHJK-MNPQR-STVWX'],
    ['/#/', '/', ''],
  ])('%s becomes %s%s in place', (url, path, hash) => {
    history.replaceState(null, '', url);
    const entries = history.length;
    expect(replaceLegacyHash()).toBe(true);
    expect(location.pathname).toBe(path);
    expect(location.hash).toBe(hash);
    expect(history.length).toBe(entries);
  });

  it.each(['/rounds/3/progress', '/invite#ABCDE-FGHJK-MNPQR-STVWX', '/#top'])('leaves %s alone', (url) => {
    history.replaceState(null, '', url);
    expect(replaceLegacyHash()).toBe(false);
    expect(location.pathname + location.hash).toBe(url);
  });

  it('also follows an old link clicked inside the page, telling the router', () => {
    history.replaceState(null, '', '/rounds');
    followLegacyHashes();
    const popped = vi.fn();
    addEventListener('popstate', popped);
    history.replaceState(null, '', '/rounds#/rounds/4/freshness');
    dispatchEvent(new HashChangeEvent('hashchange'));
    expect(location.pathname).toBe('/rounds/4/freshness');
    expect(popped).toHaveBeenCalledTimes(1);
    removeEventListener('popstate', popped);
  });
});
