// Access rows for continuity between rounds: reporting schedules, regular reports with reminders and adoption
// as evidence (in the collecting round), good-practice cases (of the published round) and evidence freshness.
// Every mutation acts on a schedule, report or case made for the call, for huaxin (南翔镇) or jiaan (安亭镇).
import { sql } from 'drizzle-orm';
import { enterpriseReport, practiceCase, reportSchedule } from '../../../../worker/db/schema';
import { enterpriseOf, roundMembers, seeing, type Call, type RouteRow } from '../row';
import type { Company } from '../rounds';
import { freshEvidence } from '../targets';
import type { AccessWorld } from '../world';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
let periods = 0;
/** A period no schedule of the round has yet. */
const newPeriod = () => `${2100 + Math.floor(periods / 12)}-M${String((periods++ % 12) + 1).padStart(2, '0')}`;

/** A schedule made for this call, open since two months and due five days ago. */
async function freshSchedule(w: AccessWorld, roundId = w.roundId) {
  const [made] = await w.db
    .insert(reportSchedule)
    .values({ roundId, period: newPeriod(), opensOn: day(-60), dueOn: day(-5), createdBy: w.userIds.get('admin')! })
    .returning({ id: reportSchedule.id });
  return made!.id;
}

/** A report of `company` on a fresh schedule, with one item that names the enterprise. */
async function freshReport(w: AccessWorld, company: Company, status: 'draft' | 'submitted') {
  const scheduleId = await freshSchedule(w);
  const submitted = status === 'submitted' ? { submittedAt: new Date().toISOString(), submittedBy: w.userIds.get(company)! } : {};
  const [made] = await w.db
    .insert(enterpriseReport)
    .values({
      scheduleId,
      enterpriseId: enterpriseOf(w, company),
      items: [{ item: 1, dimensionCode: 'STAFF', done: `${company} 开展职工培训`, figures: [], links: [`https://${company}.example.cn/news`] }],
      status,
      updatedAt: new Date().toISOString(),
      ...submitted,
    })
    .returning({ id: enterpriseReport.id });
  return { scheduleId, reportId: made!.id };
}

/** A case of `company` in the published round, made for this call, with its consent and publication as asked. */
export async function freshCase(w: AccessWorld, company: Company, state: { consent?: boolean; published?: boolean } = {}) {
  const evidenceId = await freshEvidence(w, company, { roundId: w.publishedRoundId, status: 'accepted', indicatorId: w.indicatorIds['STAFF.1.1'] });
  const by = w.userIds.get('admin')!;
  const at = new Date().toISOString();
  const [made] = await w.db
    .insert(practiceCase)
    .values({
      roundId: w.publishedRoundId,
      enterpriseId: enterpriseOf(w, company),
      titleZh: `${company} 职工书屋`,
      summaryZh: '做法',
      indicatorIds: [w.indicatorIds['STAFF.1.1']!],
      indicatorCodes: ['STAFF.1.1'],
      dimensionCodes: ['STAFF'],
      evidenceIds: [evidenceId],
      createdBy: by,
      ...(state.consent && { consentMethod: 'offline' as const, consentBy: by, consentAt: at, consentNote: '书面同意' }),
      ...(state.published && { publishedAt: at, publishedBy: by }),
    })
    .returning({ id: practiceCase.id });
  return made!.id;
}

const standing = async (w: AccessWorld): Promise<Call> => {
  const id = (await w.db.get<{ id: number | null }>(sql`SELECT max(id) AS id FROM report_schedule WHERE round_id = ${w.roundId}`)).id ?? (await freshSchedule(w));
  return { params: { id } };
};
const remind = (company: Company) => async (w: AccessWorld): Promise<Call> => ({ params: { id: await freshSchedule(w) }, body: { enterpriseId: enterpriseOf(w, company), note: '电话提醒' } });
const writeReport = (company: Company) => async (w: AccessWorld): Promise<Call> => ({
  params: { id: await freshSchedule(w), enterpriseId: enterpriseOf(w, company) },
  body: { items: [{ dimensionCode: 'STAFF', done: '开展职工培训' }], version: 0 },
});
const submitReport = (company: Company) => async (w: AccessWorld): Promise<Call> => {
  const { scheduleId } = await freshReport(w, company, 'draft');
  return { params: { id: scheduleId, enterpriseId: enterpriseOf(w, company) }, body: { version: 1 } };
};
const adopt = (company: Company, roundId: (w: AccessWorld) => number) => async (w: AccessWorld): Promise<Call> => {
  const { reportId } = await freshReport(w, company, 'submitted');
  return { params: { id: reportId, item: 1 }, body: { roundId: roundId(w), indicatorId: w.indicatorIds['STAFF.1.1'] } };
};
const ofEnterprise = (company: Company) => (w: AccessWorld) => ({ params: { roundId: w.roundId, enterpriseId: enterpriseOf(w, company) } });
const onCase = (company: Company, state: { consent?: boolean; published?: boolean }, body?: unknown) => async (w: AccessWorld): Promise<Call> => ({
  params: { id: await freshCase(w, company, state) },
  body,
});
const newCase = (roundId: (w: AccessWorld) => number) => async (w: AccessWorld): Promise<Call> => ({
  params: { roundId: roundId(w) },
  body: {
    enterpriseId: enterpriseOf(w, 'huaxin'),
    title: { zh: '华鑫职工书屋' },
    summary: { zh: '做法' },
    indicatorIds: [w.indicatorIds['STAFF.1.1']],
    evidenceIds: [await freshEvidence(w, 'huaxin', { roundId: roundId(w), status: 'accepted', indicatorId: w.indicatorIds['STAFF.1.1'] })],
  },
});
/** Who makes and publishes cases of huaxin: the admin and its street's coordinator. */
const huaxinMakers = ['admin', 'coordinator'] as const;

export const continuityRows: RouteRow[] = [
  // Reporting schedules and who stands where
  { method: 'GET', route: '/rounds/:roundId/report-schedules', allow: roundMembers, ok: 200, call: (w) => ({ params: { roundId: w.roundId } }) },
  {
    method: 'POST',
    route: '/rounds/:roundId/report-schedules',
    target: 'collecting',
    allow: ['admin'],
    ok: 201,
    audit: 'schedule.create',
    call: (w) => ({ params: { roundId: w.roundId }, body: { period: newPeriod(), opensOn: day(0), dueOn: day(30) } }),
  },
  {
    method: 'POST',
    route: '/rounds/:roundId/report-schedules',
    target: 'closed',
    allow: [],
    ok: 201,
    audit: 'schedule.create',
    call: (w) => ({ params: { roundId: w.closedRoundId }, body: { period: newPeriod(), opensOn: day(0), dueOn: day(30) } }),
  },
  { method: 'GET', route: '/report-schedules/:id/standing', allow: ['admin', 'coordinator', 'coordinatorOther'], ok: 200, call: standing },
  { method: 'POST', route: '/report-schedules/:id/reminders', target: 'huaxin', allow: ['admin', 'coordinator'], ok: 201, audit: 'report.remind', call: remind('huaxin') },
  { method: 'POST', route: '/report-schedules/:id/reminders', target: 'jiaan', allow: ['admin', 'coordinatorOther'], ok: 201, audit: 'report.remind', call: remind('jiaan') },

  // Regular reports: written and submitted by the enterprise's staff, read by whoever sees it, adopted as evidence
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/reports', target: 'huaxin', allow: seeing.huaxin, ok: 200, call: ofEnterprise('huaxin') },
  { method: 'GET', route: '/rounds/:roundId/enterprises/:enterpriseId/reports', target: 'jiaan', allow: seeing.jiaan, ok: 200, call: ofEnterprise('jiaan') },
  { method: 'PUT', route: '/report-schedules/:id/reports/:enterpriseId', target: 'huaxin', allow: ['enterprise'], ok: 201, audit: 'report.save', call: writeReport('huaxin') },
  { method: 'PUT', route: '/report-schedules/:id/reports/:enterpriseId', target: 'jiaan', allow: ['enterpriseOther'], ok: 201, audit: 'report.save', call: writeReport('jiaan') },
  { method: 'POST', route: '/report-schedules/:id/reports/:enterpriseId/submit', target: 'huaxin', allow: ['enterprise'], ok: 200, audit: 'report.submit', call: submitReport('huaxin') },
  { method: 'POST', route: '/report-schedules/:id/reports/:enterpriseId/submit', target: 'jiaan', allow: ['enterpriseOther'], ok: 200, audit: 'report.submit', call: submitReport('jiaan') },
  { method: 'POST', route: '/reports/:id/items/:item/adopt', target: 'huaxin, collecting', allow: ['expert', 'reviewer', 'enterprise'], ok: 201, audit: 'report.adopt', call: adopt('huaxin', (w) => w.roundId) },
  { method: 'POST', route: '/reports/:id/items/:item/adopt', target: 'jiaan, collecting', allow: ['expert', 'reviewer', 'enterpriseOther'], ok: 201, audit: 'report.adopt', call: adopt('jiaan', (w) => w.roundId) },
  { method: 'POST', route: '/reports/:id/items/:item/adopt', target: 'huaxin, into a closed round', allow: [], ok: 201, audit: 'report.adopt', call: adopt('huaxin', (w) => w.closedRoundId) },

  // Good-practice cases of the published round
  {
    method: 'GET',
    route: '/rounds/:roundId/cases',
    allow: ['admin', 'coordinator', 'coordinatorOther', 'enterprise', 'enterpriseOther'],
    ok: 200,
    call: async (w) => {
      for (const company of ['huaxin', 'jiaan'] as const) await freshCase(w, company, { consent: true, published: true });
      return { params: { roundId: w.publishedRoundId } };
    },
  },
  { method: 'POST', route: '/rounds/:roundId/cases', target: 'published', allow: huaxinMakers, ok: 201, audit: 'case.create', call: newCase((w) => w.publishedRoundId) },
  { method: 'POST', route: '/rounds/:roundId/cases', target: 'under review', allow: [], ok: 201, audit: 'case.create', call: newCase((w) => w.reviewingRoundId) },
  { method: 'DELETE', route: '/cases/:id', allow: huaxinMakers, ok: 204, audit: 'case.delete', call: onCase('huaxin', {}) },
  { method: 'POST', route: '/cases/:id/consent', target: 'in the console', allow: ['enterprise'], ok: 200, audit: 'case.consent', call: onCase('huaxin', {}, { method: 'enterprise' }) },
  { method: 'POST', route: '/cases/:id/consent', target: 'recorded offline', allow: huaxinMakers, ok: 200, audit: 'case.consent', call: onCase('huaxin', {}, { method: 'offline', note: '书面同意' }) },
  { method: 'DELETE', route: '/cases/:id/consent', allow: [...huaxinMakers, 'enterprise'], ok: 200, audit: 'case.withdrawConsent', call: onCase('huaxin', { consent: true, published: true }) },
  { method: 'POST', route: '/cases/:id/publication', allow: huaxinMakers, ok: 200, audit: 'case.publish', call: onCase('huaxin', { consent: true }, { published: true, version: 1 }) },

  // Evidence freshness
  { method: 'GET', route: '/rounds/:roundId/freshness', allow: ['admin', 'reviewer', 'coordinator', 'coordinatorOther'], ok: 200, call: (w) => ({ params: { roundId: w.roundId } }) },
  { method: 'POST', route: '/freshness/runs', allow: ['admin'], ok: 201, audit: 'freshness.run', call: () => ({ body: { maxItems: 5 } }) },
];
