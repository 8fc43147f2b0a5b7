// The author's edits and withdrawal, and anchoring reports from whoever jumps back to the source.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { evidence } from '../../worker/db/schema';
import { creditCodes } from '../support/test-world';
import { saveClip } from './saved-clip';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const quote = '公司劳动合同签订率达到100%。';
const clip = () => saveClip(world, 'expert', quote);

const auditOf = (action: string, id: number) =>
  world.db.query.auditLog.findFirst({ where: (a, { and, eq }) => and(eq(a.action, action), eq(a.resourceId, String(id))) });

describe('PATCH /evidence/:id', () => {
  it('lets the author change stance and note, bumping the version, audited', async () => {
    const saved = await clip();
    const res = await call(`/evidence/${saved.id}`, { method: 'PATCH', token: world.tokens.expert, json: { stance: 'contradicts', note: ' 与处罚记录不符 ', version: 1 } });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ stance: 'contradicts', note: '与处罚记录不符', version: 2 });
    expect(await auditOf('evidence.update', saved.id)).toMatchObject({
      role: 'expert',
      before: { stance: 'supports', note: null, version: 1 },
      after: { stance: 'contradicts', note: '与处罚记录不符', version: 2 },
    });
    const cleared = await call(`/evidence/${saved.id}`, { method: 'PATCH', token: world.tokens.expert, json: { note: '', version: 2 } });
    expect(cleared.data).toMatchObject({ note: null, stance: 'contradicts', version: 3 });
  });

  it('is 409 with the current evidence for a stale version, and changes nothing', async () => {
    const saved = await clip();
    await call(`/evidence/${saved.id}`, { method: 'PATCH', token: world.tokens.expert, json: { note: 'first', version: 1 } });
    const stale = await call(`/evidence/${saved.id}`, { method: 'PATCH', token: world.tokens.expert, json: { note: 'second', version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.data.error.code).toBe('conflict');
    expect(stale.data.error.details.current).toMatchObject({ id: saved.id, note: 'first', version: 2 });
  });

  it.each([
    ['nothing to change', { version: 1 }],
    ['no version', { note: 'x' }],
    ['an unknown stance', { stance: 'maybe', version: 1 }],
  ])('is 400 for %s', async (_what, body) => {
    const saved = await clip();
    const res = await call(`/evidence/${saved.id}`, { method: 'PATCH', token: world.tokens.expert, json: body });
    expect(res.status).toBe(400);
    expect(res.data.error.code).toBe('validation_failed');
  });

  it('is 401 without a session, 403 for anyone but the author, 404 for unknown evidence', async () => {
    const saved = await clip();
    const body = { note: 'x', version: 1 };
    expect((await call(`/evidence/${saved.id}`, { method: 'PATCH', json: body })).status).toBe(401);
    for (const who of ['expert2', 'reviewer', 'admin', 'huaxin'] as const) {
      const res = await call(`/evidence/${saved.id}`, { method: 'PATCH', token: world.tokens[who], json: body });
      expect(res.status, who).toBe(403);
    }
    expect((await call('/evidence/99999', { method: 'PATCH', token: world.tokens.expert, json: body })).status).toBe(404);
    expect((await call('/evidence/abc', { method: 'PATCH', token: world.tokens.expert, json: body })).status).toBe(400);
  });
});

describe('DELETE /evidence/:id', () => {
  it('withdraws the author’s evidence: gone from the list, audited, and a second withdrawal is 404', async () => {
    const saved = await clip();
    const res = await call(`/evidence/${saved.id}`, { method: 'DELETE', token: world.tokens.expert });
    expect(res.status).toBe(204);
    const list = await call(`/rounds/${world.roundId}/enterprises/${world.enterpriseId(creditCodes.huaxin)}/evidence`, { token: world.tokens.reviewer });
    expect(list.data.items.map((e: { id: number }) => e.id)).not.toContain(saved.id);
    expect(await auditOf('evidence.withdraw', saved.id)).toMatchObject({ role: 'expert', before: { id: saved.id, quote } });
    expect((await call(`/evidence/${saved.id}`, { method: 'DELETE', token: world.tokens.expert })).status).toBe(404);
  });

  it('is 403 for anyone but the author and for accepted evidence, 401 anonymously, 400 for a bad id', async () => {
    const saved = await clip();
    expect((await call(`/evidence/${saved.id}`, { method: 'DELETE' })).status).toBe(401);
    for (const who of ['expert2', 'reviewer', 'huaxin'] as const) {
      expect((await call(`/evidence/${saved.id}`, { method: 'DELETE', token: world.tokens[who] })).status, who).toBe(403);
    }
    await world.db.update(evidence).set({ status: 'accepted' }).where(eq(evidence.id, saved.id));
    const accepted = await call(`/evidence/${saved.id}`, { method: 'DELETE', token: world.tokens.expert });
    expect(accepted.status).toBe(403);
    expect(accepted.data.error.message).toMatch(/accepted/i);
    expect((await call('/evidence/0', { method: 'DELETE', token: world.tokens.expert })).status).toBe(400);
  });
});

describe('POST /evidence/:id/anchoring', () => {
  it('records an orphan as last seen at capture, then a later find as seen now, audited, version unchanged', async () => {
    const saved = await clip();
    const orphan = await call(`/evidence/${saved.id}/anchoring`, { token: world.tokens.reviewer, json: { status: 'orphan' } });
    expect(orphan.status).toBe(200);
    expect(orphan.data).toMatchObject({ anchorStatus: 'orphan', lastSeenAt: '2026-11-20T08:00:00.000Z', version: 1 });
    const before = Date.now();
    const found = await call(`/evidence/${saved.id}/anchoring`, { token: world.tokens.admin, json: { status: 'anchored' } });
    expect(found.data.anchorStatus).toBe('anchored');
    expect(Date.parse(found.data.lastSeenAt)).toBeGreaterThanOrEqual(before - 1000);
    const again = await call(`/evidence/${saved.id}/anchoring`, { token: world.tokens.expert, json: { status: 'orphan' } });
    expect(again.data).toMatchObject({ anchorStatus: 'orphan', lastSeenAt: found.data.lastSeenAt, version: 1 });
    expect(await auditOf('evidence.reportAnchoring', saved.id)).toMatchObject({ role: 'reviewer', after: { anchorStatus: 'orphan' } });
  });

  it('records a quote found changed in its place as changed, the quote as clipped still last seen when it was found', async () => {
    const saved = await clip();
    const found = await call(`/evidence/${saved.id}/anchoring`, { token: world.tokens.reviewer, json: { status: 'anchored' } });
    const changed = await call(`/evidence/${saved.id}/anchoring`, { token: world.tokens.reviewer, json: { status: 'changed' } });
    expect(changed.status).toBe(200);
    expect(changed.data).toMatchObject({ anchorStatus: 'changed', lastSeenAt: found.data.lastSeenAt, version: 1 });
    const audits = await world.db.query.auditLog.findMany({ where: (a, { and, eq }) => and(eq(a.action, 'evidence.reportAnchoring'), eq(a.resourceId, String(saved.id))) });
    expect(audits.map((a) => a.after)).toMatchObject([{ anchorStatus: 'anchored' }, { anchorStatus: 'changed', lastSeenAt: found.data.lastSeenAt }]);
  });

  it('leaves an evaluator’s evidence as recorded when its enterprise’s staff or street coordinator report on it; staff report on their own', async () => {
    const saved = await clip();
    for (const who of ['huaxin', 'coordinator'] as const) {
      const res = await call(`/evidence/${saved.id}/anchoring`, { token: world.tokens[who], json: { status: 'orphan' } });
      expect(res.status, who).toBe(403);
    }
    const row = await world.db.query.evidence.findFirst({ where: eq(evidence.id, saved.id) });
    expect(row).toMatchObject({ anchorStatus: null, lastSeenAt: null });
    expect(await auditOf('evidence.reportAnchoring', saved.id)).toBeUndefined();
    const own = await saveClip(world, 'huaxin', '本公司2025年员工培训覆盖率达到98%。');
    const reported = await call(`/evidence/${own.id}/anchoring`, { token: world.tokens.huaxin, json: { status: 'orphan' } });
    expect(reported.status).toBe(200);
    expect(reported.data.anchorStatus).toBe('orphan');
  });

  it('is 400 for an unknown status, 401 anonymously, 403 for those who may not read it, 404 for unknown evidence', async () => {
    const saved = await clip();
    const path = `/evidence/${saved.id}/anchoring`;
    expect((await call(path, { token: world.tokens.reviewer, json: { status: 'lost' } })).status).toBe(400);
    expect((await call(path, { json: { status: 'orphan' } })).status).toBe(401);
    for (const who of ['jiaan', 'coordinator-anting', 'outsider'] as const) {
      expect((await call(path, { token: world.tokens[who], json: { status: 'orphan' } })).status, who).toBe(403);
    }
    expect((await call('/evidence/99999/anchoring', { token: world.tokens.reviewer, json: { status: 'orphan' } })).status).toBe(404);
  });
});
