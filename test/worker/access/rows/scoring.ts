// Access rows for scores, settlements, results and rectification tasks: before publication (the round
// under review), after it (the published round) and once closed, for huaxin (南翔镇) and jiaan (安亭镇).
import { and, eq } from 'drizzle-orm';
import { rectification, scoreSettlement } from '../../../../worker/db/schema';
import { streets } from '../../../support/test-world';
import { enterpriseOf, roundMembers, seeing, slotOf, type Call, type RouteRow } from '../row';
import type { Company } from '../rounds';
import type { AccessWorld } from '../world';

const staffOnly = ['admin', 'expert', 'reviewer'] as const;
const ofEnterprise = (roundId: (w: AccessWorld) => number, company: Company) => (w: AccessWorld) => ({ params: { roundId: roundId(w), enterpriseId: enterpriseOf(w, company) } });
const inRound = (roundId: (w: AccessWorld) => number) => (w: AccessWorld) => ({ params: { roundId: roundId(w) } });
const reviewing = (w: AccessWorld) => w.reviewingRoundId;
const published = (w: AccessWorld) => w.publishedRoundId;
const closed = (w: AccessWorld) => w.closedRoundId;

const myScore = (roundId: (w: AccessWorld) => number, company: Company, code: string) => (w: AccessWorld): Call => ({
  params: slotOf(w, roundId(w), company, code),
  body: { value: 7, rationale: '依据报告第5页', evidenceIds: [], version: 0 },
});

/** lvyuan's disputed ENV.1.1, settled (`settled`) or not before the call, so every allowed call finds the same state. */
const disputed = (roundId: (w: AccessWorld) => number, settled: boolean) => async (w: AccessWorld): Promise<Call> => {
  const slot = slotOf(w, roundId(w), 'lvyuan', 'ENV.1.1');
  await w.db.delete(scoreSettlement).where(and(eq(scoreSettlement.roundId, slot.roundId), eq(scoreSettlement.enterpriseId, slot.enterpriseId), eq(scoreSettlement.indicatorId, slot.indicatorId)));
  if (settled) await w.db.insert(scoreSettlement).values({ ...slot, value: 6, reason: '复核认定', settledBy: w.userIds.get('reviewer')!, settledAt: new Date().toISOString() });
  return { params: slot, body: { value: 6, reason: '复核认定', version: 0 } };
};

/** A rectification task of a round by enterprise, with `change` at its current version. */
const task = (which: 'published' | 'closed', company: 'huaxin' | 'jiaan', change?: Record<string, string>) => async (w: AccessWorld): Promise<Call> => {
  const id = w.tasks[which][company];
  const current = (await w.db.select({ version: rectification.version }).from(rectification).where(eq(rectification.id, id)).get())!;
  return { params: { id }, body: change && { ...change, version: current.version } };
};
const answer = { plan: '三个月内补签劳动合同' };
const followUp = { followUp: '已电话督促' };

export const scoringRows: RouteRow[] = [
  // An expert's own score: only inside the assignment, only while scoring or reviewing
  { method: 'PUT', route: '/rounds/:roundId/enterprises/:enterpriseId/indicators/:indicatorId/my-score', target: 'inside the assignment', allow: ['expert'], ok: 201, again: 409, audit: 'score.put', call: myScore(reviewing, 'jiaan', 'STAFF.1.2') },
  { method: 'PUT', route: '/rounds/:roundId/enterprises/:enterpriseId/indicators/:indicatorId/my-score', target: 'outside the assignment', allow: [], ok: 201, audit: 'score.put', call: myScore(reviewing, 'jiaan', 'ENV.1.1') },
  { method: 'PUT', route: '/rounds/:roundId/enterprises/:enterpriseId/indicators/:indicatorId/my-score', target: 'closed', allow: [], ok: 201, audit: 'score.put', call: myScore(closed, 'jiaan', 'STAFF.1.2') },

  // Scores: enterprises read their own once published, never before
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/scores', target: 'huaxin, unpublished', allow: staffOnly, ok: 200, call: ofEnterprise(reviewing, 'huaxin') },
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/scores', target: 'huaxin, published', allow: [...staffOnly, 'enterprise'], ok: 200, call: ofEnterprise(published, 'huaxin') },
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/scores', target: 'jiaan, published', allow: [...staffOnly, 'enterpriseOther'], ok: 200, call: ofEnterprise(published, 'jiaan') },

  // The side panel shows the same scores: unpublished to staff only (the body check finds no score or
  // expert name in what the enterprise's own panel holds), published to the enterprise without names
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/panel', target: 'huaxin, unpublished', allow: seeing.huaxin, ok: 200, call: ofEnterprise(reviewing, 'huaxin') },
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/panel', target: 'huaxin, published', allow: seeing.huaxin, ok: 200, call: ofEnterprise(published, 'huaxin') },

  // Settling a disagreement
  { method: 'PUT', route: '/rounds/:roundId/enterprises/:enterpriseId/indicators/:indicatorId/settlement', target: 'under review', allow: ['admin', 'reviewer'], ok: 201, audit: 'score.settle', call: disputed(reviewing, false) },
  { method: 'PUT', route: '/rounds/:roundId/enterprises/:enterpriseId/indicators/:indicatorId/settlement', target: 'closed', allow: [], ok: 201, audit: 'score.settle', call: disputed(closed, false) },
  { method: 'DELETE', route: '/rounds/:roundId/enterprises/:enterpriseId/indicators/:indicatorId/settlement', target: 'under review', allow: ['admin', 'reviewer'], ok: 204, audit: 'score.unsettle', call: disputed(reviewing, true) },
  { method: 'DELETE', route: '/rounds/:roundId/enterprises/:enterpriseId/indicators/:indicatorId/settlement', target: 'closed', allow: [], ok: 204, audit: 'score.unsettle', call: disputed(closed, false) },

  // Results: the ranking is scoped to what each reader sees; enterprises see theirs once published
  // Before publication neither enterprises nor (blind scoring) experts read the computed results
  { method: 'GET', route: '/rounds/:roundId/results', target: 'unpublished', allow: roundMembers.filter((a) => !a.startsWith('enterprise') && a !== 'expert'), ok: 200, call: inRound(reviewing) },
  { method: 'GET', route: '/rounds/:roundId/results', target: 'published', allow: roundMembers, ok: 200, call: inRound(published) },
  { method: 'GET', route: '/rounds/:roundId/results', target: 'published, asking for 安亭镇', allow: roundMembers, ok: 200, call: (w) => ({ ...inRound(published)(w), query: { by: 'street', streetId: String(w.streetId(streets.anting)) } }) },
  { method: 'GET', route: '/rounds/:roundId/results/enterprises/:enterpriseId', target: 'huaxin, unpublished', allow: seeing.huaxin.filter((a) => a !== 'enterprise' && a !== 'expert'), ok: 200, call: ofEnterprise(reviewing, 'huaxin') },
  { method: 'GET', route: '/rounds/:roundId/results/enterprises/:enterpriseId', target: 'huaxin, published', allow: seeing.huaxin, ok: 200, call: ofEnterprise(published, 'huaxin') },
  { method: 'GET', route: '/rounds/:roundId/results/enterprises/:enterpriseId', target: 'jiaan, published', allow: seeing.jiaan, ok: 200, call: ofEnterprise(published, 'jiaan') },
  // A full rebuild of the round's derived state, asked for by an administrator before publication; its state for whoever reads the ranking
  { method: 'POST', route: '/rounds/:roundId/results/rebuild', target: 'under review', allow: ['admin'], ok: 202, audit: 'results.rebuild', call: inRound(reviewing) },
  { method: 'POST', route: '/rounds/:roundId/results/rebuild', target: 'published', allow: [], ok: 202, audit: 'results.rebuild', call: inRound(published) },
  { method: 'POST', route: '/rounds/:roundId/results/rebuild', target: 'closed', allow: [], ok: 202, audit: 'results.rebuild', call: inRound(closed) },
  { method: 'GET', route: '/rounds/:roundId/results/state', target: 'unpublished', allow: roundMembers.filter((a) => !a.startsWith('enterprise') && a !== 'expert'), ok: 200, call: inRound(reviewing) },
  { method: 'GET', route: '/rounds/:roundId/results/state', target: 'published', allow: roundMembers, ok: 200, call: inRound(published) },

  // Rectification: the enterprise answers its own tasks, its street's coordinator follows them up
  { method: 'GET', route: '/rounds/:roundId/rectifications', target: 'all', allow: roundMembers.filter((a) => a !== 'expert'), ok: 200, call: inRound(published) },
  {
    method: 'GET',
    route: '/rounds/:roundId/rectifications',
    target: "asking for jiaan's",
    allow: roundMembers.filter((a) => a !== 'expert'),
    ok: 200,
    call: (w) => ({ ...inRound(published)(w), query: { enterpriseId: String(enterpriseOf(w, 'jiaan')) } }),
  },
  { method: 'GET', route: '/rectifications/:id', target: "huaxin's task", allow: seeing.huaxin.filter((a) => a !== 'expert'), ok: 200, call: task('published', 'huaxin') },
  { method: 'GET', route: '/rectifications/:id', target: "jiaan's task", allow: seeing.jiaan.filter((a) => a !== 'expert'), ok: 200, call: task('published', 'jiaan') },
  { method: 'PATCH', route: '/rectifications/:id', target: "answering huaxin's task", allow: ['enterprise'], ok: 200, audit: 'rectification.enterprise', call: task('published', 'huaxin', answer) },
  { method: 'PATCH', route: '/rectifications/:id', target: "answering jiaan's task", allow: ['enterpriseOther'], ok: 200, audit: 'rectification.enterprise', call: task('published', 'jiaan', answer) },
  { method: 'PATCH', route: '/rectifications/:id', target: "following up huaxin's task", allow: ['admin', 'coordinator'], ok: 200, audit: 'rectification.follow_up', call: task('published', 'huaxin', followUp) },
  { method: 'PATCH', route: '/rectifications/:id', target: 'answering in a closed round', allow: [], ok: 200, audit: 'rectification.enterprise', call: task('closed', 'huaxin', answer) },
  { method: 'PATCH', route: '/rectifications/:id', target: 'following up in a closed round', allow: [], ok: 200, audit: 'rectification.follow_up', call: task('closed', 'huaxin', followUp) },
];
