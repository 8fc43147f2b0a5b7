// Timed HTTP requests from a thread of their own. The bench's process holds the tiers' data and every figure so far
// (a script holding one tier measured ~120 MB of heap and ~150 MB outside it); its garbage collections, one every ~10
// requests of the 300-item panel, fell inside the request being timed and added 50-60 ms to it (p95 82 ms where curl
// measured 27 ms against the same worker). The thread holds nothing but the run at hand, so what is timed is the request, not the
// bench; it lives for the whole bench, so its HTTP client is as warm as the process's was.
import { Worker } from 'node:worker_threads';
import { summarise, type Summary } from './stats';

/** A request as sent: everything decided beforehand, so that the thread only sends and times. */
export type PreparedRequest = { method: string; url: string; headers: Record<string, string>; body?: string };

/** One timed run: `warmups` sent one by one, untimed, then `requests`, `concurrency` at a time. */
export type LaneRun = { warmups: PreparedRequest[]; requests: PreparedRequest[]; concurrency: number; ok: number[] };

/** What the thread posts back for a run: each request's milliseconds, the run's wall time, and the first unexpected answer. */
type LaneAnswer = { id: number; samples: number[]; wallMs: number; failure: string | null };

/** One request timed on the thread, with its answer for the caller to read (a next request that depends on it). */
export type TimedAnswer = { ms: number; status: number; text: string };

/** The thread: for each run, the warm-ups, then lanes that take the timed requests in order, each timed from sending to its body read. */
const thread = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', async ({ id, one, warmups, requests, concurrency, ok }) => {
  if (one) {
    try {
      const began = performance.now();
      const res = await fetch(one.url, { method: one.method, headers: one.headers, body: one.body });
      const text = await res.text();
      parentPort.postMessage({ id, answer: { ms: performance.now() - began, status: res.status, text } });
    } catch (err) {
      parentPort.postMessage({ id, failure: String((err && err.stack) || err) });
    }
    return;
  }
  const samples = [];
  let failure = null;
  const check = async (res, method, url) => {
    const text = await res.text();
    if (!ok.includes(res.status) && failure === null) failure = method + ' ' + url + ' answered ' + res.status + ' ' + text.slice(0, 300);
  };
  try {
    for (const { method, url, headers, body } of warmups) await check(await fetch(url, { method, headers, body }), method, url);
    let next = 0;
    const started = performance.now();
    const lane = async () => {
      while (next < requests.length && failure === null) {
        const { method, url, headers, body } = requests[next++];
        const began = performance.now();
        await check(await fetch(url, { method, headers, body }), method, url);
        samples.push(performance.now() - began);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, requests.length) }, lane));
    parentPort.postMessage({ id, samples, wallMs: performance.now() - started, failure });
  } catch (err) {
    parentPort.postMessage({ id, samples: [], wallMs: 0, failure: String((err && err.stack) || err) });
  }
});
`;

let lane: Worker | null = null;
let lastId = 0;

/** Posts `message` to the bench's client thread (started on first use; it does not keep the process alive) and waits for its answer. */
function ask<T extends { id: number }>(message: object): Promise<T> {
  if (!lane) {
    lane = new Worker(thread, { eval: true });
    lane.unref();
  }
  const worker = lane;
  const id = ++lastId;
  return new Promise<T>((resolve, reject) => {
    const onMessage = (answer: T) => {
      if (answer.id !== id) return;
      worker.off('message', onMessage).off('error', reject);
      resolve(answer);
    };
    worker.on('message', onMessage).once('error', reject);
    worker.postMessage({ id, ...message });
  });
}

/** Times a run from the bench's client thread. */
export async function timedRequests(run: LaneRun, label: string): Promise<Summary> {
  const answer = await ask<LaneAnswer>(run);
  if (answer.failure) throw new Error(`${label}: ${answer.failure}`);
  return summarise(answer.samples, answer.wallMs, run.concurrency);
}

/** Times one request from the bench's client thread, from sending to its body read; the answer comes back with the time. */
export async function timedRequest(request: PreparedRequest): Promise<TimedAnswer> {
  const { answer, failure } = await ask<{ id: number; answer?: TimedAnswer; failure?: string }>({ one: request });
  if (!answer) throw new Error(`${request.method} ${request.url}: ${failure}`);
  return answer;
}
