/** preact-iso's location read from and written to the hash, for the extension's console page (no server falls back for paths). */
import type { ComponentChildren } from 'preact';
import { LocationProvider } from 'preact-iso/router';
import { useEffect, useMemo, useState } from 'preact/hooks';

export function HashLocation({ children }: { children: ComponentChildren }) {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    // Links in the hash, back and forward all end in a hashchange.
    const follow = () => setHash(location.hash);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const value = useMemo(() => {
    const url = hash.replace(/^#/, '') || '/';
    const parsed = new URL(url, location.origin);
    return {
      url,
      path: parsed.pathname.replace(/\/+$/, '') || '/',
      query: Object.fromEntries(parsed.searchParams),
      route: (to: string, replace?: boolean) => (replace ? location.replace(`#${to}`) : void (location.hash = to)),
      back: () => history.back(),
      forward: () => history.forward(),
    };
  }, [hash]);
  return <LocationProvider.ctx.Provider value={value}>{children}</LocationProvider.ctx.Provider>;
}
