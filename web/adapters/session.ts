// The web console's session adapter: requests go to the page's own origin, the credential is the HttpOnly cookie the
// browser sends by itself, and what the console keeps (who signed in, the round, the time zone) is in localStorage,
// watched across tabs. Nothing kept here is a secret.
import type { KnownSession, SessionPort, StoredValue } from '../../extension/lib/ports/session';

/** A value in localStorage (JSON) that tells its watchers of changes made in this tab or another. */
function kept<T>(key: string, fallback: T): StoredValue<T> {
  const fullKey = `csr-console:${key}`;
  const watchers = new Set<(value: T) => void>();
  const read = (): T => {
    const raw = localStorage.getItem(fullKey);
    if (raw === null) return fallback;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return fallback;
    }
  };
  addEventListener('storage', (event) => {
    if (event.key === fullKey) for (const watcher of watchers) watcher(read());
  });
  return {
    getValue: async () => read(),
    async setValue(value) {
      if (value === null || value === fallback) localStorage.removeItem(fullKey);
      else localStorage.setItem(fullKey, JSON.stringify(value));
      for (const watcher of watchers) watcher(value);
    },
    watch(callback) {
      watchers.add(callback);
      return () => watchers.delete(callback);
    },
  };
}

export function webSession(): SessionPort {
  return {
    transport: 'cookie',
    server: async () => location.origin,
    session: kept<KnownSession | null>('session', null),
    expired: kept('sessionExpired', false),
    currentRoundId: kept<number | null>('currentRoundId', null),
    displayTimeZone: kept<string | null>('displayTimeZone', null),
  };
}
