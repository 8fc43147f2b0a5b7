// The worker's bindings and per-request variables. Written by hand rather than by `wrangler types`
// because the extension type-checks this file too (through AppType) and must not see workerd globals.
import type { D1Database, Queue, R2Bucket } from '@cloudflare/workers-types';
import type { JobMessage } from '../shared/schemas/jobs';
import type { Actor } from './policy/actor';

export type Env = {
  DB: D1Database;
  /** Screenshots taken with clips, keyed by evidence and SHA-256. */
  SCREENSHOTS: R2Bucket;
  /** Background jobs (worker/jobs/queue.ts): result rebuilds and refreshes, agreement, the evidence finder. */
  JOBS: Queue<JobMessage>;
  /** Seconds a refresh of ranks, statistics, progress and agreement waits after the change that asked for it,
   *  so a burst of changes is taken in by one computation (text, as wrangler vars are; tests set 0). */
  DERIVED_DELAY_SECONDS?: string;
  /** Enterprises per rebuild chunk (jobs/rebuild.ts); unset in deployments, small in tests. */
  DERIVED_REBUILD_CHUNK?: string;
  /** The most rows of an XLSX download (routes/exports.ts); unset in deployments, small in a test. */
  EXPORT_XLSX_MAX_ROWS?: string;
  /** Session lifetime in days (text, as wrangler vars are). */
  SESSION_DAYS?: string;
  /** Browser origins allowed by CORS, comma-separated: the extension's chrome-extension://<id> and
   *  moz-extension://<uuid> origins and the console's https origin. */
  ALLOWED_ORIGINS?: string;
  /** "true" under `npm run dev` and the browser tests: any extension origin passes CORS. */
  DEV?: string;
  /** The freshness job (worker/jobs/freshness.ts): hosts it may fetch although local, comma-separated
   *  (`127.0.0.1`, `*.localhost`) — tests and local development only; evidence items per run; seconds between
   *  two fetches from one host; hours before an item is checked again. */
  FRESHNESS_ALLOW_HOSTS?: string;
  FRESHNESS_MAX_ITEMS?: string;
  FRESHNESS_HOST_SPACING_SECONDS?: string;
  FRESHNESS_RECHECK_HOURS?: string;
  /** The evidence finder: "false" and requests queue no finder jobs (the worker tests, which send the jobs they mean
   *  to run); hosts its fetcher may reach although local, comma-separated (tests and local development only, like
   *  FRESHNESS_ALLOW_HOSTS). */
  FINDER_SEND_JOBS?: string;
  FINDER_ALLOW_HOSTS?: string;
  /** The only hosts the finder and the freshness job fetch, when set (same patterns): `npm run dev` sets its demo site's. */
  FETCH_ONLY_HOSTS?: string;
  /** "true" only under the benchmark (`--var D1_METER:true`): requests asking for it get D1's row counts in headers. */
  D1_METER?: string;
};

export type AppEnv = {
  Bindings: Env;
  Variables: {
    /** The signed-in user, or null for anonymous requests. */
    actor: Actor | null;
    /** SHA-256 of the bearer token of this request, when there is one. */
    tokenHash: string | null;
    /** Whether that session came in the web console's cookie rather than a bearer token. */
    viaCookie: boolean;
  };
};
