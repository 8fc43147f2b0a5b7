// Inter-rater agreement of a round for reviewers: Krippendorff's alpha and ICC(2,1), ICC(2,k) per indicator,
// dimension, expert and for the round, computed from the stored scores on every request as SQL aggregates.
import { Hono } from 'hono';
import { z } from 'zod';
import { AgreementQuery } from '../../shared/schemas/agreement';
import { IdParam } from '../../shared/schemas/common';
import { database } from '../db/client';
import type { AppEnv } from '../env';
import { authorize } from '../policy/authorize';
import { roundAgreement } from '../queries/agreement';
import { findEnrolledEnterprise, findRound } from '../queries/rounds';
import { validate } from '../validate';

export const agreementRoutes = new Hono<AppEnv>().get('/rounds/:roundId/agreement', validate('param', z.object({ roundId: IdParam })), validate('query', AgreementQuery), async (c) => {
  const db = database(c.env.DB);
  const round = await findRound(db, c.req.valid('param').roundId);
  const { enterpriseId } = c.req.valid('query');
  const enterprise = enterpriseId === undefined ? null : await findEnrolledEnterprise(db, round.id, enterpriseId);
  authorize(c, 'agreement.read', enterprise ? { round, enterprise } : { round });
  return c.json(await roundAgreement(db, round, enterprise?.id));
});
