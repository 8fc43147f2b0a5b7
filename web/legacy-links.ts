// Old hash links to the web console (`/#/rounds/3/progress`, `/#/invite/CODE`) keep working: each is replaced in place by its path form.
import { legacyHashUrl } from '../extension/lib/console-route';

/** Replaces an old hash link in the address bar by its path form; true when it did. */
export function replaceLegacyHash(): boolean {
  const url = legacyHashUrl(location.hash);
  if (url) history.replaceState(null, '', url);
  return url !== null;
}

/** On load, before the router reads the URL, and whenever such a link is followed inside the page. */
export function followLegacyHashes() {
  replaceLegacyHash();
  // preact-iso reads the location again on popstate.
  addEventListener('hashchange', () => replaceLegacyHash() && dispatchEvent(new PopStateEvent('popstate')));
}
