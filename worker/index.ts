// The worker: the JSON API under /api/v1, mounted from one route module per resource, the public results
// pages under /public, the background job queue (jobs/queue.ts: result rebuilds and refreshes, the evidence
// finder) and the daily Cron Trigger (wrangler.toml): the freshness check of evidence sources, and a nudge to
// every round's derived state (a new day's rebuild, jobs that stalled).
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { ExecutionContext, ScheduledController } from '@cloudflare/workers-types';
import { database } from './db/client';
import type { AppEnv, Env } from './env';
import { ApiError, errorResponse } from './errors';
import { runFreshness } from './jobs/freshness';
import { consumeJobs } from './jobs/queue';
import { freshnessSettings } from './jobs/freshness-settings';
import { apiCors } from './middleware/cors';
import { d1Meter } from './middleware/d1-meter';
import { jsonBodyOnly, limitedBody } from './middleware/json-body';
import { noCredentialsInUrl, sessionActor } from './middleware/session';
import { nudgeAllRounds } from './queries/results-state';
import { adjustmentRoutes } from './routes/adjustments';
import { agreementRoutes } from './routes/agreement';
import { assignmentRoutes } from './routes/assignments';
import { caseRoutes } from './routes/cases';
import { commendationRoutes } from './routes/commendations';
import { exportRoutes } from './routes/exports';
import { enrolmentRoutes } from './routes/enrolments';
import { auditRoutes } from './routes/audit';
import { disagreementRoutes } from './routes/disagreements';
import { documentationRequestRoutes } from './routes/documentation-requests';
import { enterpriseAccountRoutes } from './routes/enterprise-accounts';
import { enterpriseRoutes } from './routes/enterprises';
import { expertQueueRoutes } from './routes/expert-queue';
import { expiringEvidenceRoutes } from './routes/expiring-evidence';
import { explanationRoutes } from './routes/explanations';
import { evidenceRoutes } from './routes/evidence';
import { sourceFlagRoutes } from './routes/source-flags';
import { frameworkRoutes } from './routes/frameworks';
import { finderRoutes } from './routes/finder';
import { freshnessRoutes } from './routes/freshness';
import { healthRoutes } from './routes/health';
import { progressRoutes } from './routes/progress';
import { publicRoutes } from './routes/public';
import { rectificationRoutes } from './routes/rectifications';
import { reportScheduleRoutes } from './routes/report-schedules';
import { reportRoutes } from './routes/reports';
import { resultRoutes } from './routes/results';
import { reviewQueueRoutes } from './routes/review-queue';
import { resultStatisticsRoutes } from './routes/result-statistics';
import { consoleInviteRoutes, inviteRoutes } from './routes/invites';
import { meRoutes } from './routes/me';
import { memberRoutes } from './routes/members';
import { panelRoutes } from './routes/panel';
import { roundRoutes } from './routes/rounds';
import { screenshotRoutes } from './routes/screenshots';
import { scoreRoutes } from './routes/scores';
import { consoleHandoffRoutes, handoffRoutes } from './routes/session-handoff';
import { consoleSignInRoutes, sessionRoutes } from './routes/sessions';
import { streetRoutes } from './routes/streets';
import { userRoutes } from './routes/users';

const api = new Hono<AppEnv>()
  .use(d1Meter, jsonBodyOnly, limitedBody, noCredentialsInUrl)
  .route('/', consoleSignInRoutes)
  .route('/', consoleInviteRoutes)
  .route('/', consoleHandoffRoutes)
  .use(sessionActor)
  .route('/', healthRoutes)
  .route('/', sessionRoutes)
  .route('/', handoffRoutes)
  .route('/', meRoutes)
  .route('/', inviteRoutes)
  .route('/', userRoutes)
  .route('/', roundRoutes)
  .route('/', memberRoutes)
  .route('/', frameworkRoutes)
  .route('/', enterpriseRoutes)
  .route('/', enrolmentRoutes)
  .route('/', assignmentRoutes)
  .route('/', evidenceRoutes)
  .route('/', sourceFlagRoutes)
  .route('/', screenshotRoutes)
  .route('/', scoreRoutes)
  .route('/', resultRoutes)
  .route('/', panelRoutes)
  .route('/', rectificationRoutes)
  .route('/', auditRoutes)
  .route('/', progressRoutes)
  .route('/', resultStatisticsRoutes)
  .route('/', commendationRoutes)
  .route('/', exportRoutes)
  .route('/', streetRoutes)
  .route('/', reportScheduleRoutes)
  .route('/', reportRoutes)
  .route('/', caseRoutes)
  .route('/', freshnessRoutes)
  .route('/', documentationRequestRoutes)
  .route('/', adjustmentRoutes)
  .route('/', agreementRoutes)
  .route('/', expiringEvidenceRoutes)
  .route('/', explanationRoutes)
  .route('/', finderRoutes)
  .route('/', reviewQueueRoutes)
  .route('/', disagreementRoutes)
  .route('/', expertQueueRoutes)
  .route('/', enterpriseAccountRoutes);

export const app = new Hono<AppEnv>()
  .use(secureHeaders())
  .use('/api/*', apiCors)
  .route('/api/v1', api)
  .route('/public', publicRoutes)
  .notFound(() => {
    throw new ApiError(404, 'not_found', 'No such endpoint');
  })
  .onError(errorResponse);

export type AppType = typeof app;

export default {
  fetch: app.fetch,
  /** The Cron Trigger: one bounded run of the freshness job, as a system action, and the derived state's nudge. */
  scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext) {
    ctx.waitUntil(runFreshness(database(env.DB), freshnessSettings(env), { kind: 'cron' }));
    ctx.waitUntil(nudgeAllRounds(database(env.DB), env));
  },
  queue: consumeJobs,
};
