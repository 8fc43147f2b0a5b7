// What one user of a browser profile chose or captured never reaches the next user who signs in there: the
// picker's remembered choices and drafts are per user, the round and the offline copies are forgotten when the
// user changes, and the first user finds their own again after signing back in.
import './i18n';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ClipChoice, ClipDraft, ClipQueue, QueuedClip, StoredSession } from '../../../shared/schemas/clip';
import { signIn } from '../../../extension/lib/auth';
import { draftFor, dropDraft, keepDraft } from '../../../extension/lib/drafts';
import { followUserChange } from '../../../extension/lib/offline-copy';
import { queuedFor } from '../../../extension/lib/queued-for';
import { setupSignInWarmUp } from '../../../extension/entrypoints/background/sign-in-warm-up';
import { clipDrafts, currentRoundId, indicatorTrees, offlineCopies, sessionExpired, sessionItem, siteDirectory } from '../../../extension/lib/storage';
import { recallChoices, rememberChoice } from '../../../extension/lib/user-choices';

const sessionOf = (id: number): StoredSession => ({
  token: `token-of-user-${id}-0123456789`,
  expiresAt: '2099-01-01T00:00:00.000Z',
  user: { id, login: `user${id}`, displayName: `User ${id}`, isAdmin: false, memberships: [] },
});
const A = 7;
const B = 8;
const choice: ClipChoice = { draftId: 'd1', roundId: 3, enterprise: { id: 40, name: '上海华信' }, indicatorId: 12, stance: 'supports', note: '', screenshot: true };
const draft = (id: string): ClipDraft => ({ id, tabId: 5, capture: { url: 'https://example.com/report', title: 'Report' }, createdAt: '2026-12-06T08:00:00.000Z' });
const signedIn = (id: number | null) => sessionItem.setValue(id === null ? null : sessionOf(id));

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.unstubAllGlobals());

describe('the picker’s remembered choices', () => {
  it('are the user’s own: another user recalls nothing, the first finds theirs again', async () => {
    await rememberChoice(A, choice, 'example.com');
    expect(await recallChoices(B, 3, 'example.com')).toEqual({ lastIndicatorId: null, remembered: null, screenshotByDefault: false });
    expect(await recallChoices(null, 3, 'example.com')).toEqual({ lastIndicatorId: null, remembered: null, screenshotByDefault: false });
    expect(await recallChoices(A, 3, 'example.com')).toEqual({ lastIndicatorId: 12, remembered: { id: 40, name: '上海华信' }, screenshotByDefault: true });
  });
});

describe('drafts waiting in a picker', () => {
  it('are shown only to the user who captured them, never dropped by another, and come back to their maker', async () => {
    await signedIn(A);
    expect((await keepDraft(draft('d1'))).userId).toBe(A);
    await signedIn(null);
    expect(await draftFor('d1')).toBeNull();
    await signedIn(B);
    expect(await draftFor('d1')).toBeNull();
    expect(await dropDraft('d1')).toBeNull();
    expect(Object.keys(await clipDrafts.getValue())).toEqual(['d1']);
    await signedIn(A);
    expect(await draftFor('d1')).toMatchObject({ id: 'd1', userId: A });
    expect(await dropDraft('d1')).toMatchObject({ id: 'd1' });
    expect(await clipDrafts.getValue()).toEqual({});
  });

  it('captured signed out, belong to whoever signs in to save them', async () => {
    await keepDraft(draft('d2'));
    await signedIn(B);
    expect(await draftFor('d2')).toMatchObject({ id: 'd2' });
  });
});

describe('queued clips', () => {
  it('are listed for the user who clipped them only', () => {
    const item = (key: string, userId: number) => ({ key, userId }) as QueuedClip;
    const queue: ClipQueue = { items: [item('a1', A), item('b1', B), item('a2', A)], failures: 0, nextAttemptAt: null };
    expect(queuedFor(queue, A).map((i) => i.key)).toEqual(['a1', 'a2']);
    expect(queuedFor(queue, B).map((i) => i.key)).toEqual(['b1']);
    expect(queuedFor(queue, null)).toEqual([]);
  });
});

describe('signing in after another user’s session ended', () => {
  const answerSignIn = (id: number) => vi.stubGlobal('fetch', async () => new Response(JSON.stringify(sessionOf(id)), { status: 201, headers: { 'content-type': 'application/json' } }));

  it('forgets the round the previous user worked in; the same user signing in again keeps it', async () => {
    await Promise.all([signedIn(A), sessionExpired.setValue(true), currentRoundId.setValue(3)]);
    answerSignIn(A);
    expect((await signIn('user7', 'pw')).ok).toBe(true);
    expect(await currentRoundId.getValue()).toBe(3);
    await sessionExpired.setValue(true);
    answerSignIn(B);
    expect((await signIn('user8', 'pw')).ok).toBe(true);
    expect(await currentRoundId.getValue()).toBeNull();
    expect((await sessionItem.getValue())?.user.id).toBe(B);
  });

  it('drops the worker’s answers kept for offline use when the user changes or signs out, not when the same user signs in again', async () => {
    followUserChange();
    const copies = { rounds: { items: [{ id: 3 }] } };
    await signedIn(A);
    await offlineCopies.setValue(copies);
    await signedIn(A);
    expect(await offlineCopies.getValue()).toEqual(copies);
    await signedIn(B);
    await vi.waitFor(async () => expect(await offlineCopies.getValue()).toEqual({}));
    await offlineCopies.setValue(copies);
    await signedIn(null);
    await vi.waitFor(async () => expect(await offlineCopies.getValue()).toEqual({}));
  });

  it('asks for the new user’s round, its indicator tree and its directory of domains once the previous user’s copies are gone', async () => {
    const round = { id: 4, year: 2026, status: 'collecting', framework: { id: 2, code: 'csr', version: 1 } };
    const tree = [{ id: 31, code: 'STAFF' }];
    const directory = { items: [{ id: 12, name: '华鑫', domains: ['huaxin-auto.cn'] }] };
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (input: string | URL) => {
      const path = new URL(String(input)).pathname;
      asked.push(path);
      const body = path === '/api/v1/rounds' ? { items: [round] } : path.endsWith('/enterprises/domains') ? directory : { items: tree };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    setupSignInWarmUp();
    await signedIn(A);
    await vi.waitFor(() => expect([...asked].sort()).toEqual(['/api/v1/rounds', '/api/v1/rounds/4/enterprises/domains', '/api/v1/rounds/4/indicators']));
    await vi.waitFor(async () => expect((await siteDirectory.getValue())?.userId).toBe(A));
    await offlineCopies.setValue({ rounds: { items: [{ id: 3 }] } });
    await signedIn(B);
    // The tree is the framework's, kept for any user; the round and the directory are the user's own.
    await vi.waitFor(() => expect(asked).toHaveLength(5));
    expect(asked.slice(3).sort()).toEqual(['/api/v1/rounds', '/api/v1/rounds/4/enterprises/domains']);
    expect(await offlineCopies.getValue()).toEqual({ rounds: { items: [round] } });
    await vi.waitFor(async () => expect(await siteDirectory.getValue()).toMatchObject({ userId: B, roundId: 4, owners: { 'huaxin-auto.cn': [12, '华鑫'] } }));
    await vi.waitFor(async () => expect(Object.values(await indicatorTrees.getValue())).toEqual([tree]));
    // Nothing is asked again for the same user, nor after signing out.
    await signedIn(B);
    await signedIn(null);
    expect(asked).toHaveLength(5);
    expect(await siteDirectory.getValue()).toBeNull();
  });
});
