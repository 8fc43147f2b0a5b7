// The worker: the JSON API under /api/v1, mounted from one route module per resource.
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './env';
import { ApiError, errorResponse } from './errors';
import { apiCors } from './middleware/cors';
import { jsonBodyOnly, limitedBody } from './middleware/json-body';
import { sessionActor } from './middleware/session';
import { auditRoutes } from './routes/audit';
import { enterpriseRoutes } from './routes/enterprises';
import { evidenceRoutes } from './routes/evidence';
import { healthRoutes } from './routes/health';
import { inviteRoutes } from './routes/invites';
import { meRoutes } from './routes/me';
import { memberRoutes } from './routes/members';
import { roundRoutes } from './routes/rounds';
import { sessionRoutes } from './routes/sessions';
import { userRoutes } from './routes/users';

const api = new Hono<AppEnv>()
  .use(jsonBodyOnly, limitedBody, sessionActor)
  .route('/', healthRoutes)
  .route('/', sessionRoutes)
  .route('/', meRoutes)
  .route('/', inviteRoutes)
  .route('/', userRoutes)
  .route('/', roundRoutes)
  .route('/', memberRoutes)
  .route('/', enterpriseRoutes)
  .route('/', evidenceRoutes)
  .route('/', auditRoutes);

const app = new Hono<AppEnv>()
  .use(secureHeaders())
  .use('/api/*', apiCors)
  .route('/api/v1', api)
  .notFound(() => {
    throw new ApiError(404, 'not_found', 'No such endpoint');
  })
  .onError(errorResponse);

export type AppType = typeof app;
export default app;
