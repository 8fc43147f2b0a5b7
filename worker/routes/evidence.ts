// Evidence: saving a clip or attachment idempotently, listing an enterprise's evidence, the author's later
// edits and withdrawal, a reviewer's acceptance or rejection, and reports of whether its quote is still on the source.
import { Hono } from 'hono';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { normalizeUrl } from '../../shared/domain/url';
import { IdParam } from '../../shared/schemas/common';
import { isApplicable } from '../../shared/domain/scoring/applicability';
import { AnchoringReport, EvidenceCreate, EvidenceReview, EvidenceUpdate } from '../../shared/schemas/evidence';
import { EvidenceMove } from '../../shared/schemas/queues';
import { auditStatement, insertedRowId } from '../audit';
import { sha256Hex } from '../auth/crypto';
import { abortUnlessChanged, isUniqueViolation, runBatch, runVersionedBatch } from '../db/batch';
import { database } from '../db/client';
import { evidence } from '../db/schema';
import { sendFromRequest } from '../finder/jobs';
import type { AppEnv } from '../env';
import { ApiError, invalidField } from '../errors';
import { authorize, namesEvaluators } from '../policy/authorize';
import { findEvidenceByKey, findLiveEvidence, listEnterpriseEvidence, loadEvidenceSubject } from '../queries/evidence';
import { findScoredIndicator, pinnedFramework } from '../queries/pinned-framework';
import { findEnrolment } from '../queries/panel';
import { enterpriseChange } from '../queries/results-change';
import { markPanelChanged } from '../queries/staleness';
import { validate } from '../validate';

const EvidenceParam = z.object({ id: IdParam });

export const evidenceRoutes = new Hono<AppEnv>()
  .post('/evidence', validate('json', EvidenceCreate), async (c) => {
    const body = c.req.valid('json');
    const db = database(c.env.DB);
    const { round, enterprise } = await findEnrolment(db, body.roundId, body.enterpriseId);
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
    // Evidence counts towards the progress counters from the start, towards completeness once accepted.
    const change = await enterpriseChange(db, round, enterprise.id);
    try {
      const results = await runBatch(db, [
        db.insert(evidence).values(row),
        auditStatement(actor, { action: 'evidence.create', resourceType: 'evidence', resourceId: insertedRowId, roundId: round.id, after: row }),
        ...change.statements,
        markPanelChanged(db, round.id, enterprise.id),
      ]);
      await change.schedule(c.env, results);
    } catch (err) {
      // Two copies of the same save raced; the other one won and is the record.
      if (!isUniqueViolation(err)) throw err;
      created = false;
    }
    // A new report link or page clipped from: the evidence finder reads it in the background. Sent after the answer:
    // the expert's save waits for nothing the finder does, and a failed send cannot turn a saved clip into an error.
    if (created && body.url && body.kind !== 'record') {
      const discover = { kind: 'finder.discover' as const, roundId: round.id, enterpriseId: enterprise.id };
      c.executionCtx.waitUntil(sendFromRequest(c.env, [discover]).catch((err) => console.error('finder.discover not sent', discover, err)));
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
      const { round, enterprise } = await findEnrolment(db, roundId, enterpriseId);
      authorize(c, 'evidence.read', { round, enterprise });
      const { settings } = await pinnedFramework(db, round.framework.id);
      return c.json({ items: await listEnterpriseEvidence(db, round.id, enterprise.id, namesEvaluators(c, round, settings)) });
    },
  )
  .patch('/evidence/:id', validate('param', EvidenceParam), validate('json', EvidenceUpdate), async (c) => {
    const { id } = c.req.valid('param');
    const { version, ...body } = c.req.valid('json');
    const db = database(c.env.DB);
    const { item, subject } = await loadEvidenceSubject(db, id);
    const actor = authorize(c, 'evidence.update', subject);
    const changes = { ...(body.stance && { stance: body.stance }), ...(body.note !== undefined && { note: body.note || null }) };
    // A stale version aborts the batch, so the side panel's state version does not move for nothing.
    await runVersionedBatch(
      db,
      [
        db
          .update(evidence)
          .set({ ...changes, version: sql`${evidence.version} + 1` })
          .where(and(eq(evidence.id, id), eq(evidence.version, version), isNull(evidence.deletedAt))),
        abortUnlessChanged,
        auditStatement(actor, {
          action: 'evidence.update',
          resourceType: 'evidence',
          resourceId: id,
          roundId: item.roundId,
          before: { stance: item.stance, note: item.note, version: item.version },
          after: { ...changes, version: version + 1 },
        }),
        markPanelChanged(db, item.roundId, item.enterpriseId),
      ],
      'This evidence',
      async () => (await findLiveEvidence(db, id)).evidence,
    );
    return c.json((await findLiveEvidence(db, id)).evidence, 200);
  })
  .delete('/evidence/:id', validate('param', EvidenceParam), async (c) => {
    const { id } = c.req.valid('param');
    const db = database(c.env.DB);
    const { item, subject } = await loadEvidenceSubject(db, id);
    const actor = authorize(c, 'evidence.withdraw', subject);
    const deletedAt = new Date().toISOString();
    const change = await enterpriseChange(db, subject.round, item.enterpriseId);
    const results = await runBatch(db, [
      db
        .update(evidence)
        .set({ deletedAt, version: sql`${evidence.version} + 1` })
        .where(and(eq(evidence.id, id), isNull(evidence.deletedAt))),
      auditStatement(actor, { action: 'evidence.withdraw', resourceType: 'evidence', resourceId: id, roundId: item.roundId, before: item, after: { deletedAt } }),
      ...change.statements,
      markPanelChanged(db, item.roundId, item.enterpriseId),
    ]);
    await change.schedule(c.env, results);
    return c.body(null, 204);
  })
  .post('/evidence/:id/review', validate('param', EvidenceParam), validate('json', EvidenceReview), async (c) => {
    const { id } = c.req.valid('param');
    const { status, comment, version } = c.req.valid('json');
    const db = database(c.env.DB);
    const { item, subject } = await loadEvidenceSubject(db, id);
    const actor = authorize(c, 'evidence.review', subject);
    const review = { status, reviewComment: comment || null, reviewedBy: actor.userId, reviewedAt: new Date().toISOString() };
    // Accepted evidence counts towards completeness: the enterprise's results change with the verdict.
    const change = await enterpriseChange(db, subject.round, item.enterpriseId);
    const results = await runVersionedBatch(
      db,
      [
        db
          .update(evidence)
          .set({ ...review, version: version + 1 })
          .where(and(eq(evidence.id, id), eq(evidence.version, version), isNull(evidence.deletedAt))),
        abortUnlessChanged,
        auditStatement(actor, {
          action: 'evidence.review',
          resourceType: 'evidence',
          resourceId: id,
          roundId: item.roundId,
          before: { status: item.status, reviewComment: item.reviewComment, version: item.version },
          after: { ...review, version: version + 1 },
        }),
        ...change.statements,
        markPanelChanged(db, item.roundId, item.enterpriseId),
      ],
      'This evidence',
      async () => (await findLiveEvidence(db, id)).evidence,
    );
    await change.schedule(c.env, results);
    return c.json((await findLiveEvidence(db, id)).evidence, 200);
  })
  .post('/evidence/:id/move', validate('param', EvidenceParam), validate('json', EvidenceMove), async (c) => {
    const { id } = c.req.valid('param');
    const { indicatorId, version } = c.req.valid('json');
    const db = database(c.env.DB);
    const { item, subject } = await loadEvidenceSubject(db, id);
    const actor = authorize(c, 'evidence.move', subject);
    const target = await findScoredIndicator(db, subject.round.framework.id, indicatorId);
    if (!isApplicable(target, subject.enterprise.industry)) {
      throw new ApiError(409, 'indicator_not_applicable', `${target.code} does not apply to the ${subject.enterprise.industry} industry`);
    }
    if (target.id === item.indicatorId) throw invalidField('indicatorId', 'evidence_already_filed_there', `The evidence is already filed under ${target.code}`);
    const moved = { indicatorId: target.id, movedFromIndicatorId: item.indicatorId, movedBy: actor.userId, movedAt: new Date().toISOString() };
    // The selectors, quote and review stay: only the slot changes. Accepted evidence moves completeness between two indicators.
    const change = item.status === 'accepted' ? await enterpriseChange(db, subject.round, item.enterpriseId) : null;
    const results = await runVersionedBatch(
      db,
      [
        db
          .update(evidence)
          .set({ ...moved, version: version + 1 })
          .where(and(eq(evidence.id, id), eq(evidence.version, version), isNull(evidence.deletedAt))),
        abortUnlessChanged,
        auditStatement(actor, {
          action: 'evidence.move',
          resourceType: 'evidence',
          resourceId: id,
          roundId: item.roundId,
          before: { indicatorId: item.indicatorId, indicatorCode: item.indicatorCode, version: item.version },
          after: { indicatorId: target.id, indicatorCode: target.code, version: version + 1 },
        }),
        ...(change?.statements ?? []),
        markPanelChanged(db, item.roundId, item.enterpriseId),
      ],
      'This evidence',
      async () => (await findLiveEvidence(db, id)).evidence,
    );
    await change?.schedule(c.env, results);
    return c.json((await findLiveEvidence(db, id)).evidence, 200);
  })
  .post('/evidence/:id/anchoring', validate('param', EvidenceParam), validate('json', AnchoringReport), async (c) => {
    const { id } = c.req.valid('param');
    const { status } = c.req.valid('json');
    const db = database(c.env.DB);
    const { item, subject } = await loadEvidenceSubject(db, id);
    const actor = authorize(c, 'evidence.reportAnchoring', subject);
    // Found now: seen now. Changed or not found: the quote as clipped was last seen when it was last found (or captured).
    const lastSeenAt = status === 'anchored' ? new Date().toISOString() : (item.lastSeenAt ?? item.capturedAt);
    await runBatch(db, [
      db.update(evidence).set({ anchorStatus: status, lastSeenAt }).where(eq(evidence.id, id)),
      auditStatement(actor, {
        action: 'evidence.reportAnchoring',
        resourceType: 'evidence',
        resourceId: id,
        roundId: item.roundId,
        before: { anchorStatus: item.anchorStatus, lastSeenAt: item.lastSeenAt },
        after: { anchorStatus: status, lastSeenAt },
      }),
      markPanelChanged(db, item.roundId, item.enterpriseId),
    ]);
    // Staff report on what they captured themselves: the answer names its capturer only as the policy lets them know.
    const { settings } = await pinnedFramework(db, subject.round.framework.id);
    return c.json((await findLiveEvidence(db, id, namesEvaluators(c, subject.round, settings))).evidence, 200);
  });
