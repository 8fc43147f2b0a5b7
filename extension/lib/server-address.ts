// Where the extension's requests go: the address a district's policy sets (chrome.storage.managed), else the user's.
import { browser } from 'wxt/browser';
import { serverAddressOf, type ServerAddress } from '../../shared/domain/server-address';
import type { ManagedSettings } from '../../shared/schemas/managed';
import { DEFAULT_SERVER_URL, serverUrl } from './storage';

/** The policy's settings: null without one (Firefox rejects the read when no policy names the extension), 'invalid' when it does not parse. */
async function managedSettings(): Promise<ManagedSettings | 'invalid' | null> {
  let raw: Record<string, unknown>;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    return null;
  }
  if (Object.keys(raw).length === 0) return null;
  // Its schema (and zod) only when a policy is there: without one, a page never loads them (ADR-007).
  const { ManagedSettings } = await import('../../shared/schemas/managed');
  const parsed = ManagedSettings.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.error('CSR Clipper: the managed policy is not valid and is ignored', parsed.error.issues);
  return 'invalid';
}

export type ServerSetting = ServerAddress & { policyInvalid: boolean };

/** The address requests go to, whether the policy locks it, and whether a policy was there but unreadable. */
export async function serverSetting(): Promise<ServerSetting> {
  const [managed, stored] = await Promise.all([managedSettings(), serverUrl.getValue()]);
  const address = serverAddressOf(managed === 'invalid' ? null : managed, stored, DEFAULT_SERVER_URL);
  return { ...address, policyInvalid: managed === 'invalid' };
}

/** The worker's base URL for every request. */
export const serverAddress = async () => (await serverSetting()).url;
