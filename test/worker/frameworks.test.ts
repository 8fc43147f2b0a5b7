import { beforeAll, describe, expect, it } from 'vitest';
import { FrameworkDoc } from '../../shared/schemas/framework';
import { miniFramework } from '../support/mini-framework';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const doc = (overrides: Record<string, unknown> = {}) => ({ ...structuredClone(miniFramework), code: 'district-csr', ...overrides });
const importDoc = (document: unknown, token = world.tokens.admin) => call('/frameworks/import', { token, json: { document } });
const audits = (action: string) => world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.action, action) });

describe('GET /frameworks', () => {
  it('lists published versions to everyone signed in and drafts to admins', async () => {
    const draft = await importDoc(doc({ code: 'draft-only' }));
    expect(draft.status).toBe(201);
    const forAdmin = await call('/frameworks', { token: world.tokens.admin });
    const forExpert = await call('/frameworks', { token: world.tokens.expert });
    expect(forAdmin.data.items.map((f: { code: string }) => f.code)).toContain('draft-only');
    expect(forExpert.data.items.map((f: { code: string; status: string }) => [f.code, f.status])).toEqual([['mini-csr', 'published']]);
  });

  it('is 401 without a session', async () => expect((await call('/frameworks')).status).toBe(401));
});

describe('GET /frameworks/:id', () => {
  it('returns the settings and the whole tree', async () => {
    const res = await call(`/frameworks/${world.frameworkId}`, { token: world.tokens.expert });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ code: 'mini-csr', version: 1, status: 'published', settings: { vetoGrade: 'C', rectificationDueDays: 90 } });
    expect(res.data.indicators.map((n: { code: string }) => n.code)).toEqual(['STAFF', 'ENV', 'STAFF.1', 'ENV.1', 'STAFF.1.1', 'ENV.1.1', 'STAFF.1.2', 'ENV.1.2']);
  });

  it('hides drafts from non-admins, and is 404 / 400 for unknown or bad ids', async () => {
    const draft = await importDoc(doc({ code: 'hidden-draft' }));
    expect((await call(`/frameworks/${draft.data.id}`, { token: world.tokens.reviewer })).status).toBe(403);
    expect((await call('/frameworks/9999', { token: world.tokens.admin })).data.error.code).toBe('framework_not_found');
    expect((await call('/frameworks/x', { token: world.tokens.admin })).status).toBe(400);
    expect((await call(`/frameworks/${world.frameworkId}`)).status).toBe(401);
  });
});

describe('GET /frameworks/:id/export', () => {
  it('exports the document the framework was seeded from', async () => {
    const res = await call(`/frameworks/${world.frameworkId}/export`, { token: world.tokens.admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('mini-csr-v1.json');
    expect(res.data).toEqual(FrameworkDoc.parse(miniFramework));
  });

  it('is 403 for a draft to non-admins and 404 for an unknown id', async () => {
    const draft = await importDoc(doc({ code: 'export-draft' }));
    expect((await call(`/frameworks/${draft.data.id}/export`, { token: world.tokens.expert })).status).toBe(403);
    expect((await call('/frameworks/9999/export', { token: world.tokens.admin })).status).toBe(404);
  });
});

describe('POST /frameworks/import', () => {
  it('stores a new standard as draft version 1, audited, and exports it back unchanged', async () => {
    const res = await importDoc(doc({ code: 'imported-csr' }));
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ code: 'imported-csr', version: 1, status: 'draft', revision: 1 });
    expect(res.data.indicators).toHaveLength(8);
    const exported = await call(`/frameworks/${res.data.id}/export`, { token: world.tokens.admin });
    expect(exported.data).toEqual(FrameworkDoc.parse(doc({ code: 'imported-csr' })));
    expect((await audits('framework.import')).some((a) => a.resourceId === String(res.data.id))).toBe(true);
  });

  it('stores a known code as its next version, and refuses a second draft', async () => {
    const next = await importDoc(doc({ code: 'mini-csr' }));
    expect(next.status).toBe(201);
    expect(next.data).toMatchObject({ code: 'mini-csr', version: 2, status: 'draft' });
    const again = await importDoc(doc({ code: 'mini-csr' }));
    expect(again.status).toBe(409);
    expect(again.data.error).toMatchObject({ code: 'framework_state', details: { draftId: next.data.id } });
  });

  it('is 400 with the paths of every problem the schema finds', async () => {
    const bad = doc({ code: 'bad-doc' }) as ReturnType<typeof doc>;
    bad.dimensions[0]!.weight = 10;
    bad.dimensions[1]!.children[0]!.children[1]!.industries = [];
    const res = await importDoc(bad);
    expect(res.status).toBe(400);
    const paths = res.data.error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['document.dimensions', 'document.dimensions.1.children.0.children.1.industries']));
  });

  it('is 403 for non-admins and 401 without a session', async () => {
    expect((await importDoc(doc({ code: 'nope' }), world.tokens.expert)).status).toBe(403);
    expect((await call('/frameworks/import', { json: { document: doc() } })).status).toBe(401);
  });
});

describe('PUT /frameworks/:id', () => {
  it('replaces a draft at its revision and refuses a stale revision with the current draft', async () => {
    const draft = await importDoc(doc({ code: 'edited-csr' }));
    const edited = doc({ code: 'edited-csr', name: { zh: '修订稿', en: 'Revised' } }) as ReturnType<typeof doc>;
    edited.dimensions[0]!.children[0]!.children.pop();
    const res = await call(`/frameworks/${draft.data.id}`, { method: 'PUT', token: world.tokens.admin, json: { revision: 1, document: edited } });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ revision: 2, name: { zh: '修订稿' } });
    expect(res.data.indicators).toHaveLength(7);
    const stale = await call(`/frameworks/${draft.data.id}`, { method: 'PUT', token: world.tokens.admin, json: { revision: 1, document: doc({ code: 'edited-csr' }) } });
    expect(stale.status).toBe(409);
    expect(stale.data.error).toMatchObject({ code: 'conflict', details: { current: { revision: 2 } } });
    expect(stale.data.error.details.current.indicators).toHaveLength(7);
    expect(await audits('framework.update')).toHaveLength(1);
  });

  it('keeps the code of the draft', async () => {
    const draft = await importDoc(doc({ code: 'keeps-code' }));
    const res = await call(`/frameworks/${draft.data.id}`, { method: 'PUT', token: world.tokens.admin, json: { revision: 1, document: doc({ code: 'other-code' }) } });
    expect(res.status).toBe(400);
  });

  it('is 403 on a published framework, for everyone', async () => {
    const res = await call(`/frameworks/${world.frameworkId}`, { method: 'PUT', token: world.tokens.admin, json: { revision: 1, document: doc({ code: 'mini-csr' }) } });
    expect(res.status).toBe(403);
    expect(res.data.error.message).toContain('read-only');
  });

  it('is 404 for an unknown id and 403 for non-admins', async () => {
    expect((await call('/frameworks/9999', { method: 'PUT', token: world.tokens.admin, json: { revision: 1, document: doc() } })).status).toBe(404);
    const draft = await importDoc(doc({ code: 'not-yours' }));
    expect((await call(`/frameworks/${draft.data.id}`, { method: 'PUT', token: world.tokens.expert, json: { revision: 1, document: doc({ code: 'not-yours' }) } })).status).toBe(403);
  });
});

describe('POST /frameworks/:id/publish', () => {
  it('freezes a draft', async () => {
    const draft = await importDoc(doc({ code: 'to-publish' }));
    expect((await call(`/frameworks/${draft.data.id}/publish`, { method: 'POST', token: world.tokens.expert })).status).toBe(403);
    const res = await call(`/frameworks/${draft.data.id}/publish`, { method: 'POST', token: world.tokens.admin });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ status: 'published' });
    expect(res.data.publishedAt).toBeTruthy();
    expect((await call(`/frameworks/${draft.data.id}/publish`, { method: 'POST', token: world.tokens.admin })).status).toBe(403);
    expect((await call(`/frameworks/${draft.data.id}`, { method: 'PUT', token: world.tokens.admin, json: { revision: 1, document: doc({ code: 'to-publish' }) } })).status).toBe(403);
  });

  it('is 404 for an unknown id', async () => expect((await call('/frameworks/9999/publish', { method: 'POST', token: world.tokens.admin })).status).toBe(404));
});

describe('POST /frameworks/:id/drafts', () => {
  it('starts the next version as a draft copy of a published one', async () => {
    const first = await importDoc(doc({ code: 'derived-csr' }));
    await call(`/frameworks/${first.data.id}/publish`, { method: 'POST', token: world.tokens.admin });
    const res = await call(`/frameworks/${first.data.id}/drafts`, { method: 'POST', token: world.tokens.admin });
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ code: 'derived-csr', version: 2, status: 'draft' });
    expect(res.data.indicators.map((n: { code: string }) => n.code)).toEqual(first.data.indicators.map((n: { code: string }) => n.code));
    expect((await call(`/frameworks/${first.data.id}/drafts`, { method: 'POST', token: world.tokens.admin })).status).toBe(409);
  });

  it('is 403 for non-admins and 404 for an unknown id', async () => {
    expect((await call(`/frameworks/${world.frameworkId}/drafts`, { method: 'POST', token: world.tokens.reviewer })).status).toBe(403);
    expect((await call('/frameworks/9999/drafts', { method: 'POST', token: world.tokens.admin })).status).toBe(404);
  });
});
