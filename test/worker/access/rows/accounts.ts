// Access rows for sessions, the signed-in user, accounts, invitations, round roles and the audit trail.
import { makeHandoff, makeInvite, makeUser, TEST_PASSWORD, uniqueLogin } from '../../accounts';
import { enterpriseOf, type Call, type RouteRow } from '../row';
import type { AccessWorld, Actor } from '../world';

/** A user made for this one call, so a mutation never meets another actor's leftovers. */
const freshUser = async (w: AccessWorld) => (await makeUser(w.db)).id;

/** A call about the caller's own account, made as a stand-in so the actor's own session survives it. */
async function ownAccount(w: AccessWorld, actor: Actor, body?: unknown): Promise<Call> {
  const standIn = await w.standIn(actor);
  return { token: standIn.token, params: { userId: standIn.id }, body };
}

export const accountRows: RouteRow[] = [
  { method: 'GET', route: '/health', allow: 'everyone', ok: 200 },

  // Sessions and the signed-in user
  {
    method: 'POST',
    route: '/sessions',
    allow: 'everyone',
    ok: 201,
    audit: 'session.create',
    // A user of its own: the answer names whoever signs in, and an evaluator's name must reach no enterprise.
    call: async (w) => {
      const { login, password } = await makeUser(w.db);
      return { body: { login, password } };
    },
  },
  {
    method: 'POST',
    route: '/sessions/cookie',
    allow: 'everyone',
    ok: 201,
    audit: 'session.create',
    // A stale cookie (or token) the browser still holds does not stop a new sign-in.
    except: { revoked: 201, expired: 201 },
    // The web console's own page signs in: same-origin, as the browser says in its fetch metadata.
    call: async (w) => {
      const { login, password } = await makeUser(w.db);
      return { body: { login, password }, headers: { 'sec-fetch-site': 'same-origin' } };
    },
  },
  {
    method: 'DELETE',
    route: '/sessions/current',
    allow: 'signed-in',
    ok: 204,
    audit: 'session.revoke',
    call: async (w, actor) => ({ token: (await w.standIn(actor)).token }),
  },
  // The extension hands its user to the web console: a one-time code for a bearer caller only.
  { method: 'POST', route: '/sessions/handoff', allow: 'signed-in', ok: 201, audit: 'session.handoff', bearerOnly: true },
  {
    method: 'POST',
    route: '/sessions/handoff/redeem',
    allow: 'everyone',
    ok: 201,
    audit: 'session.redeemHandoff',
    // The code is the credential: a stale cookie (or token) the browser still holds does not stop it.
    except: { revoked: 201, expired: 201 },
    call: async (w) => ({ body: { code: await makeHandoff(w.db, await freshUser(w)) }, headers: { 'sec-fetch-site': 'same-origin' } }),
  },
  { method: 'GET', route: '/me', allow: 'signed-in', ok: 200 },
  {
    method: 'PUT',
    route: '/me/password',
    allow: 'signed-in',
    ok: 204,
    audit: 'user.changePassword',
    call: async (w, actor) => {
      const standIn = await w.standIn(actor);
      return { token: standIn.token, body: { currentPassword: standIn.password, newPassword: 'a-new-password-2' } };
    },
  },

  // Accounts
  { method: 'GET', route: '/users', allow: ['admin'], ok: 200 },
  {
    method: 'POST',
    route: '/users',
    allow: ['admin'],
    ok: 201,
    audit: 'user.create',
    call: () => ({ body: { login: uniqueLogin('new'), displayName: '新用户' } }),
  },
  { method: 'GET', route: '/users/:userId', target: 'another user', allow: ['admin'], ok: 200, call: async (w) => ({ params: { userId: await freshUser(w) } }) },
  {
    method: 'GET',
    route: '/users/:userId',
    target: 'own account',
    allow: 'signed-in',
    ok: 200,
    call: (w, actor) => ownAccount(w, actor),
  },
  {
    method: 'PATCH',
    route: '/users/:userId',
    target: 'another user',
    allow: ['admin'],
    ok: 200,
    audit: 'user.update',
    call: async (w) => ({ params: { userId: await freshUser(w) }, body: { displayName: '改名', disabled: true, version: 1 } }),
  },
  {
    method: 'PATCH',
    route: '/users/:userId',
    target: 'own account, disabling it',
    allow: [],
    ok: 200,
    audit: 'user.update',
    call: (w, actor) => ownAccount(w, actor, { disabled: true, version: 1 }),
  },
  {
    method: 'POST',
    route: '/users/:userId/invites',
    allow: ['admin'],
    ok: 201,
    audit: 'user.invite',
    call: async (w) => ({ params: { userId: await freshUser(w) } }),
  },
  {
    method: 'DELETE',
    route: '/users/:userId/sessions',
    target: 'another user',
    allow: ['admin'],
    ok: 200,
    audit: 'user.revokeSessions',
    call: async (w) => ({ params: { userId: (await w.standIn('expert')).id } }),
  },
  {
    method: 'DELETE',
    route: '/users/:userId/sessions',
    target: 'own sessions',
    allow: 'signed-in',
    ok: 200,
    audit: 'user.revokeSessions',
    call: (w, actor) => ownAccount(w, actor),
  },
  {
    method: 'POST',
    route: '/invites/accept',
    allow: 'everyone',
    ok: 201,
    audit: 'invite.accept',
    call: async (w) => ({ body: { code: await makeInvite(w.db, await freshUser(w)), password: TEST_PASSWORD } }),
  },
  {
    method: 'POST',
    route: '/invites/accept/cookie',
    allow: 'everyone',
    ok: 201,
    audit: 'invite.accept',
    // A stale cookie (or token) the browser still holds does not stop a new user setting their password.
    except: { revoked: 201, expired: 201 },
    call: async (w) => ({ body: { code: await makeInvite(w.db, await freshUser(w)), password: TEST_PASSWORD }, headers: { 'sec-fetch-site': 'same-origin' } }),
  },

  // Round roles
  { method: 'GET', route: '/rounds/:roundId/members', allow: ['admin'], ok: 200, call: (w) => ({ params: { roundId: w.roundId } }) },
  {
    method: 'PUT',
    route: '/rounds/:roundId/members/:userId',
    allow: ['admin'],
    ok: 201,
    audit: 'member.add',
    call: async (w) => ({ params: { roundId: w.roundId, userId: await freshUser(w) }, body: { role: 'enterprise', enterpriseId: enterpriseOf(w, 'jiaan') } }),
  },
  {
    method: 'PUT',
    route: '/rounds/:roundId/members/:userId',
    target: 'a held role, at its version',
    allow: ['admin'],
    ok: 200,
    audit: 'member.change',
    call: async (w) => {
      const held = await makeUser(w.db, { membership: { roundId: w.roundId, role: 'reviewer' } });
      return { params: { roundId: w.roundId, userId: held.id }, body: { role: 'expert', bureau: '区人社局', version: 1 } };
    },
  },
  {
    method: 'PUT',
    route: '/rounds/:roundId/members/:userId',
    target: 'a closed round',
    allow: [],
    ok: 201,
    audit: 'member.add',
    call: async (w) => ({ params: { roundId: w.closedRoundId, userId: await freshUser(w) }, body: { role: 'reviewer' } }),
  },
  {
    method: 'DELETE',
    route: '/rounds/:roundId/members/:userId',
    allow: ['admin'],
    ok: 204,
    audit: 'member.remove',
    call: async (w) => ({ params: { roundId: w.roundId, userId: (await makeUser(w.db, { membership: { roundId: w.roundId, role: 'reviewer' } })).id } }),
  },

  // The audit trail
  { method: 'GET', route: '/audit', allow: ['admin'], ok: 200 },
];
