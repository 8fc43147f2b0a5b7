// The session storage port: what the UI keeps about the signed-in user and where it sends requests, apart from how
// (the extension's browser.storage and bearer token, or the web console's own origin and HttpOnly cookie).
import type { StoredSession } from '../../../shared/schemas/clip';

/** A kept value the UI reads, writes and watches: the shape of WXT's storage items, which the extension passes as they are. */
export type StoredValue<T> = {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  watch(callback: (value: T) => void): () => void;
};

export type SessionPort = {
  /** How the credential travels: a bearer token this client keeps (the extension), or a cookie it never sees (the web). */
  transport: 'bearer' | 'cookie';
  /** The worker's base URL for every request. */
  server(): Promise<string>;
  /** Who is signed in as this client knows it (with the bearer token only in the extension). */
  session: StoredValue<KnownSession | null>;
  /** Set when the worker answered 401: the UI shows "sign in again" without dropping the user's work. */
  expired: StoredValue<boolean>;
  /** The round the user works in. */
  currentRoundId: StoredValue<number | null>;
  /** The time zone the user chose for times (null: the district's). */
  displayTimeZone: StoredValue<string | null>;
};

/** The signed-in session as the client knows it: the bearer token only where the client holds one. */
export type KnownSession = Omit<StoredSession, 'token'> & { token?: string };

let provided: SessionPort | null = null;

export function provideSession(port: SessionPort): void {
  provided = port;
}

export function sessionPort(): SessionPort {
  if (!provided) throw new Error('No session adapter: the entry point must import its ports before any component');
  return provided;
}
