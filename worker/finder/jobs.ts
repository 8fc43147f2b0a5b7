// The evidence finder's background jobs: discovering an enterprise's sources (and sweeping a round's
// enterprises), and fetching, extracting and indexing one report.
// Each is idempotent: a report's job names its generation, an unchanged report (same SHA-256, same index
// format) is not indexed twice, and every failure ends in a stated report state rather than a retry loop.
import { sql } from 'drizzle-orm';
import type { JobMessage } from '../../shared/schemas/jobs';
import { encodeIndex } from '../../shared/finder/stored-index';
import { sha256Hex } from '../auth/crypto';
import { runBatch } from '../db/batch';
import { database, type Database } from '../db/client';
import type { Env } from '../env';
import { fetchBytes, type Wanted } from '../jobs/fetch-page';
import { countAttempt, enrolledAfter, findReport, queuedReports, registerSources, saveSummary, setReportState, storeIndexStatements } from '../queries/finder';
import { findRound } from '../queries/rounds';
import { extractReport } from './extract';
import { failureMessage } from './failures';
import { finderSettings } from './settings';
import { loadFinderState, suggest, tokenize, TOKENIZER } from './suggest';

type Job<K extends JobMessage['kind']> = Extract<JobMessage, { kind: K }>;

const REPORTS: Wanted = {
  types: /text\/html|application\/xhtml\+xml|application\/pdf|application\/x-pdf|application\/octet-stream/i,
  refusal: 'unsupported_type',
  headers: { accept: 'application/pdf,text/html;q=0.9,application/xhtml+xml;q=0.9', 'user-agent': 'CSR-Clipper-finder/1 (reads linked CSR reports for evaluators)' },
};
/** D1 keeps a row under 2 MB: an index is stored in parts of at most this many characters (3 bytes each at worst). */
const PART_CHARS = 600_000;
/** Enterprises per sweep message. */
const SWEEP_CHUNK = 50;

export const indexJobs = (sources: { id: number; generation: number }[]): JobMessage[] => sources.map((s) => ({ kind: 'report.index', reportId: s.id, generation: s.generation }));

export async function send(env: Env, messages: JobMessage[]) {
  for (let i = 0; i < messages.length; i += 100) await env.JOBS.sendBatch(messages.slice(i, i + 100).map((body) => ({ body })));
}

/** New sources of one enterprise are registered, and every queued source of it is sent to be read. */
export async function discoverReports(job: Job<'finder.discover'>, env: Env) {
  const db = database(env.DB);
  await registerSources(db, job.roundId, job.enterpriseId);
  await send(env, indexJobs(await queuedReports(db, job.roundId, job.enterpriseId)));
}

/** A chunk of the round's enterprises discovered (each as its own message), then the next chunk. */
export async function sweepRound(job: Job<'finder.sweep'>, env: Env) {
  const db = database(env.DB);
  const ids = await enrolledAfter(db, job.roundId, job.after, SWEEP_CHUNK);
  const next: JobMessage[] = ids.map((enterpriseId) => ({ kind: 'finder.discover', roundId: job.roundId, enterpriseId }));
  if (ids.length === SWEEP_CHUNK) next.push({ kind: 'finder.sweep', roundId: job.roundId, after: ids.at(-1)! });
  await send(env, next);
}

export async function indexReport(job: Job<'report.index'>, env: Env) {
  const db = database(env.DB);
  const settings = finderSettings(env);
  const report = await findReport(db, job.reportId);
  if (!report || report.generation !== job.generation || report.status === 'indexed' || report.status === 'failed') return;
  const attempts = await countAttempt(db, report.id, job.generation);
  if (attempts === null) return;
  const state = (values: Parameters<typeof setReportState>[3]) => setReportState(db, report.id, job.generation, values);
  const failed = (reason: string, message = failureMessage(reason, settings)) => state({ status: 'failed', reason, message });
  if (attempts > settings.maxAttempts) return void (await failed('gave_up'));
  // The last delivery: should the worker be stopped midway (memory, CPU), the report already says so.
  if (attempts === settings.maxAttempts) await failed('worker_stopped');

  const fetched = await fetchBytes(report.url, settings, REPORTS);
  if (!fetched.ok) return void (await failed(fetched.reason));
  const sha256 = await sha256Hex(fetched.bytes);
  const fetchedAt = new Date().toISOString();
  if (sha256 === report.sha256 && (await isCurrentIndex(db, report.id))) {
    await state({ status: 'indexed', reason: null, message: null, fetchedAt, indexedAt: fetchedAt });
    return;
  }
  await state({ status: 'fetched', sha256, fetchedAt, reason: null, message: null });

  const extracted = await extractReport(fetched.bytes, fetched.contentType, settings);
  if (!extracted.ok) return void (await failed(extracted.reason, extracted.message));
  const body = JSON.stringify(encodeIndex(extracted.pages, extracted.passages, tokenize, TOKENIZER));
  const parts: string[] = [];
  for (let i = 0; i < body.length; i += PART_CHARS) parts.push(body.slice(i, i + PART_CHARS));
  await runBatch(
    db,
    storeIndexStatements(db, report.id, job.generation, parts, {
      status: 'indexed',
      format: extracted.format,
      title: extracted.title,
      pageCount: extracted.pageCount,
      passageCount: extracted.passages.length,
      indexBytes: new TextEncoder().encode(body).byteLength,
      indexedAt: new Date().toISOString(),
      reason: null,
      message: extracted.note,
    }),
  );
  await summarize(db, report.roundId, report.enterpriseId);
}

/** Whether the stored index was made by today's tokenizer and format (else an unchanged report is indexed again). */
async function isCurrentIndex(db: Database, reportId: number) {
  const row = await db.get<{ head: string } | undefined>(
    // The format and tokenizer are the stored JSON's first fields.
    sql`SELECT substr(body, 1, 40) AS head FROM finder_index_part WHERE report_id = ${reportId} AND part = 0`,
  );
  return row?.head.startsWith(`{"v":1,"tokenizer":"${TOKENIZER}"`) ?? false;
}

/** Re-derives the enterprise's count of suggestions to review and the indicators they are for. */
export async function summarize(db: Database, roundId: number, enterpriseId: number) {
  const round = await findRound(db, roundId);
  const suggestions = suggest(await loadFinderState(db, round, enterpriseId));
  const withItems = suggestions.filter((s) => s.items.length > 0);
  await saveSummary(db, roundId, enterpriseId, withItems.reduce((sum, s) => sum + s.items.length, 0), withItems.map((s) => s.indicatorId)).run();
}

/** Sends jobs from a request, unless this deployment's requests queue none (FINDER_SEND_JOBS, the worker tests). */
export async function sendFromRequest(env: Env, messages: JobMessage[]) {
  if (env.FINDER_SEND_JOBS !== 'false') await send(env, messages);
}
