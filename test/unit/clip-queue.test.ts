// The offline queue against a stand-in worker, in WXT's fake browser: never lost, never twice.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { QueuedClip } from '../../shared/schemas/clip';
// The background's session port, as its entry point provides it.
import '../../extension/lib/ports/extension-session';
import { discardQueued, enqueueAndSend, flush, retryQueued, setupClipQueue } from '../../extension/entrypoints/background/clip-queue';
import { clipQueue, screenshotOf, sessionItem } from '../../extension/lib/storage';

/** A worker that creates one record per idempotency key, and can be down or refuse. */
function standInWorker() {
  const worker = {
    mode: 'up' as 'up' | 'down' | 403 | 401,
    uploads: 'up' as 'up' | 'down',
    created: new Map<string, number>(),
    posted: [] as string[],
    uploaded: [] as number[],
  };
  const json = (body: unknown, status: number) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', async (input: string | URL, init: RequestInit) => {
    if (worker.mode === 'down') throw new TypeError('Failed to fetch');
    const path = new URL(String(input)).pathname;
    if (path === '/api/v1/evidence') {
      const key = JSON.parse(String(init.body)).idempotencyKey as string;
      worker.posted.push(key);
      if (typeof worker.mode === 'number') return json({ error: { code: worker.mode === 401 ? 'unauthenticated' : 'forbidden', message: 'refused' } }, worker.mode);
      const known = worker.created.has(key);
      if (!known) worker.created.set(key, worker.created.size + 1);
      return json({ id: worker.created.get(key) }, known ? 200 : 201);
    }
    const upload = /^\/api\/v1\/evidence\/(\d+)\/screenshot$/.exec(path);
    if (upload) {
      if (worker.uploads === 'down') return json({ error: { code: 'internal', message: 'busy' } }, 503);
      worker.uploaded.push(Number(upload[1]));
      return json({ id: Number(upload[1]) }, 201);
    }
    return json({ error: { code: 'not_found', message: path } }, 404);
  });
  return worker;
}

const me = { id: 1, login: 'expert', displayName: '李专家', isAdmin: false, memberships: [] };
let serial = 0;
function clip(overrides: Partial<QueuedClip> = {}): QueuedClip {
  const key = `clip-key-${String(++serial).padStart(8, '0')}`;
  const capture = { url: 'https://www.huaxin-auto.com.cn/csr', title: '报告' };
  return {
    key,
    userId: me.id,
    evidence: { roundId: 1, enterpriseId: 1, indicatorId: 1, title: '报告', url: capture.url, kind: 'link', capturedAt: '2026-11-24T08:00:00.000Z', idempotencyKey: key },
    draft: { id: key, capture, createdAt: '2026-11-24T08:00:00.000Z' },
    choice: { draftId: key, roundId: 1, enterprise: { id: 1, name: '华鑫' }, indicatorId: 1, stance: 'supports', note: '' },
    state: 'pending',
    screenshot: 'none',
    attempts: 0,
    queuedAt: '2026-11-24T08:00:00.000Z',
    ...overrides,
  };
}

const items = async () => (await clipQueue.getValue()).items;
let worker: ReturnType<typeof standInWorker>;

beforeEach(async () => {
  fakeBrowser.reset();
  // Scheduled retries must not fire in the middle of a test; each test flushes when it means to.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  worker = standInWorker();
  await sessionItem.setValue({ token: 'a-session-token-of-some-length', expiresAt: '2099-01-01T00:00:00.000Z', user: me });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the clip queue', () => {
  it('removes a clip the worker confirmed at once', async () => {
    expect(await enqueueAndSend(clip())).toEqual({ state: 'saved', evidenceId: 1 });
    expect(await items()).toEqual([]);
  });

  it('keeps clips while the worker is down and sends each exactly once, in order, when it is back', async () => {
    worker.mode = 'down';
    const clips = [clip(), clip(), clip()];
    for (const c of clips) expect(await enqueueAndSend(c)).toEqual({ state: 'queued' });
    const queue = await clipQueue.getValue();
    expect(queue.items.map((i) => i.key)).toEqual(clips.map((c) => c.key));
    expect(queue.items.every((i) => i.attempts === 1 && i.lastError?.status === 0)).toBe(true);
    // A user's own saves do not grow the backoff: the next retry stays seconds away.
    expect(queue.failures).toBe(1);
    expect(Date.parse(queue.nextAttemptAt!) - Date.now()).toBeLessThan(3_000);

    worker.mode = 'up';
    await Promise.all([flush({ force: true }), flush({ force: true })]);
    expect(worker.posted).toEqual(clips.map((c) => c.key));
    expect(await items()).toEqual([]);
    expect((await clipQueue.getValue()).failures).toBe(0);
  });

  it('waits for the backoff unless forced, and grows it with each automatic failure', async () => {
    worker.mode = 'down';
    await enqueueAndSend(clip());
    await flush();
    expect(worker.posted).toEqual([]);
    await flush({ force: true });
    await flush({ force: true });
    expect((await clipQueue.getValue()).failures).toBe(3);
  });

  it('keeps a refused clip (4xx) for the user with the reason, and sends it again only when asked', async () => {
    worker.mode = 403;
    const refused = clip();
    expect(await enqueueAndSend(refused)).toEqual({ state: 'attention', error: { code: 'forbidden', message: 'refused', status: 403 } });
    worker.mode = 'up';
    await flush({ force: true });
    expect(worker.posted).toEqual([refused.key]);
    expect(await items()).toMatchObject([{ key: refused.key, state: 'attention', lastError: { status: 403 } }]);
    await retryQueued(refused.key);
    expect(worker.posted).toEqual([refused.key, refused.key]);
    expect(await items()).toEqual([]);
  });

  it('drops a clip only when the user discards it', async () => {
    worker.mode = 403;
    const refused = clip({ screenshot: 'pending' });
    await screenshotOf(refused.key).setValue('data:image/png;base64,iVBORw0KGgo=');
    await enqueueAndSend(refused);
    await discardQueued(refused.key);
    expect(await items()).toEqual([]);
    expect(await screenshotOf(refused.key).getValue()).toBeNull();
  });

  it('sends a clip refused for an ended session once the user signs in again', async () => {
    setupClipQueue();
    worker.mode = 401;
    const c = clip();
    expect((await enqueueAndSend(c)).state).toBe('attention');
    worker.mode = 'up';
    await sessionItem.setValue({ token: 'a-new-session-token-after-sign-in', expiresAt: '2099-01-01T00:00:00.000Z', user: me });
    await vi.waitFor(async () => expect(await items()).toEqual([]));
    expect(worker.created.has(c.key)).toBe(true);
  });

  it("does not send another user's clips", async () => {
    worker.mode = 'down';
    const theirs = clip({ userId: 2 });
    await enqueueAndSend(theirs);
    worker.mode = 'up';
    await flush({ force: true });
    expect(worker.posted).toEqual([]);
    expect(await items()).toHaveLength(1);
  });

  it('retries a failed screenshot upload without creating the evidence twice', async () => {
    worker.uploads = 'down';
    const withShot = clip({ screenshot: 'pending' });
    await screenshotOf(withShot.key).setValue('data:image/png;base64,iVBORw0KGgo=');
    expect(await enqueueAndSend(withShot)).toEqual({ state: 'queued' });
    worker.uploads = 'up';
    await flush({ force: true });
    expect(worker.created.size).toBe(1);
    expect(worker.posted).toEqual([withShot.key, withShot.key]);
    expect(worker.uploaded).toEqual([1]);
    expect(await items()).toEqual([]);
    expect(await screenshotOf(withShot.key).getValue()).toBeNull();
  });

  it('shows the number of clips waiting on the badge', async () => {
    setupClipQueue();
    worker.mode = 'down';
    await enqueueAndSend(clip());
    await enqueueAndSend(clip());
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('2'));
    worker.mode = 'up';
    await flush({ force: true });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
  });
});
