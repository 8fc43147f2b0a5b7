// Access rows for finding enrolled enterprises and for evidence: saving, listing, editing, withdrawing,
// re-anchoring reports and screenshots. Evidence of huaxin (南翔镇) and of jiaan (安亭镇) are separate targets.
import { creditCodes } from '../../../support/test-world';
import { enterpriseOf, roundMembers, seeing, type Call, type RouteRow } from '../row';
import type { Company } from '../rounds';
import { freshEvidence, pngBytes } from '../targets';
import type { AccessWorld, Actor } from '../world';

/** Who records what an evaluator's evidence's source says now. */
const evaluators: Actor[] = ['admin', 'expert', 'reviewer'];

/** A clip as the extension saves it, with a key of its own. */
const clip = (w: AccessWorld, company: Company, roundId = w.roundId): Call => ({
  body: {
    roundId,
    enterpriseId: enterpriseOf(w, company),
    indicatorId: w.indicatorIds['STAFF.1.1'],
    url: 'https://www.example.cn/csr.html',
    title: '社会责任报告',
    quote: '员工劳动合同签订率100%',
    capturedAt: new Date().toISOString(),
    idempotencyKey: crypto.randomUUID(),
  },
});

/** A fresh piece of evidence to act on, with `body`. */
const onEvidence = async (id: Promise<number> | number, body?: unknown): Promise<Call> => ({ params: { id: await id }, body });
const note = { note: '补充说明', version: 1 };
const png = (): Pick<Call, 'upload'> => ({ upload: { type: 'image/png', bytes: pngBytes() } });

export const evidenceRows: RouteRow[] = [
  // Enrolled enterprises: detection by host and search, scoped to what the actor may see
  { method: 'GET', route: '/rounds/:roundId/enterprises', target: 'search', allow: roundMembers, ok: 200, call: (w) => ({ params: { roundId: w.roundId }, query: { q: '上海' } }) },
  {
    method: 'GET',
    route: '/rounds/:roundId/enterprises',
    target: 'detection by host',
    allow: roundMembers,
    ok: 200,
    call: (w) => ({ params: { roundId: w.roundId }, query: { host: 'www.huaxin-auto.cn' } }),
  },
  {
    method: 'GET',
    route: '/rounds/:roundId/enterprises',
    target: "search by jiaan's credit code",
    allow: roundMembers,
    ok: 200,
    call: (w) => ({ params: { roundId: w.roundId }, query: { q: creditCodes.jiaan } }),
  },
  {
    method: 'GET',
    route: '/rounds/:roundId/enterprises',
    target: "detection by jiaan's host",
    allow: roundMembers,
    ok: 200,
    call: (w) => ({ params: { roundId: w.roundId }, query: { host: 'csr.jiaan-logistics.cn' } }),
  },
  {
    method: 'GET',
    route: '/rounds/:roundId/enterprises',
    target: 'published round',
    allow: roundMembers,
    ok: 200,
    call: (w) => ({ params: { roundId: w.publishedRoundId } }),
  },

  // Detection by what a page and a quote name (credit codes, registered names), scoped like the search
  {
    method: 'POST',
    route: '/rounds/:roundId/enterprises/detect',
    target: "jiaan's credit code in a quote",
    read: true,
    allow: roundMembers,
    ok: 200,
    call: (w) => ({ params: { roundId: w.roundId }, body: { quote: { creditCodes: [creditCodes.jiaan] } } }),
  },
  {
    method: 'POST',
    route: '/rounds/:roundId/enterprises/detect',
    target: "huaxin's name on a page and its host",
    read: true,
    allow: roundMembers,
    ok: 200,
    call: (w) => ({ params: { roundId: w.roundId }, body: { host: 'www.huaxin-auto.cn', page: { names: ['上海华鑫汽车零部件有限公司'] } } }),
  },

  // Every enrolled enterprise's domains, for the extension to keep: scoped like the search
  { method: 'GET', route: '/rounds/:roundId/enterprises/domains', target: 'this round', allow: roundMembers, ok: 200, call: (w) => ({ params: { roundId: w.roundId } }) },
  { method: 'GET', route: '/rounds/:roundId/enterprises/domains', target: 'published round', allow: roundMembers, ok: 200, call: (w) => ({ params: { roundId: w.publishedRoundId } }) },

  // Listing and saving
  {
    method: 'GET',
    route: '/rounds/:roundId/enterprises/:enterpriseId/evidence',
    target: 'huaxin (南翔镇)',
    allow: seeing.huaxin,
    ok: 200,
    call: (w) => ({ params: { roundId: w.roundId, enterpriseId: enterpriseOf(w, 'huaxin') } }),
  },
  {
    method: 'GET',
    route: '/rounds/:roundId/enterprises/:enterpriseId/evidence',
    target: 'jiaan (安亭镇)',
    allow: seeing.jiaan,
    ok: 200,
    call: (w) => ({ params: { roundId: w.roundId, enterpriseId: enterpriseOf(w, 'jiaan') } }),
  },
  { method: 'POST', route: '/evidence', target: 'huaxin', allow: ['expert', 'reviewer', 'enterprise'], ok: 201, audit: 'evidence.create', call: (w) => clip(w, 'huaxin') },
  { method: 'POST', route: '/evidence', target: 'jiaan', allow: ['expert', 'reviewer', 'enterpriseOther'], ok: 201, audit: 'evidence.create', call: (w) => clip(w, 'jiaan') },
  { method: 'POST', route: '/evidence', target: 'a closed round', allow: [], ok: 201, audit: 'evidence.create', call: (w) => clip(w, 'huaxin', w.closedRoundId) },

  // Only the author changes or withdraws evidence, while the round collects
  { method: 'PATCH', route: '/evidence/:id', target: "the expert's clip", allow: ['expert'], ok: 200, audit: 'evidence.update', call: (w) => onEvidence(freshEvidence(w, 'huaxin'), note) },
  {
    method: 'PATCH',
    route: '/evidence/:id',
    target: "huaxin staff's statement",
    allow: ['enterprise'],
    ok: 200,
    audit: 'evidence.update',
    call: (w) => onEvidence(freshEvidence(w, 'huaxin', { capturedBy: 'huaxin' }), note),
  },
  {
    method: 'PATCH',
    route: '/evidence/:id',
    target: "the expert's clip in a closed round",
    allow: [],
    ok: 200,
    audit: 'evidence.update',
    call: (w) => onEvidence(freshEvidence(w, 'huaxin', { roundId: w.closedRoundId }), note),
  },
  { method: 'DELETE', route: '/evidence/:id', target: "the expert's clip", allow: ['expert'], ok: 204, audit: 'evidence.withdraw', call: (w) => onEvidence(freshEvidence(w, 'huaxin')) },
  { method: 'DELETE', route: '/evidence/:id', target: 'an accepted clip', allow: [], ok: 204, audit: 'evidence.withdraw', call: (w) => onEvidence(freshEvidence(w, 'huaxin', { status: 'accepted' })) },
  {
    method: 'DELETE',
    route: '/evidence/:id',
    target: "the expert's clip in a closed round",
    allow: [],
    ok: 204,
    audit: 'evidence.withdraw',
    call: (w) => onEvidence(freshEvidence(w, 'huaxin', { roundId: w.closedRoundId })),
  },

  // Whether a quote is still on its source: evaluators who see the evidence record it, while the round is open;
  // enterprise staff and coordinators only for what they captured themselves (they flag a source instead, below)
  { method: 'POST', route: '/evidence/:id/anchoring', target: 'huaxin', allow: evaluators, ok: 200, audit: 'evidence.reportAnchoring', call: (w) => onEvidence(w.markerEvidence.huaxin, { status: 'anchored' }) },
  { method: 'POST', route: '/evidence/:id/anchoring', target: 'jiaan', allow: evaluators, ok: 200, audit: 'evidence.reportAnchoring', call: (w) => onEvidence(w.markerEvidence.jiaan, { status: 'anchored' }) },
  {
    method: 'POST',
    route: '/evidence/:id/anchoring',
    target: "huaxin's own statement",
    allow: ['admin', 'expert', 'reviewer', 'enterprise'],
    ok: 200,
    audit: 'evidence.reportAnchoring',
    call: (w) => onEvidence(freshEvidence(w, 'huaxin', { capturedBy: 'huaxin' }), { status: 'anchored' }),
  },
  {
    method: 'POST',
    route: '/evidence/:id/anchoring',
    target: 'a closed round',
    allow: [],
    ok: 200,
    audit: 'evidence.reportAnchoring',
    call: (w) => onEvidence(freshEvidence(w, 'huaxin', { roundId: w.closedRoundId }), { status: 'orphan' }),
  },

  // "Source not reachable": the enterprise's staff and its street's coordinator flag an evaluator's evidence for the reviewers
  { method: 'POST', route: '/evidence/:id/source-flags', target: 'huaxin', allow: ['coordinator', 'enterprise'], ok: 201, audit: 'evidence.flagSource', call: (w) => onEvidence(freshEvidence(w, 'huaxin'), {}) },
  { method: 'POST', route: '/evidence/:id/source-flags', target: 'jiaan', allow: ['coordinatorOther', 'enterpriseOther'], ok: 201, audit: 'evidence.flagSource', call: (w) => onEvidence(freshEvidence(w, 'jiaan'), {}) },
  {
    method: 'POST',
    route: '/evidence/:id/source-flags',
    target: 'a closed round',
    allow: [],
    ok: 201,
    audit: 'evidence.flagSource',
    call: (w) => onEvidence(freshEvidence(w, 'huaxin', { roundId: w.closedRoundId }), { note: '无法打开' }),
  },
  { method: 'GET', route: '/rounds/:roundId/source-flags', allow: ['admin', 'reviewer'], ok: 200, call: (w) => ({ params: { roundId: w.roundId } }) },

  // Screenshots
  {
    method: 'PUT',
    route: '/evidence/:id/screenshot',
    target: "the expert's clip",
    allow: ['expert'],
    ok: 201,
    audit: 'evidence.attachScreenshot',
    call: async (w) => ({ ...(await onEvidence(freshEvidence(w, 'huaxin'))), ...png() }),
  },
  {
    method: 'PUT',
    route: '/evidence/:id/screenshot',
    target: 'a closed round',
    allow: [],
    ok: 201,
    audit: 'evidence.attachScreenshot',
    call: async (w) => ({ ...(await onEvidence(freshEvidence(w, 'huaxin', { roundId: w.closedRoundId }))), ...png() }),
  },
  { method: 'GET', route: '/evidence/:id/screenshot', target: 'huaxin', allow: seeing.huaxin, ok: 200, call: (w) => onEvidence(w.markerEvidence.huaxin) },
  { method: 'GET', route: '/evidence/:id/screenshot', target: 'jiaan', allow: seeing.jiaan, ok: 200, call: (w) => onEvidence(w.markerEvidence.jiaan) },

  // Review: reviewers (and admins) accept or reject what others captured
  {
    method: 'POST',
    route: '/evidence/:id/review',
    target: 'huaxin',
    allow: ['admin', 'reviewer'],
    ok: 200,
    audit: 'evidence.review',
    call: (w) => onEvidence(freshEvidence(w, 'huaxin'), { status: 'accepted', comment: '与来源一致', version: 1 }),
  },
  {
    method: 'POST',
    route: '/evidence/:id/review',
    target: 'a closed round',
    allow: [],
    ok: 200,
    audit: 'evidence.review',
    call: (w) => onEvidence(freshEvidence(w, 'huaxin', { roundId: w.closedRoundId }), { status: 'accepted', comment: '与来源一致', version: 1 }),
  },

  // The side panel: whoever sees the enterprise opens it
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/panel', target: 'huaxin', allow: seeing.huaxin, ok: 200, call: (w) => ({ params: { roundId: w.roundId, enterpriseId: enterpriseOf(w, 'huaxin') } }) },
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/panel', target: 'jiaan', allow: seeing.jiaan, ok: 200, call: (w) => ({ params: { roundId: w.roundId, enterpriseId: enterpriseOf(w, 'jiaan') } }) },
];
