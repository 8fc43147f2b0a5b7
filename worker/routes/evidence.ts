// Evidence: saving a clip or attachment idempotently, and listing an enterprise's evidence.
import { Hono } from 'hono';
import { z } from 'zod';
import { normalizeUrl } from '../../shared/domain/url';
import { IdParam } from '../../shared/schemas/common';
import { EvidenceCreate } from '../../shared/schemas/evidence';
import { auditStatement, insertedRowId } from '../audit';
import { sha256Hex } from '../auth/crypto';
import { isUniqueViolation, runBatch } from '../db/batch';
import { database } from '../db/client';
import { evidence } from '../db/schema';
import type { AppEnv } from '../env';
import { authorize } from '../policy/authorize';
import { findEvidenceByKey, listEnterpriseEvidence } from '../queries/evidence';
import { findEnrolledEnterprise, findRound, findScoredIndicator } from '../queries/rounds';
import { validate } from '../validate';

export const evidenceRoutes = new Hono<AppEnv>()
  .post('/evidence', validate('json', EvidenceCreate), async (c) => {
    const body = c.req.valid('json');
    const db = database(c.env.DB);
    const round = await findRound(db, body.roundId);
    const enterprise = await findEnrolledEnterprise(db, round.id, body.enterpriseId);
    const actor = authorize(c, 'evidence.create', { round, enterprise });
    await findScoredIndicator(db, round.framework.id, body.indicatorId);

    // A retried save (same key) gets the first record back, never a second one.
    const existing = await findEvidenceByKey(db, actor.userId, body.idempotencyKey);
    if (existing) return c.json(existing, 200);

    const row = {
      ...body,
      normalizedUrl: body.url ? normalizeUrl(body.url) : null,
      quoteSha256: body.quote === undefined ? null : await sha256Hex(body.quote),
      capturedBy: actor.userId,
    };
    let created = true;
    try {
      await runBatch(db, [
        db.insert(evidence).values(row),
        auditStatement(actor, { action: 'evidence.create', resourceType: 'evidence', resourceId: insertedRowId, roundId: round.id, after: row }),
      ]);
    } catch (err) {
      // Two copies of the same save raced; the other one won and is the record.
      if (!isUniqueViolation(err)) throw err;
      created = false;
    }
    const saved = await findEvidenceByKey(db, actor.userId, body.idempotencyKey);
    return c.json(saved!, created ? 201 : 200);
  })
  .get(
    '/rounds/:roundId/enterprises/:enterpriseId/evidence',
    validate('param', z.object({ roundId: IdParam, enterpriseId: IdParam })),
    async (c) => {
      const { roundId, enterpriseId } = c.req.valid('param');
      const db = database(c.env.DB);
      const round = await findRound(db, roundId);
      const enterprise = await findEnrolledEnterprise(db, round.id, enterpriseId);
      authorize(c, 'evidence.read', { round, enterprise });
      return c.json({ items: await listEnterpriseEvidence(db, round.id, enterprise.id) });
    },
  );
