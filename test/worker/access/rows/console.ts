// Access rows for what the console reads and does beyond the core: the streets registry, progress, result statistics,
// commendations and exports, before publication (the round under review) and after it (the published round).
import { asc, isNull } from 'drizzle-orm';
import { commendation, street } from '../../../../worker/db/schema';
import { enterpriseOf, roundMembers, type RouteRow } from '../row';
import type { AccessWorld } from '../world';

const staffOnly = ['admin', 'expert', 'reviewer'] as const;
/** Who reads the results of a round that is not published yet: everyone but its enterprises and (blind scoring) its experts. */
const resultReaders = roundMembers.filter((a) => !a.startsWith('enterprise') && a !== 'expert');
/** Who follows a round's progress: everyone evaluating it. */
const progressReaders = roundMembers.filter((a) => !a.startsWith('enterprise'));
const reviewing = (w: AccessWorld) => w.reviewingRoundId;
const published = (w: AccessWorld) => w.publishedRoundId;
const inRound = (roundId: (w: AccessWorld) => number) => (w: AccessWorld) => ({ params: { roundId: roundId(w) } });
const exportOf = (roundId: (w: AccessWorld) => number, dataset: string, query: Record<string, string> = {}) => (w: AccessWorld) => ({
  params: { roundId: roundId(w), dataset },
  query,
});

/** A commendation made for this one call, so deleting it never meets another actor's leftovers. */
const freshCommendation = (roundId: (w: AccessWorld) => number) => async (w: AccessWorld) => {
  const [made] = await w.db
    .insert(commendation)
    .values({ roundId: roundId(w), enterpriseId: enterpriseOf(w, 'huaxin'), titleZh: `表彰-${crypto.randomUUID()}`, titleEn: 'Commended', createdBy: w.userIds.get('admin')! })
    .returning({ id: commendation.id });
  return { params: { roundId: roundId(w), id: made!.id } };
};
const commend = (roundId: (w: AccessWorld) => number) => (w: AccessWorld) => ({
  params: { roundId: roundId(w) },
  body: { enterpriseId: enterpriseOf(w, 'huaxin'), title: { zh: '优秀单位', en: 'Outstanding unit' } },
});

let streetsMade = 0;
/** A street of its own for one call (retired when asked), so no actor's change meets another's. */
const freshStreet = (retired = false) => async (w: AccessWorld) => {
  const [made] = await w.db
    .insert(street)
    .values({ name: `矩阵街镇${++streetsMade}`, position: 1000 + streetsMade, retiredAt: retired ? '2026-01-01T00:00:00.000Z' : null })
    .returning({ id: street.id });
  return { params: { id: made!.id }, body: { version: 1 } };
};

export const consoleRows: RouteRow[] = [
  // The district's streets and towns: everyone reads them, administrators change them
  { method: 'GET', route: '/streets', allow: 'signed-in', ok: 200 },
  { method: 'POST', route: '/streets', allow: ['admin'], ok: 201, audit: 'street.create', call: () => ({ body: { name: `矩阵新镇${++streetsMade}`, aliases: [`矩阵别名${streetsMade}`] } }) },
  {
    method: 'PATCH',
    route: '/streets/:id',
    allow: ['admin'],
    ok: 200,
    audit: 'street.update',
    call: async (w) => {
      const made = await freshStreet()(w);
      return { ...made, body: { version: 1, nameEn: 'Matrix Town', aliases: [`矩阵改名${made.params.id}`] } };
    },
  },
  {
    method: 'PUT',
    route: '/streets/order',
    allow: ['admin'],
    ok: 200,
    audit: 'street.reorder',
    call: async (w) => ({ body: { ids: (await w.db.select({ id: street.id }).from(street).where(isNull(street.retiredAt)).orderBy(asc(street.id))).map((s) => s.id) } }),
  },
  { method: 'POST', route: '/streets/:id/retire', allow: ['admin'], ok: 200, audit: 'street.retire', call: freshStreet() },
  { method: 'POST', route: '/streets/:id/restore', allow: ['admin'], ok: 200, audit: 'street.restore', call: freshStreet(true) },

  { method: 'GET', route: '/rounds/:roundId/progress', allow: progressReaders, ok: 200, call: (w) => ({ params: { roundId: w.roundId } }) },
  // The coordinator's drill-down: enterprises by how far behind they are (their street's only, policy/scope.ts)
  { method: 'GET', route: '/rounds/:roundId/progress/enterprises', allow: progressReaders, ok: 200, call: (w) => ({ params: { roundId: w.roundId }, query: { sort: 'behind' } }) },
  { method: 'GET', route: '/rounds/:roundId/results/statistics', target: 'unpublished', allow: resultReaders, ok: 200, call: inRound(reviewing) },
  { method: 'GET', route: '/rounds/:roundId/results/statistics', target: 'published', allow: roundMembers, ok: 200, call: inRound(published) },

  // Commendations: chosen by the admin from the results of a round under review or published
  { method: 'GET', route: '/rounds/:roundId/commendations', target: 'unpublished', allow: resultReaders, ok: 200, call: inRound(reviewing) },
  { method: 'GET', route: '/rounds/:roundId/commendations', target: 'published', allow: roundMembers, ok: 200, call: inRound(published) },
  { method: 'POST', route: '/rounds/:roundId/commendations', target: 'collecting', allow: [], ok: 201, audit: 'commendation.create', call: commend((w) => w.roundId) },
  { method: 'POST', route: '/rounds/:roundId/commendations', target: 'under review', allow: ['admin'], ok: 201, again: 409, audit: 'commendation.create', call: commend(reviewing) },
  { method: 'DELETE', route: '/rounds/:roundId/commendations/:id', target: 'under review', allow: ['admin'], ok: 204, audit: 'commendation.delete', call: freshCommendation(reviewing) },
  { method: 'DELETE', route: '/rounds/:roundId/commendations/:id', target: 'collecting', allow: [], ok: 204, audit: 'commendation.delete', call: freshCommendation((w) => w.roundId) },

  // Exports, narrowed to what each reader sees (the CSV bodies go through the body check)
  { method: 'GET', route: '/rounds/:roundId/exports/:dataset', target: 'results, unpublished', allow: resultReaders, ok: 200, call: exportOf(reviewing, 'results') },
  { method: 'GET', route: '/rounds/:roundId/exports/:dataset', target: 'results, published', allow: roundMembers, ok: 200, call: exportOf(published, 'results') },
  { method: 'GET', route: '/rounds/:roundId/exports/:dataset', target: 'scores, unpublished', allow: [...staffOnly], ok: 200, call: exportOf(reviewing, 'scores') },
  { method: 'GET', route: '/rounds/:roundId/exports/:dataset', target: 'scores, published', allow: [...staffOnly, 'enterprise', 'enterpriseOther'], ok: 200, call: exportOf(published, 'scores') },
  { method: 'GET', route: '/rounds/:roundId/exports/:dataset', target: 'evidence', allow: roundMembers, ok: 200, call: exportOf((w) => w.roundId, 'evidence') },
  {
    method: 'GET',
    route: '/rounds/:roundId/exports/:dataset',
    target: 'evidence of jiaan, asked for by name',
    allow: ['admin', 'expert', 'reviewer', 'coordinatorOther', 'enterpriseOther'],
    ok: 200,
    call: (w) => exportOf((x) => x.roundId, 'evidence', { enterpriseId: String(enterpriseOf(w, 'jiaan')) })(w),
  },
];
