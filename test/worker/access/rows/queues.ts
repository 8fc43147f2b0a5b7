// Access rows for the round-scale queues: the reviewers' evidence queue (pages, facets, position, reject
// reasons), moving evidence, the disagreement queue and the bulk settle, the experts' queues, enterprise
// accounts in bulk and rectification tasks grouped by enterprise.
import { and, eq, sql } from 'drizzle-orm';
import { scoreSettlement } from '../../../../worker/db/schema';
import { call } from '../../world';
import { enterpriseOf, slotOf, type Call, type RouteRow } from '../row';
import { freshEnterprise, freshEvidence } from '../targets';
import type { AccessWorld } from '../world';

const inRound = (roundId: number) => ({ params: { roundId } });
const reviewers = ['admin', 'reviewer'] as const;

/** A pending clip of huaxin by the expert (or accepted), to move to STAFF.1.2. */
const toMove = (roundId: (w: AccessWorld) => number, status: 'pending' | 'accepted' = 'pending') => async (w: AccessWorld): Promise<Call> => {
  const id = await freshEvidence(w, 'huaxin', { roundId: roundId(w), status, indicatorId: w.indicatorIds['STAFF.1.1'] });
  return { params: { id }, body: { indicatorId: w.indicatorIds['STAFF.1.2'], version: 1 } };
};

/** lvyuan's disputed ENV.1.1 under review, unsettled, previewed as the admin: a confirmation settling exactly it. */
const bulkSettle = async (w: AccessWorld): Promise<Call> => {
  const slot = slotOf(w, w.reviewingRoundId, 'lvyuan', 'ENV.1.1');
  await w.db.delete(scoreSettlement).where(and(eq(scoreSettlement.roundId, slot.roundId), eq(scoreSettlement.enterpriseId, slot.enterpriseId), eq(scoreSettlement.indicatorId, slot.indicatorId)));
  const preview = await call(`/rounds/${slot.roundId}/settlements/preview?slots=${slot.enterpriseId}:${slot.indicatorId}`, { token: w.tokens.admin });
  if (preview.data.items?.length !== 1) throw new Error(`bulk settle preview: ${JSON.stringify(preview.data)}`);
  return { ...inRound(slot.roundId), body: { rule: 'median', token: preview.data.token, reason: '取专家中位数', items: preview.data.items } };
};

/** An enrolled enterprise nobody has seen, without staff: one account to create. */
const newAccount = (roundId: (w: AccessWorld) => number) => async (w: AccessWorld): Promise<Call> => ({
  ...inRound(roundId(w)),
  body: { scope: { by: 'list', enterpriseIds: [await freshEnterprise(w, roundId(w))] } },
});

/** An enrolled enterprise with one account waiting for its password: one code for the sheet. */
const oneInvitation = async (w: AccessWorld): Promise<Call> => {
  const enterpriseId = await freshEnterprise(w, w.roundId);
  const made = await call(`/rounds/${w.roundId}/enterprise-accounts`, { token: w.tokens.admin, json: { scope: { by: 'list', enterpriseIds: [enterpriseId] } } });
  if (made.data.created !== 1) throw new Error(`account for the sheet: ${JSON.stringify(made.data)}`);
  return { ...inRound(w.roundId), body: { scope: { by: 'list', enterpriseIds: [enterpriseId] }, format: 'json' } };
};

export const queueRows: RouteRow[] = [
  // The reviewers' evidence queue
  { method: 'GET', route: '/rounds/:roundId/queues/evidence', allow: reviewers, ok: 200, call: (w) => inRound(w.roundId) },
  { method: 'GET', route: '/rounds/:roundId/queues/evidence', target: 'filtered by 安亭镇 and contradicting', allow: reviewers, ok: 200, call: (w) => ({ ...inRound(w.roundId), query: { street: '安亭镇', stance: 'contradicts' } }) },
  { method: 'GET', route: '/rounds/:roundId/queues/evidence/facets', allow: reviewers, ok: 200, call: (w) => inRound(w.roundId) },
  { method: 'GET', route: '/rounds/:roundId/queues/evidence/position', allow: reviewers, ok: 200, call: (w) => inRound(w.roundId) },
  { method: 'PUT', route: '/rounds/:roundId/queues/evidence/position', target: 'open', allow: reviewers, ok: 200, audit: 'queue.position', call: (w) => ({ ...inRound(w.roundId), body: { evidenceId: w.markerEvidence.jiaan, filters: { street: '安亭镇' } } }) },
  { method: 'PUT', route: '/rounds/:roundId/queues/evidence/position', target: 'closed', allow: [], ok: 200, audit: 'queue.position', call: (w) => ({ ...inRound(w.closedRoundId), body: { evidenceId: w.markerEvidence.jiaan } }) },
  { method: 'GET', route: '/rounds/:roundId/queues/evidence/reject-reasons', allow: reviewers, ok: 200, call: (w) => inRound(w.roundId) },

  // Moving a misfiled clip: a reviewer moves any, the author their own while pending
  { method: 'POST', route: '/evidence/:id/move', target: "the expert's pending clip", allow: [...reviewers, 'expert'], ok: 200, audit: 'evidence.move', call: toMove((w) => w.roundId) },
  { method: 'POST', route: '/evidence/:id/move', target: "the expert's accepted clip", allow: reviewers, ok: 200, audit: 'evidence.move', call: toMove((w) => w.roundId, 'accepted') },
  { method: 'POST', route: '/evidence/:id/move', target: 'closed', allow: [], ok: 200, audit: 'evidence.move', call: toMove((w) => w.closedRoundId) },

  // Disagreements: reviewers see every score (experts are blind before publication) and settle in bulk
  { method: 'GET', route: '/rounds/:roundId/queues/disagreements', allow: reviewers, ok: 200, call: (w) => inRound(w.reviewingRoundId) },
  { method: 'GET', route: '/rounds/:roundId/settlements/preview', allow: reviewers, ok: 200, call: (w) => inRound(w.reviewingRoundId) },
  { method: 'POST', route: '/rounds/:roundId/settlements', target: 'under review', allow: reviewers, ok: 201, audit: 'score.settle', call: bulkSettle },
  {
    method: 'POST',
    route: '/rounds/:roundId/settlements',
    target: 'closed',
    allow: [],
    ok: 201,
    audit: 'score.settle',
    call: (w) => ({ ...inRound(w.closedRoundId), body: { rule: 'median', token: '0'.repeat(64), reason: '取中位数', items: [{ ...slotOf(w, w.closedRoundId, 'lvyuan', 'ENV.1.1'), value: 5, scoresVersion: '' }] } }),
  },

  // The experts' queues (an expert's own, in their own name); everyone who clips sees their clips rejected or moved
  { method: 'GET', route: '/rounds/:roundId/queues/to-score', allow: ['expert'], ok: 200, call: (w) => inRound(w.roundId) },
  { method: 'GET', route: '/rounds/:roundId/queues/to-score', target: 'waiting slots', allow: ['expert'], ok: 200, call: (w) => ({ ...inRound(w.roundId), query: { readiness: 'waiting' } }) },
  { method: 'GET', route: '/rounds/:roundId/queues/to-score/counts', allow: ['expert'], ok: 200, call: (w) => inRound(w.roundId) },
  { method: 'GET', route: '/rounds/:roundId/queues/my-clips', allow: [...reviewers, 'expert', 'enterprise', 'enterpriseOther'], ok: 200, call: (w) => inRound(w.roundId) },

  // Enterprise accounts in bulk, and their invitation codes
  { method: 'POST', route: '/rounds/:roundId/enterprise-accounts', target: 'open', allow: ['admin'], ok: 200, audit: 'enterprise_account.create', call: newAccount((w) => w.roundId) },
  { method: 'POST', route: '/rounds/:roundId/enterprise-accounts', target: 'closed', allow: [], ok: 200, audit: 'enterprise_account.create', call: newAccount((w) => w.closedRoundId) },
  { method: 'POST', route: '/rounds/:roundId/enterprise-accounts/invitations', allow: ['admin'], ok: 201, audit: 'user.invite', call: oneInvitation },

  // Rectification tasks grouped by enterprise, for the admin and each street's coordinator
  { method: 'GET', route: '/rounds/:roundId/rectifications/by-enterprise', allow: ['admin', 'coordinator', 'coordinatorOther'], ok: 200, call: (w) => inRound(w.publishedRoundId) },
  {
    method: 'GET',
    route: '/rounds/:roundId/rectifications/by-enterprise',
    target: "searching for jiaan's name",
    allow: ['admin', 'coordinator', 'coordinatorOther'],
    ok: 200,
    call: async (w) => ({ ...inRound(w.publishedRoundId), query: { q: (await w.db.get<{ name: string }>(sql`SELECT name FROM enterprise WHERE id = ${enterpriseOf(w, 'jiaan')}`)).name } }),
  },
];
