// The worker: the JSON API under /api/v1, mounted from one route module per resource.
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './env';
import { ApiError, errorResponse } from './errors';
import { jsonBodyOnly, limitedBody } from './middleware/json-body';
import { sessionActor } from './middleware/session';
import { enterpriseRoutes } from './routes/enterprises';
import { evidenceRoutes } from './routes/evidence';
import { healthRoutes } from './routes/health';
import { roundRoutes } from './routes/rounds';
import { screenshotRoutes } from './routes/screenshots';
import { sessionRoutes } from './routes/sessions';

const api = new Hono<AppEnv>()
  .use(jsonBodyOnly, limitedBody, sessionActor)
  .route('/', healthRoutes)
  .route('/', sessionRoutes)
  .route('/', roundRoutes)
  .route('/', enterpriseRoutes)
  .route('/', evidenceRoutes)
  .route('/', screenshotRoutes);

const app = new Hono<AppEnv>()
  .use(secureHeaders())
  .route('/api/v1', api)
  .notFound(() => {
    throw new ApiError(404, 'not_found', 'No such endpoint');
  })
  .onError(errorResponse);

export type AppType = typeof app;
export default app;
