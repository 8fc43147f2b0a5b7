import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../worker/auth/crypto';
import { evidence } from '../../worker/db/schema';
import { creditCodes } from '../support/test-world';
import { call, createWorld, type World } from './world';

let world: World;
let indicatorIds: Record<string, number>;
beforeAll(async () => {
  world = await createWorld();
  const tree = await call(`/rounds/${world.roundId}/indicators`, { token: world.tokens.expert });
  indicatorIds = Object.fromEntries(tree.data.items.map((n: { code: string; id: number }) => [n.code, n.id]));
});

const quote = '公司劳动合同签订率达到100%,全员参加社会保险。';
const clip = (overrides: Record<string, unknown> = {}) => ({
  roundId: world.roundId,
  enterpriseId: world.enterpriseId(creditCodes.huaxin),
  indicatorId: indicatorIds['STAFF.1.1'],
  kind: 'clip',
  url: 'https://www.huaxin-auto.cn/csr/2025.html?utm_source=wechat#staff',
  title: '华鑫2025社会责任报告',
  quote,
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: quote, prefix: '一、员工权益。', suffix: '二、安全生产' },
    position: { type: 'TextPositionSelector', start: 120, end: 120 + quote.length },
  },
  capturedAt: '2026-11-20T08:00:00.000Z',
  idempotencyKey: crypto.randomUUID(),
  ...overrides,
});

describe('POST /evidence', () => {
  it('stores a clip with the server-computed hash and audits it', async () => {
    const body = clip();
    const res = await call('/evidence', { token: world.tokens.expert, json: body });
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({
      indicatorCode: 'STAFF.1.1',
      quote,
      quoteSha256: await sha256Hex(quote),
      status: 'pending',
      stance: 'supports',
      capturedBy: { displayName: '李专家' },
      selectors: body.selectors,
    });
    const row = await world.db.query.evidence.findFirst({ where: (e, { eq }) => eq(e.id, res.data.id) });
    expect(row?.normalizedUrl).toBe('https://www.huaxin-auto.cn/csr/2025.html');
    const audit = await world.db.query.auditLog.findFirst({ where: (a, { and, eq }) => and(eq(a.action, 'evidence.create'), eq(a.resourceId, String(res.data.id))) });
    expect(audit).toMatchObject({ role: 'expert', resourceType: 'evidence', roundId: world.roundId });
  });

  it('returns the first record for a repeated idempotency key, never a duplicate', async () => {
    const body = clip();
    const first = await call('/evidence', { token: world.tokens.expert, json: body });
    const again = await Promise.all([1, 2, 3].map(() => call('/evidence', { token: world.tokens.expert, json: { ...body, note: 'retry' } })));
    expect(first.status).toBe(201);
    for (const res of again) {
      expect(res.status).toBe(200);
      expect(res.data.id).toBe(first.data.id);
      expect(res.data.note).toBeNull();
    }
    const rows = await world.db.select().from(evidence).all();
    expect(rows.filter((r) => r.idempotencyKey === body.idempotencyKey)).toHaveLength(1);
  });

  it('lets an enterprise attach a page of its own, without a quote', async () => {
    const res = await call('/evidence', {
      token: world.tokens.huaxin,
      json: clip({ kind: 'report', quote: undefined, selectors: undefined, title: '2025年社会责任报告' }),
    });
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ kind: 'report', quote: null, quoteSha256: null });
  });

  it.each([
    ['round', { roundId: 999 }, 'round_not_found'],
    ['enterprise', { enterpriseId: 999 }, 'enterprise_not_found'],
    ['indicator', { indicatorId: 999 }, 'indicator_not_found'],
  ])('is 404 for an unknown %s', async (_what, overrides, code) => {
    const res = await call('/evidence', { token: world.tokens.expert, json: clip(overrides) });
    expect(res.status).toBe(404);
    expect(res.data.error.code).toBe(code);
  });

  it('is 404 for a dimension, which is not a scored indicator', async () => {
    const res = await call('/evidence', { token: world.tokens.expert, json: clip({ indicatorId: indicatorIds.STAFF }) });
    expect(res.data.error.code).toBe('indicator_not_found');
  });

  it('is 400 listing every bad field', async () => {
    const res = await call('/evidence', {
      token: world.tokens.expert,
      json: clip({ url: 'javascript:alert(1)', title: '', stance: 'maybe', idempotencyKey: 'short' }),
    });
    expect(res.status).toBe(400);
    expect(res.data.error.code).toBe('validation_failed');
    const paths = res.data.error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['url', 'title', 'stance', 'idempotencyKey']));
  });

  it('is 400 when the quote selector disagrees with the quote, or a clip has no quote', async () => {
    const mismatch = await call('/evidence', { token: world.tokens.expert, json: clip({ quote: 'other words' }) });
    expect(mismatch.data.error.details.fields).toContainEqual(expect.objectContaining({ path: 'selectors.quote.exact' }));
    const missing = await call('/evidence', { token: world.tokens.expert, json: clip({ quote: undefined, selectors: undefined }) });
    expect(missing.data.error.details.fields).toContainEqual(expect.objectContaining({ path: 'quote' }));
  });

  it('refuses a quote over 10,000 characters', async () => {
    const long = '责'.repeat(10_001);
    const res = await call('/evidence', { token: world.tokens.expert, json: clip({ quote: long, selectors: undefined }) });
    expect(res.status).toBe(400);
    expect(res.data.error.details.fields).toContainEqual(expect.objectContaining({ path: 'quote' }));
  });

  it('is 413 for a body over the limit', async () => {
    const res = await call('/evidence', { token: world.tokens.expert, json: clip({ note: 'x'.repeat(300_000) }) });
    expect(res.status).toBe(413);
    expect(res.data.error.code).toBe('payload_too_large');
  });

  it('is 415 for a body that is not JSON', async () => {
    const res = await call('/evidence', { token: world.tokens.expert, body: 'quote=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(415);
    expect(res.data.error.code).toBe('unsupported_media_type');
  });

  it('is 400 for malformed JSON', async () => {
    const res = await call('/evidence', { token: world.tokens.expert, body: '{"roundId": ', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.data.error.code).toBe('malformed_json');
  });

  it('is 401 without a session and 403 for a user without a role in the round', async () => {
    expect((await call('/evidence', { json: clip() })).status).toBe(401);
    const outsider = await call('/evidence', { token: world.tokens.outsider, json: clip() });
    expect(outsider.status).toBe(403);
    expect(outsider.data.error.code).toBe('forbidden');
  });

  it("is 403 for an enterprise user clipping to another enterprise, and for coordinators", async () => {
    expect((await call('/evidence', { token: world.tokens.jiaan, json: clip() })).status).toBe(403);
    expect((await call('/evidence', { token: world.tokens.coordinator, json: clip() })).status).toBe(403);
  });
});

describe('GET /rounds/:roundId/enterprises/:enterpriseId/evidence', () => {
  const path = () => `/rounds/${world.roundId}/enterprises/${world.enterpriseId(creditCodes.huaxin)}/evidence`;

  it('lists the enterprise evidence for experts, reviewers and its own staff', async () => {
    for (const who of ['expert', 'reviewer', 'huaxin', 'coordinator', 'admin'] as const) {
      const res = await call(path(), { token: world.tokens[who] });
      expect(res.status, who).toBe(200);
      expect(res.data.items.length, who).toBeGreaterThan(0);
      expect(res.data.items.every((e: { enterpriseId: number }) => e.enterpriseId === world.enterpriseId(creditCodes.huaxin))).toBe(true);
    }
  });

  it('hides it from other enterprises and other streets', async () => {
    for (const who of ['jiaan', 'coordinator-anting', 'outsider'] as const) {
      const res = await call(path(), { token: world.tokens[who] });
      expect(res.status, who).toBe(403);
      expect(JSON.stringify(res.data)).not.toContain(quote);
    }
    expect((await call(path())).status).toBe(401);
  });

  it('is 404 for an enterprise that is not enrolled and 400 for a bad id', async () => {
    expect((await call(`/rounds/${world.roundId}/enterprises/9999/evidence`, { token: world.tokens.expert })).data.error.code).toBe('enterprise_not_found');
    expect((await call(`/rounds/${world.roundId}/enterprises/abc/evidence`, { token: world.tokens.expert })).status).toBe(400);
  });
});
