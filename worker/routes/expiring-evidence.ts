// The round's "expiring soon" list: evidence whose validity window ends within some days (60 by default) or
// has ended, for admins and reviewers, and for coordinators their street's.
import { Hono } from 'hono';
import { z } from 'zod';
import { addDays } from '../../shared/domain/evidence-validity';
import { IdParam } from '../../shared/schemas/common';
import { ExpiringEvidenceQuery } from '../../shared/schemas/expiring-evidence';
import { database } from '../db/client';
import type { AppEnv } from '../env';
import { authorize } from '../policy/authorize';
import { enterpriseScope } from '../policy/scope';
import { listExpiringEvidence } from '../queries/expiring-evidence';
import { findRound } from '../queries/rounds';
import { today } from '../today';
import { validate } from '../validate';

export const expiringEvidenceRoutes = new Hono<AppEnv>().get(
  '/rounds/:roundId/evidence/expiring',
  validate('param', z.object({ roundId: IdParam })),
  validate('query', ExpiringEvidenceQuery),
  async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'evidence.readExpiring', { round });
    const query = c.req.valid('query');
    const day = today();
    return c.json({ ...(await listExpiringEvidence(db, round.id, enterpriseScope(actor, round.id), query, day, addDays(day, query.withinDays))), today: day });
  },
);
