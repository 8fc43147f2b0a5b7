// Access rows for rounds: reading, creating, editing and moving them on, enrolment, sign-off, expert
// assignments and coverage. The open targets are the collecting round (the one under review for sign-off);
// the closed round is read-only for everyone, administrators included.
import { eq } from 'drizzle-orm';
import { round } from '../../../../worker/db/schema';
import { call } from '../../world';
import { enterpriseOf, roundMembers, type RouteRow } from '../row';
import { freshAssignment, freshEnterprise, freshRound } from '../targets';
import type { AccessWorld } from '../world';

const inRound = (roundId: number) => ({ params: { roundId } });
const version = async (w: AccessWorld, roundId: number) => (await w.db.select({ version: round.version }).from(round).where(eq(round.id, roundId)).get())!.version;
/** huaxin has no accepted evidence under review: a sign-off goes ahead on a confirmation (without one it is 409). */
const signOff = (roundId: (w: AccessWorld) => number, body: object = { confirm: { reason: '材料另行核实' } }) => (w: AccessWorld) => ({ params: { roundId: roundId(w), enterpriseId: enterpriseOf(w, 'huaxin') }, body });
const staff = { dimensionCodes: ['STAFF'] };

export const roundRows: RouteRow[] = [
  { method: 'GET', route: '/rounds', allow: 'signed-in', ok: 200 },
  { method: 'GET', route: '/rounds/:roundId', allow: roundMembers, ok: 200, call: (w) => inRound(w.roundId) },
  { method: 'GET', route: '/rounds/:roundId/indicators', allow: roundMembers, ok: 200, call: (w) => inRound(w.roundId) },
  { method: 'POST', route: '/rounds', allow: ['admin'], ok: 201, audit: 'round.create', call: (w) => ({ body: { name: { zh: '新测评', en: 'New round' }, year: 2027, frameworkId: w.frameworkId } }) },
  { method: 'PATCH', route: '/rounds/:roundId', target: 'open', allow: ['admin'], ok: 200, audit: 'round.update', call: async (w) => ({ ...inRound(w.roundId), body: { year: 2026, version: await version(w, w.roundId) } }) },
  { method: 'PATCH', route: '/rounds/:roundId', target: 'closed', allow: [], ok: 200, audit: 'round.update', call: async (w) => ({ ...inRound(w.closedRoundId), body: { year: 2024, version: await version(w, w.closedRoundId) } }) },
  { method: 'POST', route: '/rounds/:roundId/transitions', target: 'open', allow: ['admin'], ok: 200, audit: 'round.transition', call: async (w) => ({ ...inRound(await freshRound(w, 'collecting')), body: { to: 'preparing' } }) },
  // Publishing (a round with nobody enrolled has nothing to sign off and no tasks to create) and closing
  { method: 'POST', route: '/rounds/:roundId/transitions', target: 'publishing', allow: ['admin'], ok: 200, audit: 'round.transition', call: async (w) => ({ ...inRound(await freshRound(w, 'reviewing')), body: { to: 'published' } }) },
  { method: 'POST', route: '/rounds/:roundId/transitions', target: 'closing', allow: ['admin'], ok: 200, audit: 'round.transition', call: async (w) => ({ ...inRound(await freshRound(w, 'published')), body: { to: 'closed' } }) },
  { method: 'POST', route: '/rounds/:roundId/transitions', target: 'closed', allow: [], ok: 200, audit: 'round.transition', call: (w) => ({ ...inRound(w.closedRoundId), body: { to: 'published' } }) },

  // Enrolment
  {
    method: 'POST',
    route: '/rounds/:roundId/enrolments',
    target: 'open',
    allow: ['admin'],
    ok: 200,
    audit: 'round.enrol',
    call: async (w) => ({ ...inRound(w.roundId), body: { by: 'list', enterpriseIds: [await freshEnterprise(w)] } }),
  },
  {
    method: 'POST',
    route: '/rounds/:roundId/enrolments',
    target: 'closed',
    allow: [],
    ok: 200,
    audit: 'round.enrol',
    call: async (w) => ({ ...inRound(w.closedRoundId), body: { by: 'list', enterpriseIds: [await freshEnterprise(w)] } }),
  },
  {
    method: 'DELETE',
    route: '/rounds/:roundId/enrolments/:enterpriseId',
    target: 'open',
    allow: ['admin'],
    ok: 204,
    audit: 'round.unenrol',
    call: async (w) => ({ params: { roundId: w.roundId, enterpriseId: await freshEnterprise(w, w.roundId) } }),
  },
  {
    method: 'DELETE',
    route: '/rounds/:roundId/enrolments/:enterpriseId',
    target: 'closed',
    allow: [],
    ok: 204,
    audit: 'round.unenrol',
    call: async (w) => ({ params: { roundId: w.closedRoundId, enterpriseId: await freshEnterprise(w, w.closedRoundId) } }),
  },

  // Sign-off of huaxin, every indicator of which is scored in the round under review
  { method: 'POST', route: '/rounds/:roundId/enterprises/:enterpriseId/sign-off', target: 'under review', allow: ['admin', 'reviewer'], ok: 200, audit: 'enterprise.sign_off', call: signOff((w) => w.reviewingRoundId) },
  {
    method: 'POST',
    route: '/rounds/:roundId/enterprises/:enterpriseId/sign-off',
    target: 'under review, open items not confirmed',
    allow: ['admin', 'reviewer'],
    ok: 200,
    audit: 'enterprise.sign_off',
    except: { admin: 409, reviewer: 409 },
    call: async (w) => {
      // Each allowed call finds huaxin not signed off yet.
      await call(`/rounds/${w.reviewingRoundId}/enterprises/${enterpriseOf(w, 'huaxin')}/sign-off`, { method: 'DELETE', token: w.tokens.admin });
      return signOff((x) => x.reviewingRoundId, {})(w);
    },
  },
  { method: 'POST', route: '/rounds/:roundId/enterprises/:enterpriseId/sign-off', target: 'closed', allow: [], ok: 200, audit: 'enterprise.sign_off', call: signOff((w) => w.closedRoundId) },
  { method: 'DELETE', route: '/rounds/:roundId/enterprises/:enterpriseId/sign-off', target: 'under review', allow: ['admin', 'reviewer'], ok: 204, audit: 'enterprise.sign_off_revoke', call: signOff((w) => w.reviewingRoundId) },
  { method: 'DELETE', route: '/rounds/:roundId/enterprises/:enterpriseId/sign-off', target: 'closed', allow: [], ok: 204, audit: 'enterprise.sign_off_revoke', call: signOff((w) => w.closedRoundId) },

  // Assignments (experts list their own) and coverage
  { method: 'GET', route: '/rounds/:roundId/assignments', allow: ['admin', 'expert', 'reviewer'], ok: 200, call: (w) => inRound(w.roundId) },
  { method: 'GET', route: '/rounds/:roundId/coverage', allow: ['admin', 'reviewer'], ok: 200, call: (w) => inRound(w.roundId) },
  { method: 'POST', route: '/rounds/:roundId/assignments', target: 'open', allow: ['admin'], ok: 201, audit: 'assignment.create', call: (w) => ({ ...inRound(w.roundId), body: { expertId: w.userIds.get('expert2'), ...staff } }) },
  { method: 'POST', route: '/rounds/:roundId/assignments', target: 'closed', allow: [], ok: 201, audit: 'assignment.create', call: (w) => ({ ...inRound(w.closedRoundId), body: { expertId: w.userIds.get('expert2'), ...staff } }) },
  {
    method: 'PUT',
    route: '/rounds/:roundId/assignments/:id',
    target: 'open',
    allow: ['admin'],
    ok: 200,
    audit: 'assignment.update',
    call: async (w) => ({ params: { roundId: w.roundId, id: await freshAssignment(w, w.roundId) }, body: { version: 1, dimensionCodes: ['ENV'] } }),
  },
  {
    method: 'PUT',
    route: '/rounds/:roundId/assignments/:id',
    target: 'closed',
    allow: [],
    ok: 200,
    audit: 'assignment.update',
    call: async (w) => ({ params: { roundId: w.closedRoundId, id: await freshAssignment(w, w.closedRoundId) }, body: { version: 1, dimensionCodes: ['ENV'] } }),
  },
  { method: 'DELETE', route: '/rounds/:roundId/assignments/:id', target: 'open', allow: ['admin'], ok: 204, audit: 'assignment.delete', call: async (w) => ({ params: { roundId: w.roundId, id: await freshAssignment(w, w.roundId) } }) },
  {
    method: 'DELETE',
    route: '/rounds/:roundId/assignments/:id',
    target: 'closed',
    allow: [],
    ok: 204,
    audit: 'assignment.delete',
    call: async (w) => ({ params: { roundId: w.closedRoundId, id: await freshAssignment(w, w.closedRoundId) } }),
  },
];
