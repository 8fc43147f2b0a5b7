// Signing in and out from any page, through the session port: the extension keeps a bearer token in storage.local;
// the web console asks for the HttpOnly cookie and keeps only who signed in.
import type { Me } from '../../shared/schemas/auth';
import { request } from './api';
import { sessionPort, type KnownSession } from './ports/session';
import { ok, type Result } from './result';

/** Whether a sign-in takes over from another user (whose session ended without signing out). */
export const anotherUser = (before: KnownSession | null, after: KnownSession) => before !== null && before.user.id !== after.user.id;

async function keep(created: Result<KnownSession>): Promise<Result<Me>> {
  if (!created.ok) return created;
  const { session, expired, currentRoundId } = sessionPort();
  // The round the previous user worked in is theirs: the next user starts from the latest open one.
  if (anotherUser(await session.getValue(), created.value)) await currentRoundId.setValue(null);
  await Promise.all([session.setValue(created.value), expired.setValue(false)]);
  return ok(created.value.user);
}

export const signIn = async (login: string, password: string) =>
  keep(
    await request(
      (api) => (sessionPort().transport === 'cookie' ? api.api.v1.sessions.cookie.$post({ json: { login, password } }) : api.api.v1.sessions.$post({ json: { login, password } })),
      { anonymous: true },
    ),
  );

/** Sets the password with a one-time invitation code, which also signs the user in. */
export const acceptInvite = async (code: string, password: string) =>
  keep(
    await request(
      (api) => (sessionPort().transport === 'cookie' ? api.api.v1.invites.accept.cookie.$post({ json: { code, password } }) : api.api.v1.invites.accept.$post({ json: { code, password } })),
      { anonymous: true },
    ),
  );

/** Redeems the extension's one-time code (ADR-013) for the web console's session cookie. */
export const redeemHandoff = async (code: string) =>
  keep(await request((api) => api.api.v1.sessions.handoff.redeem.$post({ json: { code } }), { anonymous: true }));

async function forget() {
  const { session, expired, currentRoundId } = sessionPort();
  await Promise.all([session.setValue(null), expired.setValue(false), currentRoundId.setValue(null)]);
}

export async function signOut(): Promise<void> {
  await request((api) => api.api.v1.sessions.current.$delete());
  await forget();
}

/** Ends every session of the user, on every device, this one included. */
export async function signOutEverywhere(): Promise<void> {
  const session = await sessionPort().session.getValue();
  if (session) await request((api) => api.api.v1.users[':userId'].sessions.$delete({ param: { userId: String(session.user.id) } }));
  await forget();
}

/** Changes the password; the worker signs out every other session and keeps this one. */
export const changePassword = (currentPassword: string, newPassword: string) =>
  request((api) => api.api.v1.me.password.$put({ json: { currentPassword, newPassword } }));
