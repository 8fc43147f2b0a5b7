// The rounds the matrix judges besides the seeded collecting one, each with the same people in the same
// roles and the same three enterprises: one under review (two experts scored, one disagreement), one
// published (results and rectification tasks of two enterprises in two streets), one closed after
// publication, and one that nobody of the matrix belongs to.
import { sql } from 'drizzle-orm';
import type { RoundStatus } from '../../../shared/schemas/round';
import { rectification, round } from '../../../worker/db/schema';
import { runBatch } from '../../../worker/db/batch';
import { assignmentStatements, type AssignmentSpec } from '../../../worker/seed/world';
import { creditCodes, testWorldSpec } from '../../support/test-world';
import { call, type World } from '../world';
import { settleInsertedRound } from '../support/derived';
import { indicatorIds, publishExample, putScore } from '../support/scenario';

export type Company = keyof typeof creditCodes;
export const companies = Object.keys(creditCodes) as Company[];
const companyOf = (code: string) => companies.find((c) => creditCodes[c] === code)!;

/** A round on the world's framework in `status`, with the seeded round's enterprises and members copied. */
async function addRound(world: World, name: string, year: number, status: RoundStatus, assignments: AssignmentSpec[] = testWorldSpec.assignments ?? []) {
  const [created] = await world.db
    .insert(round)
    .values({ nameZh: name, nameEn: name, year, status, frameworkId: world.frameworkId })
    .returning({ id: round.id });
  const id = created!.id;
  await runBatch(world.db, [
    sql`INSERT INTO round_enterprise (round_id, enterprise_id) SELECT ${id}, enterprise_id FROM round_enterprise WHERE round_id = ${world.roundId}`,
    sql`INSERT INTO round_member (round_id, user_id, role, street, street_id, bureau, enterprise_id)
        SELECT ${id}, user_id, role, street, street_id, bureau, enterprise_id FROM round_member WHERE round_id = ${world.roundId}`,
    ...assignmentStatements(world.db, assignments, id, world.frameworkId),
  ]);
  await settleInsertedRound(world.db, id);
  return { ...world, roundId: id };
}

/**
 * Texts that show whose scores a body carries: every rationale names its enterprise by the enterprise's
 * evidence marker, and the rationales of the round under review also carry `unpublished`; the one slot
 * expert2 scored and the expert did not carries `blind` (and the value BLIND_VALUE).
 */
export type ScoreMarkers = { company: Record<Company, string>; unpublished: string; blind: string };

/** Blind scoring: expert2's score of lvyuan's ENV.1.2 under review, which the expert has not scored. A value with
 *  four decimals, which no timestamp, id or derived score in a body can spell by chance. */
export const BLIND_VALUE = 3.1415;

/** Under review: the expert scores STAFF everywhere and ENV only for the two enterprises of 南翔镇, beside expert2. */
async function reviewingRound(world: World, ids: Record<string, number>, markers: ScoreMarkers) {
  const { huaxin, lvyuan } = creditCodes;
  const r = await addRound(world, '2026年度复核', 2026, 'reviewing', [
    { expert: 'expert', scope: ['STAFF'] },
    { expert: 'expert', scope: ['ENV'], enterprises: [huaxin, lvyuan] },
    { expert: 'expert2', scope: ['ENV.1'], enterprises: [huaxin, lvyuan] },
  ]);
  // Values no other score has, so a body carrying one of them is caught too.
  const scores: [login: 'expert' | 'expert2', company: Company, indicator: string, value: number][] = [
    ['expert', 'huaxin', 'STAFF.1.1', 8.11],
    ['expert', 'huaxin', 'STAFF.1.2', 8.12],
    ['expert', 'huaxin', 'ENV.1.1', 8.13],
    ['expert2', 'huaxin', 'ENV.1.1', 8.14],
    ['expert', 'jiaan', 'STAFF.1.1', 7.15],
    // lvyuan's ENV.1.1 is disputed (2 against 9), for a reviewer to settle.
    ['expert', 'lvyuan', 'ENV.1.1', 2.16],
    ['expert2', 'lvyuan', 'ENV.1.1', 9.17],
    // Blind scoring: the expert may score lvyuan's ENV.1.2 but has not, so must not see expert2's score of it.
    ['expert2', 'lvyuan', 'ENV.1.2', BLIND_VALUE],
  ];
  for (const [login, company, code, value] of scores) {
    const rationale = `${markers.unpublished} ${markers.company[company]}${value === BLIND_VALUE ? ` ${markers.blind}` : ''}`;
    const res = await putScore(r, { token: r.tokens[login], enterpriseId: r.enterpriseId(creditCodes[company]), indicatorId: ids[code]!, value, rationale });
    if (res.status !== 201) throw new Error(`scoring ${code} of ${company} in review: ${JSON.stringify(res.data)}`);
  }
  return { roundId: r.roundId, values: scores.map(([, , , value]) => value) };
}

/** Published through the API: expert2 and the expert scored, every enterprise signed off, tasks created. */
async function publishedRound(world: World, ids: Record<string, number>, markers: ScoreMarkers, name: string, year: number) {
  const r = await addRound(world, name, year, 'scoring');
  const because = (slot: { creditCode: string }) => `评分依据 ${markers.company[companyOf(slot.creditCode)]}`;
  for (const company of ['huaxin', 'lvyuan'] as const) {
    const res = await putScore(r, { token: r.tokens.expert2, enterpriseId: r.enterpriseId(creditCodes[company]), indicatorId: ids['ENV.1.1']!, value: 8, rationale: because({ creditCode: creditCodes[company] }) });
    if (res.status !== 201) throw new Error(`expert2 scoring ${company}: ${JSON.stringify(res.data)}`);
  }
  await publishExample(r, ids, because);
  return r;
}

/** Rectification task ids of a round by enterprise (one each here: huaxin's vetoed STAFF.1.1, jiaan's weak ENV.1.1). */
async function tasksOf(world: World, roundId: number) {
  const rows = await world.db.select({ id: rectification.id, enterpriseId: rectification.enterpriseId }).from(rectification).where(sql`${rectification.roundId} = ${roundId}`);
  const of = (company: Company) => rows.find((t) => t.enterpriseId === world.enterpriseId(creditCodes[company]))?.id;
  const tasks = { huaxin: of('huaxin'), jiaan: of('jiaan') };
  if (!tasks.huaxin || !tasks.jiaan) throw new Error(`expected tasks of huaxin and jiaan in round ${roundId}, found ${JSON.stringify(rows)}`);
  return tasks as Record<'huaxin' | 'jiaan', number>;
}

export async function createMatrixRounds(world: World, markers: ScoreMarkers) {
  const ids = await indicatorIds(world);
  const reviewing = await reviewingRound(world, ids, markers);
  const published = await publishedRound(world, ids, markers, '2025年度测评', 2025);
  const closed = await publishedRound(world, ids, markers, '2024年度测评', 2024);
  const closing = await call(`/rounds/${closed.roundId}/transitions`, { token: world.tokens.admin, json: { to: 'closed' } });
  if (closing.status !== 200) throw new Error(`closing: ${JSON.stringify(closing.data)}`);
  const [other] = await world.db
    .insert(round)
    .values({ nameZh: '2027年度测评', nameEn: '2027 evaluation', year: 2027, status: 'collecting', frameworkId: world.frameworkId })
    .returning({ id: round.id });
  await settleInsertedRound(world.db, other!.id);
  return {
    indicatorIds: ids,
    reviewingRoundId: reviewing.roundId,
    /** The experts' score values in the round under review. */
    unpublishedValues: reviewing.values,
    publishedRoundId: published.roundId,
    closedRoundId: closed.roundId,
    otherRoundId: other!.id,
    tasks: { published: await tasksOf(world, published.roundId), closed: await tasksOf(world, closed.roundId) },
  };
}
