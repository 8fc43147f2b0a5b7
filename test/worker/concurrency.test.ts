// Requests racing for the same row, all in flight at once: optimistic concurrency lets exactly one write
// win and answers the others 409 with the current value (no lost update), and clips saved in parallel under
// one idempotency key make one evidence row; of admins racing to give or change one round role, one wins.
// Each D1 call yields, so the racers' reads and writes interleave.
import { beforeAll, describe, expect, it } from 'vitest';
import { evidence, score } from '../../worker/db/schema';
import { creditCodes } from '../support/test-world';
import { indicatorIdsOf, saveClip } from './saved-clip';
import { putScore, scoringWorld, type ScoreCall } from './support/scenario';
import { makeUser } from './accounts';
import { call, type World } from './world';

const RACERS = 12;

let world: World;
let ids: Record<string, number>;
beforeAll(async () => {
  ({ world, ids } = await scoringWorld());
});

const auditRows = async (action: string, resourceId: number) =>
  (await world.db.query.auditLog.findMany({ where: (a, { and, eq }) => and(eq(a.action, action), eq(a.resourceId, String(resourceId))) })).length;

const statuses = (responses: { status: number }[]) => responses.map((r) => r.status).sort();

/** A slot of its own for each test, so the tests do not race one another. */
const slot = (code: string): Omit<ScoreCall, 'value'> => ({ token: world.tokens.expert, enterpriseId: world.enterpriseId(creditCodes.huaxin), indicatorId: ids[code]! });

describe('PUT …/my-score, racing', () => {
  it('creates one score when every racer starts from version 0; the others get 409 with it', async () => {
    const responses = await Promise.all(Array.from({ length: RACERS }, (_, i) => putScore(world, { ...slot('STAFF.1.1'), value: i % 10, rationale: `racer ${i}` })));
    expect(statuses(responses)).toEqual([201, ...Array<number>(RACERS - 1).fill(409)]);
    const winner = responses.find((r) => r.status === 201)!.data;
    for (const lost of responses.filter((r) => r.status === 409)) expect(lost.data.error.details.current).toMatchObject({ id: winner.id, version: 1, rationale: winner.rationale });
    const rows = (await world.db.select().from(score).all()).filter((s) => s.indicatorId === ids['STAFF.1.1'] && s.expertId === winner.expert.id);
    expect(rows).toHaveLength(1);
    expect(await auditRows('score.put', winner.id)).toBe(1);
  });

  it('lets exactly one update at the same version win', async () => {
    const created = await putScore(world, { ...slot('STAFF.1.2'), value: 1 });
    const responses = await Promise.all(
      Array.from({ length: RACERS }, (_, i) => putScore(world, { ...slot('STAFF.1.2'), value: i % 10, rationale: `racer ${i}`, version: created.data.version })),
    );
    expect(statuses(responses)).toEqual([200, ...Array<number>(RACERS - 1).fill(409)]);
    const winner = responses.find((r) => r.status === 200)!.data;
    const stored = await world.db.query.score.findFirst({ where: (s, { eq }) => eq(s.id, created.data.id) });
    expect(stored).toMatchObject({ version: 2, value: winner.value, rationale: winner.rationale });
    expect(await auditRows('score.put', created.data.id)).toBe(2);
  });

  it('loses no update when every racer retries on 409 from the current value', async () => {
    const created = await putScore(world, { ...slot('ENV.1.1'), value: 0, rationale: 'start' });
    // Each racer appends its mark to the rationale, reading the current score again after each refusal.
    const appendMark = async (mark: string) => {
      let current = created.data as { version: number; rationale: string };
      for (let attempt = 0; attempt < RACERS * 2; attempt++) {
        const res = await putScore(world, { ...slot('ENV.1.1'), value: 0, rationale: `${current.rationale} ${mark}`, version: current.version });
        if (res.status === 200) return attempt;
        expect(res.status).toBe(409);
        current = res.data.error.details.current;
      }
      throw new Error(`${mark} never got through`);
    };
    const marks = Array.from({ length: RACERS }, (_, i) => `m${i}`);
    const retries = await Promise.all(marks.map(appendMark));
    const stored = await world.db.query.score.findFirst({ where: (s, { eq }) => eq(s.id, created.data.id) });
    expect(stored!.rationale.split(' ').slice(1).sort()).toEqual([...marks].sort());
    expect(stored!.version).toBe(1 + RACERS);
    expect(await auditRows('score.put', created.data.id)).toBe(1 + RACERS);
    expect(retries.some((n) => n > 0), 'the racers never collided: the test proves nothing').toBe(true);
  });
});

describe('PATCH /evidence/:id, racing', () => {
  it('lets exactly one edit at the same version win', async () => {
    const clip = await saveClip(world);
    const responses = await Promise.all(
      Array.from({ length: RACERS }, (_, i) => call(`/evidence/${clip.id}`, { method: 'PATCH', token: world.tokens.expert, json: { note: `racer ${i}`, version: clip.version } })),
    );
    expect(statuses(responses)).toEqual([200, ...Array<number>(RACERS - 1).fill(409)]);
    const winner = responses.find((r) => r.status === 200)!.data;
    const stored = await world.db.query.evidence.findFirst({ where: (e, { eq }) => eq(e.id, clip.id) });
    expect(stored).toMatchObject({ version: clip.version + 1, note: winner.note });
    expect(await auditRows('evidence.update', clip.id)).toBe(1);
  });
});

describe('POST /evidence, racing', () => {
  it('saves one evidence row for clips sent in parallel with one idempotency key', async () => {
    const body = {
      roundId: world.roundId,
      enterpriseId: world.enterpriseId(creditCodes.huaxin),
      indicatorId: (await indicatorIdsOf(world))['STAFF.1.1'],
      url: 'https://www.huaxin-auto.cn/csr/2025.html',
      title: '华鑫2025社会责任报告',
      quote: '全员参加社会保险。',
      capturedAt: '2026-11-20T08:00:00.000Z',
      idempotencyKey: crypto.randomUUID(),
    };
    const responses = await Promise.all(Array.from({ length: RACERS }, () => call('/evidence', { token: world.tokens.expert, json: body })));
    expect(statuses(responses)).toEqual([...Array<number>(RACERS - 1).fill(200), 201].sort());
    expect(new Set(responses.map((r) => r.data.id)).size).toBe(1);
    const rows = (await world.db.select().from(evidence).all()).filter((r) => r.idempotencyKey === body.idempotencyKey);
    expect(rows).toHaveLength(1);
    expect(await auditRows('evidence.create', rows[0]!.id)).toBe(1);
  });
});

describe('PUT /rounds/:roundId/members/:userId, racing', () => {
  const putMember = (userId: number, json: unknown) => call(`/rounds/${world.roundId}/members/${userId}`, { method: 'PUT', token: world.tokens.admin, json });

  it('gives one role when admins race to give it, and lets one change at a version win', async () => {
    const person = await makeUser(world.db);
    const given = await Promise.all(Array.from({ length: RACERS }, (_, i) => putMember(person.id, { role: 'expert', bureau: `局${i}` })));
    expect(statuses(given)).toEqual([201, ...Array<number>(RACERS - 1).fill(409)]);
    const changed = await Promise.all(Array.from({ length: RACERS }, (_, i) => putMember(person.id, { role: 'expert', bureau: `改${i}`, version: 1 })));
    expect(statuses(changed)).toEqual([200, ...Array<number>(RACERS - 1).fill(409)]);
    const winner = changed.find((r) => r.status === 200)!.data;
    for (const lost of changed.filter((r) => r.status === 409)) expect(lost.data.error.details.current).toMatchObject({ bureau: winner.bureau, version: 2 });
    const audited = await world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.resourceId, `${world.roundId}:${person.id}`) });
    expect(audited.map((a) => a.action)).toEqual(['member.add', 'member.change']);
  });
});
