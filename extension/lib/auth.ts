// Signing in and out from any extension page; the token lives in storage.local only.
import { request } from './api';
import { ok, type Result } from './result';
import { currentRoundId, sessionExpired, sessionItem } from './storage';
import type { Me } from '../../shared/schemas/auth';

export async function signIn(login: string, password: string): Promise<Result<Me>> {
  const created = await request((api) => api.api.v1.sessions.$post({ json: { login, password } }));
  if (!created.ok) return created;
  await Promise.all([sessionItem.setValue(created.value), sessionExpired.setValue(false)]);
  return ok(created.value.user);
}

export async function signOut(): Promise<void> {
  await request((api) => api.api.v1.sessions.current.$delete());
  await Promise.all([sessionItem.setValue(null), sessionExpired.setValue(false), currentRoundId.setValue(null)]);
}
