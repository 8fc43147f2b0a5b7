// Inter-rater agreement of a round for reviewers: Krippendorff's alpha and ICC(2,1), ICC(2,k) per indicator,
// dimension, expert and for the round, computed on the queue after the experts' scores change and served from
// its cache with how fresh it is (ADR 001); one enterprise's figure, when asked, is computed from its own
// scores on request.
import { Hono } from 'hono';
import { z } from 'zod';
import { AgreementQuery, type CachedAgreement, type RoundAgreement } from '../../shared/schemas/agreement';
import { IdParam } from '../../shared/schemas/common';
import { database } from '../db/client';
import type { AppEnv } from '../env';
import { authorize } from '../policy/authorize';
import { enterpriseAgreement } from '../queries/agreement-enterprise';
import { cachedFigures } from '../queries/results-state';
import { findEnrolledEnterprise, findRound } from '../queries/rounds';
import { validate } from '../validate';

export const agreementRoutes = new Hono<AppEnv>().get('/rounds/:roundId/agreement', validate('param', z.object({ roundId: IdParam })), validate('query', AgreementQuery), async (c) => {
  const db = database(c.env.DB);
  const round = await findRound(db, c.req.valid('param').roundId);
  const { enterpriseId } = c.req.valid('query');
  const enterprise = enterpriseId === undefined ? null : await findEnrolledEnterprise(db, round.id, enterpriseId);
  authorize(c, 'agreement.read', enterprise ? { round, enterprise } : { round });
  const [{ body, freshness }, figure] = await Promise.all([
    cachedFigures(db, c.env, round.id, 'agreement'),
    enterprise ? enterpriseAgreement(db, round, enterprise.id) : null,
  ]);
  const answer: CachedAgreement = { ...(body as RoundAgreement), enterprise: figure, freshness };
  return c.json(answer);
});
