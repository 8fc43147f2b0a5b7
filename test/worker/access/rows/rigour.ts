// Access rows for evaluation rigour: documentation requests (asked, listed, answered, accepted or reopened),
// adjustments (proposed, confirmed or rejected, withdrawn), inter-rater agreement, the expiring-evidence list,
// the published explanation, and the blind-scoring targets (lvyuan under review, whose ENV.1.2 only expert2 scored).
import { adjustment, documentationRequest } from '../../../../worker/db/schema';
import { enterpriseOf, roundMembers, seeing, type Call, type RouteRow } from '../row';
import type { Company } from '../rounds';
import type { AccessWorld } from '../world';

const reviewing = (w: AccessWorld) => w.reviewingRoundId;
const published = (w: AccessWorld) => w.publishedRoundId;
const closed = (w: AccessWorld) => w.closedRoundId;
const collecting = (w: AccessWorld) => w.roundId;
const ofEnterprise = (roundId: (w: AccessWorld) => number, company: Company) => (w: AccessWorld) => ({ params: { roundId: roundId(w), enterpriseId: enterpriseOf(w, company) } });
const inRound = (roundId: (w: AccessWorld) => number, query?: Record<string, string>) => (w: AccessWorld) => ({ params: { roundId: roundId(w) }, query });
const dueIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A documentation request of its own for this call, in the collecting round unless said otherwise. */
async function freshRequest(w: AccessWorld, company: Company, options: { askedBy?: string; status?: 'open' | 'answered'; roundId?: number } = {}) {
  const [made] = await w.db
    .insert(documentationRequest)
    .values({
      roundId: options.roundId ?? w.roundId,
      enterpriseId: enterpriseOf(w, company),
      indicatorId: w.indicatorIds['STAFF.1.1']!,
      question: '请提供2025年度劳动合同签订台账',
      dueOn: dueIn(14),
      status: options.status ?? 'open',
      askedBy: w.userIds.get(options.askedBy ?? 'expert')!,
    })
    .returning({ id: documentationRequest.id });
  return made!.id;
}

/** An adjustment of huaxin's of its own for this call, proposed by `proposedBy`, citing huaxin's marker evidence. */
async function freshAdjustment(w: AccessWorld, proposedBy: string, roundId = w.roundId) {
  const [made] = await w.db
    .insert(adjustment)
    .values({ roundId, enterpriseId: enterpriseOf(w, 'huaxin'), code: 'AWARD_CITY', evidenceIds: [w.markerEvidence.huaxin], proposedBy: w.userIds.get(proposedBy)! })
    .returning({ id: adjustment.id });
  return made!.id;
}

const ask = (roundId: (w: AccessWorld) => number) => (w: AccessWorld): Call => ({
  ...ofEnterprise(roundId, 'huaxin')(w),
  body: { indicatorId: w.indicatorIds['STAFF.1.1'], question: '请补充安全培训记录', dueOn: dueIn(30) },
});
const answerOf = (company: Company) => async (w: AccessWorld): Promise<Call> => ({
  params: { id: await freshRequest(w, company) },
  body: { links: [{ url: `https://${company}.example.cn/contracts.pdf`, title: '劳动合同台账', kind: 'report' }], statement: '已全员签订劳动合同。', version: 1 },
});
const decisionOn = (askedBy: string, roundId?: (w: AccessWorld) => number) => async (w: AccessWorld): Promise<Call> => ({
  params: { id: await freshRequest(w, 'huaxin', { askedBy, status: 'answered', roundId: roundId?.(w) }) },
  body: { decision: 'accept', version: 1 },
});
const propose = (roundId: (w: AccessWorld) => number) => (w: AccessWorld): Call => ({
  ...ofEnterprise(roundId, 'huaxin')(w),
  body: { code: 'AWARD_CITY', occurrences: 1, evidenceIds: [w.markerEvidence.huaxin] },
});

export const rigourRows: RouteRow[] = [
  // Blind scoring: lvyuan under review, whose ENV.1.2 expert2 scored and the expert did not (the body check
  // holds the expert to never receiving expert2's value or rationale of it)
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/scores', target: 'lvyuan, unpublished, one slot scored by expert2 only', allow: ['admin', 'expert', 'reviewer'], ok: 200, call: ofEnterprise(reviewing, 'lvyuan') },
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/panel', target: 'lvyuan, unpublished, one slot scored by expert2 only', allow: ['admin', 'expert', 'reviewer', 'coordinator'], ok: 200, call: ofEnterprise(reviewing, 'lvyuan') },
  { method: 'GET', route: '/rounds/:roundId/results/enterprises/:enterpriseId', target: 'lvyuan, unpublished', allow: ['admin', 'reviewer', 'coordinator'], ok: 200, call: ofEnterprise(reviewing, 'lvyuan') },

  // Documentation requests
  { method: 'GET', route: '/rounds/:roundId/documentation-requests', target: 'all', allow: roundMembers, ok: 200, call: inRound(collecting) },
  { method: 'GET', route: '/rounds/:roundId/documentation-requests', target: 'overdue of 安亭镇', allow: roundMembers, ok: 200, call: (w) => inRound(collecting, { overdue: 'true', streetId: String(w.streetId('安亭镇')) })(w) },
  { method: 'POST', route: '/rounds/:roundId/enterprises/:enterpriseId/documentation-requests', target: 'collecting', allow: ['admin', 'expert', 'reviewer'], ok: 201, audit: 'docRequest.create', call: ask(collecting) },
  { method: 'POST', route: '/rounds/:roundId/enterprises/:enterpriseId/documentation-requests', target: 'closed', allow: [], ok: 201, audit: 'docRequest.create', call: ask(closed) },
  { method: 'GET', route: '/documentation-requests/:id', target: "huaxin's", allow: seeing.huaxin, ok: 200, call: async (w) => ({ params: { id: await freshRequest(w, 'huaxin') } }) },
  { method: 'GET', route: '/documentation-requests/:id', target: "jiaan's", allow: seeing.jiaan, ok: 200, call: async (w) => ({ params: { id: await freshRequest(w, 'jiaan') } }) },
  { method: 'POST', route: '/documentation-requests/:id/answer', target: "huaxin's", allow: ['enterprise'], ok: 200, audit: 'docRequest.answer', call: answerOf('huaxin') },
  { method: 'POST', route: '/documentation-requests/:id/answer', target: "jiaan's", allow: ['enterpriseOther'], ok: 200, audit: 'docRequest.answer', call: answerOf('jiaan') },
  { method: 'POST', route: '/documentation-requests/:id/decision', target: 'asked by the expert', allow: ['admin', 'expert', 'reviewer'], ok: 200, audit: 'docRequest.decide', call: decisionOn('expert') },
  { method: 'POST', route: '/documentation-requests/:id/decision', target: 'asked by the reviewer', allow: ['admin', 'reviewer'], ok: 200, audit: 'docRequest.decide', call: decisionOn('reviewer') },
  { method: 'POST', route: '/documentation-requests/:id/decision', target: 'closed', allow: [], ok: 200, audit: 'docRequest.decide', call: decisionOn('expert', closed) },

  // Adjustments
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/adjustments', target: 'huaxin', allow: ['admin', 'expert', 'reviewer', 'coordinator'], ok: 200, call: ofEnterprise(collecting, 'huaxin') },
  { method: 'POST', route: '/rounds/:roundId/enterprises/:enterpriseId/adjustments', target: 'collecting', allow: ['admin', 'expert', 'reviewer'], ok: 201, audit: 'adjustment.propose', call: propose(collecting) },
  { method: 'POST', route: '/rounds/:roundId/enterprises/:enterpriseId/adjustments', target: 'published', allow: [], ok: 201, audit: 'adjustment.propose', call: propose(published) },
  {
    method: 'POST',
    route: '/adjustments/:id/decision',
    target: "the expert's proposal",
    allow: ['admin', 'reviewer'],
    ok: 200,
    audit: 'adjustment.decide',
    call: async (w) => ({ params: { id: await freshAdjustment(w, 'expert') }, body: { decision: 'confirm', version: 1 } }),
  },
  {
    method: 'POST',
    route: '/adjustments/:id/decision',
    target: "the reviewer's own proposal",
    allow: ['admin'],
    ok: 200,
    audit: 'adjustment.decide',
    call: async (w) => ({ params: { id: await freshAdjustment(w, 'reviewer') }, body: { decision: 'reject', comment: '证书不在评价期内', version: 1 } }),
  },
  { method: 'DELETE', route: '/adjustments/:id', target: "the expert's proposal", allow: ['expert'], ok: 204, audit: 'adjustment.withdraw', call: async (w) => ({ params: { id: await freshAdjustment(w, 'expert') } }) },

  // Agreement, expiring evidence, explanations, the agreement download
  { method: 'GET', route: '/rounds/:roundId/agreement', target: 'under review', allow: ['admin', 'reviewer'], ok: 200, call: inRound(reviewing) },
  { method: 'GET', route: '/rounds/:roundId/agreement', target: 'for lvyuan', allow: ['admin', 'reviewer'], ok: 200, call: (w) => ({ ...inRound(reviewing)(w), query: { enterpriseId: String(enterpriseOf(w, 'lvyuan')) } }) },
  { method: 'GET', route: '/rounds/:roundId/evidence/expiring', target: 'within a year', allow: ['admin', 'reviewer', 'coordinator', 'coordinatorOther'], ok: 200, call: inRound(collecting, { withinDays: '730' }) },
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/explanation', target: 'huaxin, published', allow: ['admin', 'expert', 'reviewer', 'enterprise'], ok: 200, call: ofEnterprise(published, 'huaxin') },
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/explanation', target: 'jiaan, published', allow: ['admin', 'expert', 'reviewer', 'enterpriseOther'], ok: 200, call: ofEnterprise(published, 'jiaan') },
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/explanation', target: 'huaxin, unpublished', allow: [], ok: 200, call: ofEnterprise(reviewing, 'huaxin') },
  { method: 'GET', route: '/rounds/:roundId/exports/:dataset', target: 'agreement', allow: ['admin', 'reviewer'], ok: 200, call: (w) => ({ params: { roundId: w.reviewingRoundId, dataset: 'agreement' } }) },
];

