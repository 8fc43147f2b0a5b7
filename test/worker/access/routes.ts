// THE access matrix: every route of the API with who may call it. The runner (matrix.test.ts) calls each
// row as every actor and checks the status, that a denied call changes nothing and an allowed mutation
// leaves exactly one audit row, and that no body carries data of an enterprise the actor may not see.
//
// Adding a route is adding a row: method, route template, who is allowed with which status, the audit
// action if it mutates, and a `call` that supplies params/body (fresh targets per actor for mutations).
import { commendation } from '../../../worker/db/schema';
import { creditCodes } from '../../support/test-world';
import { makeInvite, makeUser, TEST_PASSWORD, uniqueLogin } from '../accounts';
import type { AccessWorld, Actor } from './world';

export type Call = {
  params?: Record<string, string | number>;
  query?: Record<string, string>;
  body?: unknown;
  /** Overrides the actor's token (a stand-in's), for calls that change or end the caller's own account. */
  token?: string | null;
};

export type RouteRow = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As mounted under /api/v1, with :params. */
  route: string;
  /** Which target this row is about, when a route appears more than once. */
  target?: string;
  /** Who succeeds: everyone (no sign-in needed), any signed-in user, or these actors. */
  allow: 'everyone' | 'signed-in' | Actor[];
  /** The status of success. */
  ok: number;
  /** Mutations: the audit action their success writes (exactly one row). */
  audit?: string;
  /** Expected statuses that are neither success nor the default denial. */
  except?: Partial<Record<Actor, number>>;
  call?: (w: AccessWorld, actor: Actor) => Call | Promise<Call>;
};

const huaxin = (w: AccessWorld) => w.enterpriseId(creditCodes.huaxin);
const jiaan = (w: AccessWorld) => w.enterpriseId(creditCodes.jiaan);
const inRound = (w: AccessWorld) => ({ roundId: w.roundId });
/** Everyone with a role in the round under test. */
const roundMembers: Actor[] = ['admin', 'expert', 'reviewer', 'coordinator', 'coordinatorOther', 'enterprise', 'enterpriseOther'];
/** Who reads the results of a round that is not published yet: everyone but its enterprises. */
const resultReaders: Actor[] = ['admin', 'expert', 'reviewer', 'coordinator', 'coordinatorOther'];

async function clip(w: AccessWorld, enterpriseId: number, roundId = w.roundId): Promise<Call> {
  const indicator = await w.db.query.indicator.findFirst({ where: (i, { and, eq }) => and(eq(i.frameworkId, w.frameworkId), eq(i.level, 3)) });
  return {
    body: {
      roundId,
      enterpriseId,
      indicatorId: indicator!.id,
      url: 'https://www.example.cn/csr.html',
      title: '社会责任报告',
      quote: '员工劳动合同签订率100%',
      capturedAt: new Date().toISOString(),
      idempotencyKey: crypto.randomUUID(),
    },
  };
}

/** A user made for this one call, so a mutation never meets another actor's leftovers. */
const freshUser = async (w: AccessWorld) => (await makeUser(w.db)).id;

/** A call about the caller's own account, made as a stand-in so the actor's own session survives it. */
async function ownAccount(w: AccessWorld, actor: Actor, body?: unknown): Promise<Call> {
  const standIn = await w.standIn(actor);
  return { token: standIn.token, params: { userId: standIn.id }, body };
}

export const routes: RouteRow[] = [
  { method: 'GET', route: '/health', allow: 'everyone', ok: 200 },

  // Sessions and the signed-in user
  {
    method: 'POST',
    route: '/sessions',
    allow: 'everyone',
    ok: 201,
    audit: 'session.create',
    call: () => ({ body: { login: 'expert', password: 'expert-password-1' } }),
  },
  {
    method: 'DELETE',
    route: '/sessions/current',
    allow: 'signed-in',
    ok: 204,
    audit: 'session.revoke',
    call: async (w, actor) => ({ token: (await w.standIn(actor)).token }),
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

  // Rounds and what they are scored against
  { method: 'GET', route: '/rounds', allow: 'signed-in', ok: 200 },
  { method: 'GET', route: '/rounds/:roundId', allow: roundMembers, ok: 200, call: (w) => ({ params: inRound(w) }) },
  { method: 'GET', route: '/rounds/:roundId/indicators', allow: roundMembers, ok: 200, call: (w) => ({ params: inRound(w) }) },

  // Round roles
  { method: 'GET', route: '/rounds/:roundId/members', allow: ['admin'], ok: 200, call: (w) => ({ params: inRound(w) }) },
  {
    method: 'PUT',
    route: '/rounds/:roundId/members/:userId',
    allow: ['admin'],
    ok: 201,
    audit: 'member.add',
    call: async (w) => ({ params: { ...inRound(w), userId: await freshUser(w) }, body: { role: 'enterprise', enterpriseId: jiaan(w) } }),
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
    call: async (w) => ({ params: { ...inRound(w), userId: (await makeUser(w.db, { membership: { roundId: w.roundId, role: 'reviewer' } })).id } }),
  },

  // Enterprises: detection by host and search, scoped to what the actor may see
  {
    method: 'GET',
    route: '/rounds/:roundId/enterprises',
    target: 'search',
    allow: roundMembers,
    ok: 200,
    call: (w) => ({ params: inRound(w), query: { q: '上海' } }),
  },
  {
    method: 'GET',
    route: '/rounds/:roundId/enterprises',
    target: 'detection by host',
    allow: roundMembers,
    ok: 200,
    call: (w) => ({ params: inRound(w), query: { host: 'www.huaxin-auto.cn' } }),
  },

  // Evidence
  {
    method: 'GET',
    route: '/rounds/:roundId/enterprises/:enterpriseId/evidence',
    target: 'huaxin (南翔镇)',
    allow: ['admin', 'expert', 'reviewer', 'coordinator', 'enterprise'],
    ok: 200,
    call: (w) => ({ params: { ...inRound(w), enterpriseId: huaxin(w) } }),
  },
  {
    method: 'GET',
    route: '/rounds/:roundId/enterprises/:enterpriseId/evidence',
    target: 'jiaan (安亭镇)',
    allow: ['admin', 'expert', 'reviewer', 'coordinatorOther', 'enterpriseOther'],
    ok: 200,
    call: (w) => ({ params: { ...inRound(w), enterpriseId: jiaan(w) } }),
  },
  { method: 'POST', route: '/evidence', target: 'huaxin', allow: ['expert', 'reviewer', 'enterprise'], ok: 201, audit: 'evidence.create', call: (w) => clip(w, huaxin(w)) },
  { method: 'POST', route: '/evidence', target: 'jiaan', allow: ['expert', 'reviewer', 'enterpriseOther'], ok: 201, audit: 'evidence.create', call: (w) => clip(w, jiaan(w)) },
  { method: 'POST', route: '/evidence', target: 'a closed round', allow: [], ok: 201, audit: 'evidence.create', call: (w) => clip(w, huaxin(w), w.closedRoundId) },

  // The audit trail
  { method: 'GET', route: '/audit', allow: ['admin'], ok: 200 },

  // The console: streets, progress, result statistics, commendations and downloads (the round is collecting)
  { method: 'GET', route: '/streets', allow: ['admin'], ok: 200 },
  { method: 'GET', route: '/rounds/:roundId/progress', allow: ['admin', 'expert', 'reviewer', 'coordinator', 'coordinatorOther'], ok: 200, call: (w) => ({ params: inRound(w) }) },
  { method: 'GET', route: '/rounds/:roundId/results/statistics', allow: resultReaders, ok: 200, call: (w) => ({ params: inRound(w) }) },
  { method: 'GET', route: '/rounds/:roundId/commendations', allow: resultReaders, ok: 200, call: (w) => ({ params: inRound(w) }) },
  {
    method: 'POST',
    route: '/rounds/:roundId/commendations',
    target: 'before the round is reviewed',
    allow: [],
    ok: 201,
    audit: 'commendation.create',
    call: (w) => ({ params: inRound(w), body: { enterpriseId: huaxin(w), title: { zh: '优秀单位', en: 'Outstanding unit' } } }),
  },
  {
    method: 'DELETE',
    route: '/rounds/:roundId/commendations/:id',
    target: 'before the round is reviewed',
    allow: [],
    ok: 204,
    audit: 'commendation.delete',
    call: async (w) => {
      const [made] = await w.db
        .insert(commendation)
        .values({ roundId: w.roundId, enterpriseId: huaxin(w), titleZh: `表彰-${crypto.randomUUID()}`, titleEn: 'Commended', createdBy: w.userIds.get('admin')! })
        .returning({ id: commendation.id });
      return { params: { ...inRound(w), id: made!.id } };
    },
  },
  { method: 'GET', route: '/rounds/:roundId/exports/:dataset', target: 'results', allow: resultReaders, ok: 200, call: (w) => ({ params: { ...inRound(w), dataset: 'results' } }) },
  { method: 'GET', route: '/rounds/:roundId/exports/:dataset', target: 'scores', allow: ['admin', 'expert', 'reviewer'], ok: 200, call: (w) => ({ params: { ...inRound(w), dataset: 'scores' } }) },
  { method: 'GET', route: '/rounds/:roundId/exports/:dataset', target: 'evidence', allow: roundMembers, ok: 200, call: (w) => ({ params: { ...inRound(w), dataset: 'evidence' } }) },
  {
    method: 'GET',
    route: '/rounds/:roundId/exports/:dataset',
    target: 'evidence of jiaan (安亭镇) as xlsx',
    allow: ['admin', 'expert', 'reviewer', 'coordinatorOther', 'enterpriseOther'],
    ok: 200,
    call: (w) => ({ params: { ...inRound(w), dataset: 'evidence' }, query: { format: 'xlsx', enterpriseId: String(jiaan(w)) } }),
  },
];
