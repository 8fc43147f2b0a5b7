// Good-practice cases changed by two people at once: the later change either still has something to do or is
// a 409 with the case as it is; never a 2xx and an audit row for a change that did not happen. Each second
// request starts a few database round trips after the first, so that some runs read the case before the first
// change commits and write after it.
import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodes } from '../support/test-world';
import { freshEvidence } from './access/targets';
import { indicatorIds, publishExample } from './support/scenario';
import { call, createWorld, type World } from './world';

const DELAYS = 12;

let world: World;
let ids: Record<string, number>;
let source: number;

beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
  source = await freshEvidence(world, 'huaxin', { status: 'accepted', text: '华鑫职工书屋', indicatorId: ids['STAFF.1.1'] });
  await publishExample(world, ids);
});

async function makeCase() {
  const res = await call(`/rounds/${world.roundId}/cases`, {
    token: world.tokens.admin,
    json: { enterpriseId: world.enterpriseId(creditCodes.huaxin), title: { zh: '华鑫职工书屋' }, summary: { zh: '做法' }, indicatorIds: [ids['STAFF.1.1']], evidenceIds: [source] },
  });
  return res.data as { id: number; version: number };
}
const audits = async (action: string, id: number) => (await world.db.query.auditLog.findMany({ where: (a, { and, eq }) => and(eq(a.action, action), eq(a.resourceId, String(id))) })).length;
const stored = (id: number) => world.db.query.practiceCase.findFirst({ where: (p, { eq }) => eq(p.id, id) });

/** `first` and, `delay` round trips later, `second`, both answered. */
async function race(first: () => ReturnType<typeof call>, second: () => ReturnType<typeof call>, delay: number) {
  const started = first();
  for (let i = 0; i < delay; i++) await world.db.query.practiceCase.findFirst();
  return Promise.all([started, second()]);
}

describe('DELETE /cases/:id', () => {
  it('never deletes a case published a moment ago: 409, and no deletion audited', async () => {
    for (let delay = 0; delay < DELAYS; delay++) {
      const made = await makeCase();
      const consented = await call(`/cases/${made.id}/consent`, { token: world.tokens.huaxin, json: { method: 'enterprise' } });
      const [published, deleted] = await race(
        () => call(`/cases/${made.id}/publication`, { token: world.tokens.admin, json: { published: true, version: consented.data.version } }),
        () => call(`/cases/${made.id}`, { method: 'DELETE', token: world.tokens.admin }),
        delay,
      );
      const row = await stored(made.id);
      expect(published.status === 200 && deleted.status === 204).toBe(false);
      expect(await audits('case.delete', made.id)).toBe(row ? 0 : 1);
    }
  });
});

describe('DELETE /cases/:id/consent', () => {
  it('withdraws a consent once: a second withdrawal at the same moment is 409 and not audited', async () => {
    for (let delay = 0; delay < DELAYS; delay++) {
      const made = await makeCase();
      await call(`/cases/${made.id}/consent`, { token: world.tokens.huaxin, json: { method: 'enterprise' } });
      const withdraw = (token: string) => () => call(`/cases/${made.id}/consent`, { method: 'DELETE', token });
      const answers = await race(withdraw(world.tokens.huaxin), withdraw(world.tokens.admin), delay);
      expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
      expect(await audits('case.withdrawConsent', made.id)).toBe(1);
    }
  });
});

describe('POST /cases/:id/consent', () => {
  it('moves the version on with every change, also when a withdrawal came in between', async () => {
    for (let delay = 0; delay < DELAYS; delay++) {
      const made = await makeCase();
      const first = await call(`/cases/${made.id}/consent`, { token: world.tokens.huaxin, json: { method: 'enterprise' } });
      const answers = await race(
        () => call(`/cases/${made.id}/consent`, { method: 'DELETE', token: world.tokens.huaxin }),
        () => call(`/cases/${made.id}/consent`, { token: world.tokens.admin, json: { method: 'offline', note: '电话确认' } }),
        delay,
      );
      const changes = answers.filter((a) => a.status === 200).length;
      expect((await stored(made.id))!.version).toBe(first.data.version + changes);
    }
  });
});
