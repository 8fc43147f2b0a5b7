// Which server the extension talks to: a district's policy (schemas/managed.ts) or the user's choice. Apart from the
// policy's schema, so that reading the address loads no zod: every page of the extension reads it first (ADR-007).
import type { ManagedSettings } from '../schemas/managed';

/** Where the extension's requests go, and whether the user may change it. */
export type ServerAddress = { url: string; locked: boolean };

/** The policy's address wins unless it allows changes, in which case it is the default the user may override. */
export function serverAddressOf(managed: ManagedSettings | null, stored: string | null, fallback: string): ServerAddress {
  const policyUrl = managed?.serverUrl;
  if (policyUrl && !managed.allowServerChange) return { url: policyUrl, locked: true };
  return { url: stored ?? policyUrl ?? fallback, locked: false };
}
