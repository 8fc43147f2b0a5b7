// The round-scale queues' probes: the reviewers' pending-evidence queue (first page, each next page, a street's
// first page, its facet counts), the disagreement queue and an expert's slots to score. The next-page cursors
// are read from the tier's SQLite file before the worker starts: the keys at every page boundary of the queue.
import type { DatabaseSync } from 'node:sqlite';
import { encodeCursor } from '../../worker/queries/cursor';
import type { Probe } from './worker-figures';

/** The page size the probes ask for: what a reviewer's screen of the queue shows. */
export const QUEUE_PAGE = 50;
/** Page boundaries the next-page probe rotates over, spread along the whole queue. */
const CURSORS = 40;

export type QueueWorld = { cursors: string[]; streets: string[]; pending: number };

/** Cursors at evenly spread page boundaries of the round's pending queue (contradicting first, then by id), and the streets. */
export function queueWorld(db: DatabaseSync, roundId: number): QueueWorld {
  const keys = db
    .prepare(`SELECT (stance <> 'contradicts') AS r, id FROM evidence WHERE round_id = ? AND status = 'pending' AND deleted_at IS NULL ORDER BY r, id`)
    .all(roundId) as { r: number; id: number }[];
  const pages = Math.max(1, Math.floor(keys.length / QUEUE_PAGE) - 1);
  const step = Math.max(1, Math.floor(pages / CURSORS));
  const cursors: string[] = [];
  for (let page = 1; page <= pages && cursors.length < CURSORS; page += step) {
    const last = keys[page * QUEUE_PAGE - 1]!;
    cursors.push(encodeCursor([last.r, last.id]));
  }
  const streets = (db.prepare('SELECT DISTINCT e.street FROM enterprise e JOIN round_enterprise re ON re.enterprise_id = e.id WHERE re.round_id = ? ORDER BY e.street').all(roundId) as { street: string }[]).map((s) => s.street);
  return { cursors, streets, pending: keys.length };
}

export function queueProbes(roundId: number, queue: QueueWorld, iterations: number): Probe[] {
  const base = `/rounds/${roundId}/queues`;
  const warmup = Math.max(2, Math.ceil(iterations / 10));
  const probe = (id: string, label: string, request: Probe['request'], login: Probe['login'] = 'reviewer', n = iterations): Probe => ({
    id,
    label,
    kind: 'read',
    login,
    request,
    ok: [200],
    iterations: n,
    warmup,
    concurrency: [1],
    floor: true,
  });
  return [
    probe('q-first', `(e) reviewer queue, first page of ${QUEUE_PAGE}`, () => ({ method: 'GET', path: `${base}/evidence?limit=${QUEUE_PAGE}` })),
    probe('q-next', `(e) reviewer queue, next pages of ${QUEUE_PAGE}`, (i) => ({ method: 'GET', path: `${base}/evidence?limit=${QUEUE_PAGE}&cursor=${encodeURIComponent(queue.cursors[i % queue.cursors.length]!)}` })),
    probe('q-street', "(e) reviewer queue, a street's first page", (i) => ({ method: 'GET', path: `${base}/evidence?limit=${QUEUE_PAGE}&street=${encodeURIComponent(queue.streets[i % queue.streets.length]!)}` })),
    probe('q-facets', '(e) reviewer queue, facet counts', () => ({ method: 'GET', path: `${base}/evidence/facets` }), 'reviewer', Math.max(5, Math.ceil(iterations / 5))),
    probe('q-disagreements', '(e) disagreement queue, first page of 20', () => ({ method: 'GET', path: `${base}/disagreements?limit=20` })),
    probe('q-to-score', "(e) an expert's slots to score, first page", () => ({ method: 'GET', path: `${base}/to-score?limit=${QUEUE_PAGE}` }), 'expert.labour', Math.max(5, Math.ceil(iterations / 5))),
  ];
}
