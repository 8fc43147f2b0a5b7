// Screenshots: raw image bytes into R2, their SHA-256 on the evidence; the one non-JSON body the API takes.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../worker/auth/crypto';
import { saveClip } from './saved-clip';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const clip = () => saveClip(world, 'expert', '全员参加社会保险。');

/** A PNG signature followed by `fill`: enough for the route, which checks the signature, not the pixels. */
const png = (fill: number, size = 64) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(size).fill(fill)]);
const sha256 = async (bytes: Uint8Array) => toHex(await crypto.subtle.digest('SHA-256', bytes));
const put = (id: number, body: Uint8Array, token: string | undefined, type = 'image/png') =>
  call(`/evidence/${id}/screenshot`, { method: 'PUT', token, body, headers: { 'content-type': type } });

describe('PUT /evidence/:id/screenshot', () => {
  it('stores the image in R2 and its SHA-256 on the evidence; the same upload again is a no-op', async () => {
    const saved = await clip();
    const image = png(7);
    const res = await put(saved.id, image, world.tokens.expert);
    expect(res.status).toBe(201);
    expect(res.data.screenshotSha256).toBe(await sha256(image));
    const row = await world.db.query.evidence.findFirst({ where: (e, { eq }) => eq(e.id, saved.id) });
    expect(row?.screenshotKey).toBe(`evidence/${saved.id}/${await sha256(image)}.png`);
    const object = await env.SCREENSHOTS.get(row!.screenshotKey!);
    expect(new Uint8Array(await object!.arrayBuffer())).toEqual(image);
    const audit = await world.db.query.auditLog.findFirst({ where: (a, { and, eq }) => and(eq(a.action, 'evidence.attachScreenshot'), eq(a.resourceId, String(saved.id))) });
    expect(audit).toMatchObject({ role: 'expert', after: { sha256: await sha256(image) } });

    const retried = await put(saved.id, image, world.tokens.expert);
    expect(retried.status).toBe(200);
    const other = await put(saved.id, png(8), world.tokens.expert);
    expect(other.status).toBe(409);
    expect(other.data.error.details.screenshotSha256).toBe(await sha256(image));
  });

  it.each([
    ['a type that is not an image', 'text/plain', png(1)],
    ['bytes that are not what the type says', 'image/jpeg', png(1)],
    ['bytes that are no image at all', 'image/png', new TextEncoder().encode('<svg/>')],
  ])('is 400 for %s', async (_what, type, body) => {
    const saved = await clip();
    const res = await put(saved.id, body, world.tokens.expert, type);
    expect(res.status).toBe(400);
    expect(res.data.error.code).toBe('validation_failed');
  });

  it('is 413 for an image over 8 MiB', async () => {
    const saved = await clip();
    const res = await put(saved.id, png(0, 8 * 1024 * 1024), world.tokens.expert);
    expect(res.status).toBe(413);
    expect(res.data.error.code).toBe('payload_too_large');
  });

  it('is 401 anonymously, 403 for anyone but the author, 404 for unknown evidence', async () => {
    const saved = await clip();
    expect((await put(saved.id, png(1), undefined)).status).toBe(401);
    for (const who of ['expert2', 'reviewer', 'huaxin'] as const) expect((await put(saved.id, png(1), world.tokens[who])).status, who).toBe(403);
    expect((await put(99999, png(1), world.tokens.expert)).status).toBe(404);
  });

  it('keeps every other route JSON-only', async () => {
    const res = await call('/evidence', { token: world.tokens.expert, body: png(1), headers: { 'content-type': 'image/png' } });
    expect(res.status).toBe(415);
  });
});

describe('GET /evidence/:id/screenshot', () => {
  it('serves the image to those who may read the evidence, with its hash', async () => {
    const saved = await clip();
    const image = png(9);
    await put(saved.id, image, world.tokens.expert);
    const res = await call(`/evidence/${saved.id}/screenshot`, { token: world.tokens.reviewer });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-sha256')).toBe(await sha256(image));
  });

  it('is 404 without a screenshot, 403 for other enterprises, 401 anonymously, 400 for a bad id', async () => {
    const saved = await clip();
    expect((await call('/evidence/abc/screenshot', { token: world.tokens.reviewer })).status).toBe(400);
    expect((await call(`/evidence/${saved.id}/screenshot`, { token: world.tokens.reviewer })).status).toBe(404);
    expect((await call(`/evidence/${saved.id}/screenshot`, { token: world.tokens.jiaan })).status).toBe(403);
    expect((await call(`/evidence/${saved.id}/screenshot`)).status).toBe(401);
  });
});
