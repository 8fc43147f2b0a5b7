// Signing in and out from any extension page; the token lives in storage.local only.
import type { Me, SessionCreated } from '../../shared/schemas/auth';
import { request } from './api';
import { ok, type Result } from './result';
import { currentRoundId, sessionExpired, sessionItem } from './storage';

async function keep(created: Result<SessionCreated>): Promise<Result<Me>> {
  if (!created.ok) return created;
  await Promise.all([sessionItem.setValue(created.value), sessionExpired.setValue(false)]);
  return ok(created.value.user);
}

export const signIn = async (login: string, password: string) =>
  keep(await request((api) => api.api.v1.sessions.$post({ json: { login, password } }), { anonymous: true }));

/** Sets the password with a one-time invitation code, which also signs the user in. */
export const acceptInvite = async (code: string, password: string) =>
  keep(await request((api) => api.api.v1.invites.accept.$post({ json: { code, password } }), { anonymous: true }));

async function forget() {
  await Promise.all([sessionItem.setValue(null), sessionExpired.setValue(false), currentRoundId.setValue(null)]);
}

export async function signOut(): Promise<void> {
  await request((api) => api.api.v1.sessions.current.$delete());
  await forget();
}

/** Ends every session of the user, on every device, this one included. */
export async function signOutEverywhere(): Promise<void> {
  const session = await sessionItem.getValue();
  if (session) await request((api) => api.api.v1.users[':userId'].sessions.$delete({ param: { userId: String(session.user.id) } }));
  await forget();
}

/** Changes the password; the worker signs out every other session and keeps this one. */
export const changePassword = (currentPassword: string, newPassword: string) =>
  request((api) => api.api.v1.me.password.$put({ json: { currentPassword, newPassword } }));
