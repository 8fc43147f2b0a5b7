// The clips on their way to the worker. A clip is stored (storage.local) before its first attempt and
// removed only once the worker confirmed it: never lost. Every attempt carries the clip's idempotency
// key: never saved twice. Unreachable worker, timeouts and 5xx → retried with backoff on alarms, at
// start-up, when the browser comes online and after any answer from the worker; 4xx → kept for the user.
import { browser } from 'wxt/browser';
import type { ClipQueue, QueuedClip, SaveOutcome } from '../../../shared/schemas/clip';
import type { Evidence } from '../../../shared/schemas/evidence';
import { onWorkerReachable, request, uploadScreenshot } from '../../lib/api';
import type { Failure } from '../../lib/result';
import { queuedFor } from '../../lib/queued-for';
import { isRetryable, retryDelay } from '../../lib/retry-policy';
import { clipQueue, screenshotOf, sessionItem } from '../../lib/storage';

const RETRY_ALARM = 'clip-queue-retry';
/** Chrome fires alarms at most every 30 s; sooner retries use a timer while the service worker lives. */
const MIN_ALARM_DELAY_MS = 30_000;

let running: Promise<unknown> = Promise.resolve();
/** Queue changes and deliveries run one at a time: the same clip is never in flight twice. */
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = running.then(task, task);
  running = run.catch(() => undefined);
  return run;
}

async function change(edit: (queue: ClipQueue) => ClipQueue): Promise<ClipQueue> {
  const next = edit(await clipQueue.getValue());
  await clipQueue.setValue(next);
  return next;
}

const withItem = (key: string, edit: (item: QueuedClip) => QueuedClip | null) => (queue: ClipQueue) => ({
  ...queue,
  items: queue.items.flatMap((item) => (item.key === key ? (edit(item) ?? []) : [item])),
});

let timer: ReturnType<typeof setTimeout> | undefined;
async function scheduleRetry(queue: ClipQueue): Promise<void> {
  clearTimeout(timer);
  const due = queue.nextAttemptAt ? Date.parse(queue.nextAttemptAt) : null;
  if (due === null || !queue.items.some((item) => item.state === 'pending')) {
    await browser.alarms.clear(RETRY_ALARM);
    return;
  }
  timer = setTimeout(() => void flush(), Math.max(0, due - Date.now()));
  await browser.alarms.create(RETRY_ALARM, { when: Math.max(due, Date.now() + MIN_ALARM_DELAY_MS) });
}

type Delivery = { ok: true; evidence: Evidence } | { ok: false; failure: Failure };

/**
 * One attempt: the evidence, then its screenshot. Posting the evidence again after an earlier attempt
 * created it (and only the screenshot failed) just returns that record: the key makes it idempotent.
 */
async function deliver(item: QueuedClip): Promise<Delivery> {
  const saved = await request((api) => api.api.v1.evidence.$post({ json: item.evidence }));
  if (!saved.ok) return { ok: false, failure: saved.error };
  if (item.screenshot === 'pending') {
    const image = await screenshotOf(item.key).getValue();
    const uploaded = image ? await uploadScreenshot(saved.value.id, image) : saved;
    if (!uploaded.ok) return { ok: false, failure: uploaded.error };
  }
  return { ok: true, evidence: saved.value };
}

/**
 * Records an attempt's result. `automatic` attempts (retries) grow the backoff; a user's own save that
 * fails does not, so twenty clips taken offline do not push the next retry minutes away.
 */
async function settle(item: QueuedClip, delivery: Delivery, automatic: boolean): Promise<SaveOutcome> {
  if (delivery.ok) {
    await change((queue) => ({ ...withItem(item.key, () => null)(queue), failures: 0, nextAttemptAt: null }));
    await screenshotOf(item.key).removeValue();
    return { state: 'saved', evidenceId: delivery.evidence.id };
  }
  const { code, message, status } = delivery.failure;
  const lastError = { code, message, status };
  if (isRetryable(delivery.failure)) {
    const queue = await change((q) => {
      const failures = automatic ? q.failures + 1 : Math.max(1, q.failures);
      const next = withItem(item.key, (i) => ({ ...i, attempts: i.attempts + 1, lastError }))(q);
      return { ...next, failures, nextAttemptAt: new Date(Date.now() + retryDelay(failures)).toISOString() };
    });
    await scheduleRetry(queue);
    return { state: 'queued' };
  }
  await change(withItem(item.key, (i) => ({ ...i, state: 'attention', attempts: i.attempts + 1, lastError })));
  return { state: 'attention', error: lastError };
}

/** Stores a clip, replacing an earlier version with the same key (an edited clip), then tries to send it. */
export async function enqueueAndSend(item: QueuedClip): Promise<SaveOutcome> {
  return exclusive(async () => {
    await change((queue) => ({ ...queue, items: [...queue.items.filter((i) => i.key !== item.key), item] }));
    return settle(item, await deliver(item), false);
  });
}

/**
 * Sends the signed-in user's pending clips, oldest first, stopping at the first sign the worker is
 * still unreachable. Unless `force`d it waits for the backoff.
 */
export function flush({ force = false } = {}): Promise<void> {
  return exclusive(async () => {
    const session = await sessionItem.getValue();
    const queue = await clipQueue.getValue();
    if (!session || !queue.items.some((item) => item.state === 'pending')) return;
    if (!force && queue.nextAttemptAt && Date.parse(queue.nextAttemptAt) > Date.now()) return scheduleRetry(queue);
    for (const item of queue.items) {
      if (item.state !== 'pending' || item.userId !== session.user.id) continue;
      if ((await settle(item, await deliver(item), true)).state === 'queued') return;
    }
    await scheduleRetry(await clipQueue.getValue());
  });
}

let flushWaiting = false;
/** A forced flush after whatever runs now, at most one waiting (answers come in bursts). */
function flushSoon() {
  if (flushWaiting) return;
  flushWaiting = true;
  void exclusive(async () => {
    flushWaiting = false;
  }).then(() => flush({ force: true }));
}

/** The badge counts the signed-in user's clips only. */
async function showCount(queue: ClipQueue) {
  const items = queuedFor(queue, (await sessionItem.getValue())?.user.id ?? null);
  const attention = items.some((item) => item.state === 'attention');
  await browser.action.setBadgeText({ text: items.length ? String(items.length) : '' });
  await browser.action.setBadgeBackgroundColor({ color: attention ? '#cf222e' : '#9a6700' });
}

export function setupClipQueue() {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETRY_ALARM) void flush();
  });
  onWorkerReachable(flushSoon);
  globalThis.addEventListener?.('online', () => void flush({ force: true }));
  clipQueue.watch((queue) => void showCount(queue));
  // Signing in (again) releases the clips the worker refused for want of a session.
  sessionItem.watch((session) => {
    void clipQueue.getValue().then(showCount);
    if (!session) return;
    void exclusive(() =>
      change((queue) => ({
        ...queue,
        items: queue.items.map((i) => (i.state === 'attention' && i.lastError?.status === 401 ? { ...i, state: 'pending' as const } : i)),
      })),
    ).then(() => flush({ force: true }));
  });
  // A browser (re)start: a fresh backoff and a first try right away.
  browser.runtime.onStartup.addListener(() => {
    void exclusive(() => change((queue) => ({ ...queue, failures: 0, nextAttemptAt: null }))).then(() => flush({ force: true }));
  });
  // The service worker woke up (it sleeps when idle): catch up, within the backoff.
  void clipQueue.getValue().then(showCount);
  void flush();
}

/** The signed-in user's queued clip under `key` (null: none, or another user's). */
export const findQueued = async (key: string) =>
  queuedFor(await clipQueue.getValue(), (await sessionItem.getValue())?.user.id ?? null).find((i) => i.key === key) ?? null;

/** The popup's actions on one of the signed-in user's queued clips. */
export const retryQueued = async (key: string) => {
  if (!(await findQueued(key))) return;
  await exclusive(() => change(withItem(key, (i) => ({ ...i, state: 'pending' }))));
  await flush({ force: true });
};

export const discardQueued = async (key: string) => {
  if (!(await findQueued(key))) return;
  await exclusive(async () => {
    await change(withItem(key, () => null));
    await screenshotOf(key).removeValue();
  });
};
