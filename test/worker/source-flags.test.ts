// "Source not reachable": enterprise staff and their street's coordinator flag an evaluator's evidence for the
// reviewers, who list the round's flags; the evidence's recorded state stays as it was.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { evidence } from '../../worker/db/schema';
import { saveClip } from './saved-clip';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

let quotes = 0;
const clip = () => saveClip(world, 'expert', `公司劳动合同签订率达到${++quotes}%。`);
const flag = (id: number, who: keyof World['tokens'], json: unknown = {}) => call(`/evidence/${id}/source-flags`, { token: world.tokens[who], json });
const recorded = (id: number) => world.db.query.evidence.findFirst({ where: eq(evidence.id, id) });
const auditsOf = (id: number) =>
  world.db.query.auditLog.findMany({ where: (a, { and, eq }) => and(eq(a.action, 'evidence.flagSource'), eq(a.resourceId, String(id))) });

describe('POST /evidence/:id/source-flags', () => {
  it('lets the enterprise’s staff and its street’s coordinator flag a source, audited, the evidence unchanged', async () => {
    const saved = await clip();
    const before = await recorded(saved.id);
    const byStaff = await flag(saved.id, 'huaxin', { note: ' 打开后显示 404 ' });
    expect(byStaff.status).toBe(201);
    expect(byStaff.data).toMatchObject({ evidenceId: saved.id, role: 'enterprise', note: '打开后显示 404', indicatorCode: 'STAFF.1.1', enterpriseName: expect.any(String) });
    const byCoordinator = await flag(saved.id, 'coordinator');
    expect(byCoordinator.status).toBe(201);
    expect(byCoordinator.data).toMatchObject({ role: 'coordinator', note: null });
    expect(await recorded(saved.id)).toEqual(before);
    expect((await auditsOf(saved.id)).map((a) => [a.role, a.after])).toEqual([
      ['enterprise', { role: 'enterprise', note: '打开后显示 404' }],
      ['coordinator', { role: 'coordinator', note: null }],
    ]);
  });

  it('is the same flag when raised again: 200 with the first, no second audit row', async () => {
    const saved = await clip();
    const first = await flag(saved.id, 'huaxin', { note: '第一次' });
    const again = await flag(saved.id, 'huaxin', { note: '第二次' });
    expect(again.status).toBe(200);
    expect(again.data).toEqual(first.data);
    expect(await auditsOf(saved.id)).toHaveLength(1);
  });

  it('is 400 for a note too long, 401 anonymously, 403 for evaluators and for other enterprises and streets, 404 for unknown evidence', async () => {
    const saved = await clip();
    expect((await flag(saved.id, 'huaxin', { note: '长'.repeat(501) })).status).toBe(400);
    expect((await call(`/evidence/${saved.id}/source-flags`, { json: {} })).status).toBe(401);
    for (const who of ['expert', 'reviewer', 'jiaan', 'coordinator-anting', 'outsider'] as const) {
      expect((await flag(saved.id, who)).status, who).toBe(403);
    }
    expect((await flag(99_999, 'huaxin')).status).toBe(404);
    expect(await auditsOf(saved.id)).toEqual([]);
  });
});

describe('GET /rounds/:roundId/source-flags', () => {
  it('lists the round’s flags for reviewers, newest first, and no longer those on withdrawn evidence', async () => {
    const kept = await clip();
    const withdrawn = await clip();
    await flag(kept.id, 'huaxin');
    await flag(withdrawn.id, 'coordinator');
    await call(`/evidence/${withdrawn.id}`, { method: 'DELETE', token: world.tokens.expert });
    const res = await call(`/rounds/${world.roundId}/source-flags`, { token: world.tokens.reviewer });
    expect(res.status).toBe(200);
    const ids = res.data.items.map((f: { evidenceId: number }) => f.evidenceId);
    expect(ids).toContain(kept.id);
    expect(ids).not.toContain(withdrawn.id);
    const times = res.data.items.map((f: { flaggedAt: string }) => f.flaggedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('is 401 anonymously and 403 for everyone but reviewers (and administrators)', async () => {
    const path = `/rounds/${world.roundId}/source-flags`;
    expect((await call(path)).status).toBe(401);
    expect((await call(path, { token: world.tokens.admin })).status).toBe(200);
    for (const who of ['expert', 'huaxin', 'coordinator', 'outsider'] as const) expect((await call(path, { token: world.tokens[who] })).status, who).toBe(403);
  });
});
