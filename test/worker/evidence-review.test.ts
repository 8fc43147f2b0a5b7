import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodes } from '../support/test-world';
import { indicatorIdsOf, saveClip } from './saved-clip';
import { liveIndicatorResult } from './support/derived';
import { setRoundStatus } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const review = (id: number | string, json: unknown, token = world.tokens.reviewer) => call(`/evidence/${id}/review`, { token, json });
const auditOf = (id: number) => world.db.query.auditLog.findMany({ where: (a, { and, eq }) => and(eq(a.action, 'evidence.review'), eq(a.resourceId, String(id))) });

describe('POST /evidence/:id/review', () => {
  it('accepts evidence at its version, audits it and counts it in the enterprise’s results at once', async () => {
    const clip = await saveClip(world);
    const [enterpriseId, indicatorId] = [world.enterpriseId(creditCodes.huaxin), (await indicatorIdsOf(world))['STAFF.1.1']!];
    const slot = await liveIndicatorResult(world.db, world.roundId, enterpriseId, indicatorId);
    const res = await review(clip.id, { status: 'accepted', comment: '与报告原文一致', version: clip.version });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ id: clip.id, status: 'accepted', reviewComment: '与报告原文一致', version: clip.version + 1 });
    expect(res.data.reviewedAt).toBeTruthy();
    expect((await liveIndicatorResult(world.db, world.roundId, enterpriseId, indicatorId))!.evidence_count).toBe(slot!.evidence_count + 1);
    const [audit] = await auditOf(clip.id);
    expect(audit).toMatchObject({ role: 'reviewer', before: { status: 'pending' }, after: { status: 'accepted' } });
  });

  it('rejects with a reason, and is 409 with the current evidence for a stale version', async () => {
    const clip = await saveClip(world);
    const rejected = await review(clip.id, { status: 'rejected', comment: '截图与来源页面不符', version: clip.version });
    expect(rejected.data).toMatchObject({ status: 'rejected', reviewComment: '截图与来源页面不符' });
    const stale = await review(clip.id, { status: 'accepted', version: clip.version });
    expect(stale.status).toBe(409);
    expect(stale.data.error).toMatchObject({ code: 'conflict', details: { current: { status: 'rejected', version: clip.version + 1 } } });
    expect(await auditOf(clip.id)).toHaveLength(1);
  });

  it('is 400 for a rejection without a reason, an unknown verdict or a missing version', async () => {
    const clip = await saveClip(world);
    for (const body of [{ status: 'rejected', version: 1 }, { status: 'rejected', comment: '  ', version: 1 }, { status: 'maybe', version: 1 }, { status: 'accepted' }]) {
      const res = await review(clip.id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await review('abc', { status: 'accepted', version: 1 })).status).toBe(400);
  });

  it('is 401 without a session and 404 for evidence that does not exist or was withdrawn', async () => {
    const clip = await saveClip(world);
    expect((await call(`/evidence/${clip.id}/review`, { json: { status: 'accepted', version: 1 } })).status).toBe(401);
    expect((await review(999_999, { status: 'accepted', version: 1 })).status).toBe(404);
    await call(`/evidence/${clip.id}`, { method: 'DELETE', token: world.tokens.expert });
    expect((await review(clip.id, { status: 'accepted', version: 2 })).status).toBe(404);
  });

  it('is 403 for experts, coordinators and enterprise staff, for evidence the reviewer captured, and once the round stops collecting', async () => {
    const clip = await saveClip(world);
    for (const login of ['expert', 'expert2', 'coordinator', 'huaxin'] as const) {
      expect((await review(clip.id, { status: 'accepted', version: 1 }, world.tokens[login])).status, login).toBe(403);
    }
    const own = await saveClip(world, 'reviewer');
    const refused = await review(own.id, { status: 'accepted', version: 1 });
    expect(refused.status).toBe(403);
    expect(refused.data.error.message).toContain('someone other than');
    await setRoundStatus(world, 'published');
    expect((await review(clip.id, { status: 'accepted', version: 1 })).status).toBe(403);
    await setRoundStatus(world, 'collecting');
  });
});
