// Access rows for the evidence finder: report states (whoever sees the enterprise), the round's counts and the
// suggestions (evaluators), an expert's indicators with suggestions and no evidence (experts), confirming and
// dismissing a suggestion (experts inside their assignment, while the round collects), and reading reports again
// (administrators). Each decision gets a report of its own.
import { encodeIndex, passageKey } from '../../../../shared/finder/stored-index';
import { bigramTokens } from '../../../../shared/finder/tokenize';
import { finderIndexPart, finderReport } from '../../../../worker/db/schema';
import { enterpriseOf, seeing, type RouteRow } from '../row';
import type { Company } from '../rounds';
import type { AccessWorld } from '../world';

let reports = 0;
/** An indexed report of the enterprise in the round with one suggestion in it; returns what names that suggestion. */
async function freshSuggestion(w: AccessWorld, company: Company, roundId = w.roundId) {
  const n = ++reports;
  const text = `公司全年劳动合同签订率达到100%,第${n}批新员工入职当月签订书面劳动合同。`;
  const page = { page: 1, text };
  const stored = encodeIndex([page], [{ page: 1, start: 0, end: text.length, text }], bigramTokens, 'bigram');
  const url = `https://${company}.example.cn/reports/${n}.html`;
  const at = new Date().toISOString();
  const [report] = await w.db
    .insert(finderReport)
    .values({ roundId, enterpriseId: enterpriseOf(w, company), url, normalizedUrl: url, status: 'indexed', format: 'html', title: '报告', queuedAt: at, updatedAt: at })
    .returning({ id: finderReport.id });
  await w.db.insert(finderIndexPart).values({ reportId: report!.id, part: 0, body: JSON.stringify(stored) });
  return { reportId: report!.id, passageKey: passageKey(text) };
}

const enterpriseParams = (w: AccessWorld, company: Company, roundId = w.roundId) => ({ roundId, enterpriseId: enterpriseOf(w, company) });
const evaluators = ['admin', 'expert', 'reviewer'] as const;

const decision = (kind: 'confirmations' | 'dismissals', company: Company, code: string, round: (w: AccessWorld) => number = (w) => w.roundId) => async (w: AccessWorld) => {
  const roundId = round(w);
  const suggestion = await freshSuggestion(w, company, roundId);
  const extra = kind === 'confirmations' ? { stance: 'supports', idempotencyKey: crypto.randomUUID().replaceAll('-', '') } : {};
  return { params: enterpriseParams(w, company, roundId), body: { indicatorId: w.indicatorIds[code], ...suggestion, ...extra } };
};

const confirmations = '/rounds/:roundId/enterprises/:enterpriseId/finder/confirmations';
const dismissals = '/rounds/:roundId/enterprises/:enterpriseId/finder/dismissals';
const reindex = '/rounds/:roundId/finder/reindex';

export const finderRows: RouteRow[] = [
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/finder/reports', target: 'huaxin', allow: seeing.huaxin, ok: 200, call: (w) => ({ params: enterpriseParams(w, 'huaxin') }) },
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/finder/reports', target: 'jiaan', allow: seeing.jiaan, ok: 200, call: (w) => ({ params: enterpriseParams(w, 'jiaan') }) },
  { method: 'GET', route: '/rounds/:roundId/finder/summary', allow: evaluators, ok: 200, call: (w) => ({ params: { roundId: w.roundId } }) },
  { method: 'GET', route: '/rounds/:roundId/finder/unevidenced', allow: ['expert'], ok: 200, call: (w) => ({ params: { roundId: w.roundId } }) },
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/finder/suggestions', target: 'huaxin', allow: evaluators, ok: 200, call: (w) => ({ params: enterpriseParams(w, 'huaxin') }) },
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/finder/suggestions', target: 'jiaan', allow: evaluators, ok: 200, call: (w) => ({ params: enterpriseParams(w, 'jiaan') }) },

  { method: 'POST', route: confirmations, target: 'huaxin, inside the assignment', allow: ['expert'], ok: 201, audit: 'finder.confirm', call: decision('confirmations', 'huaxin', 'STAFF.1.1') },
  { method: 'POST', route: confirmations, target: 'jiaan, inside the assignment', allow: ['expert'], ok: 201, audit: 'finder.confirm', call: decision('confirmations', 'jiaan', 'STAFF.1.1') },
  {
    method: 'POST',
    route: confirmations,
    target: 'jiaan under review, outside the assignment',
    allow: [],
    ok: 201,
    audit: 'finder.confirm',
    call: decision('confirmations', 'jiaan', 'ENV.1.1', (w) => w.reviewingRoundId),
  },
  { method: 'POST', route: confirmations, target: 'a closed round', allow: [], ok: 201, audit: 'finder.confirm', call: decision('confirmations', 'huaxin', 'STAFF.1.1', (w) => w.closedRoundId) },
  { method: 'POST', route: dismissals, target: 'huaxin, inside the assignment', allow: ['expert'], ok: 201, audit: 'finder.dismiss', call: decision('dismissals', 'huaxin', 'STAFF.1.1') },
  { method: 'POST', route: dismissals, target: 'a closed round', allow: [], ok: 201, audit: 'finder.dismiss', call: decision('dismissals', 'huaxin', 'STAFF.1.1', (w) => w.closedRoundId) },

  {
    method: 'POST',
    route: reindex,
    target: 'one report',
    allow: ['admin'],
    ok: 202,
    audit: 'finder.reindex',
    call: async (w) => ({ params: { roundId: w.roundId }, body: { reportId: (await freshSuggestion(w, 'huaxin')).reportId } }),
  },
  {
    method: 'POST',
    route: reindex,
    target: 'a closed round',
    allow: [],
    ok: 202,
    audit: 'finder.reindex',
    call: async (w) => ({ params: { roundId: w.closedRoundId }, body: { reportId: (await freshSuggestion(w, 'huaxin', w.closedRoundId)).reportId } }),
  },
];
