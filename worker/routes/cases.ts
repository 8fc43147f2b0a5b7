// Good-practice cases: made by the admin or the street's coordinator from an enterprise's accepted evidence and
// published results; the enterprise's consent given in the console or recorded with a note; published only
// with consent, unpublished at any time (and with any withdrawal of consent); deleted while unpublished.
import { Hono } from 'hono';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { searchKey } from '../../shared/domain/search-text';
import { CaseConsent, CaseCreate, CasePublication, type Case } from '../../shared/schemas/case';
import { IdParam } from '../../shared/schemas/common';
import { auditStatement, insertedRowId } from '../audit';
import { abortUnlessChanged, runBatch, runVersionedBatch } from '../db/batch';
import { database, type Database } from '../db/client';
import { practiceCase } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { authorize } from '../policy/authorize';
import { enterpriseScope } from '../policy/scope';
import { caseParts, findCase, listCases } from '../queries/cases';
import { findEnrolment } from '../queries/panel';
import { findEnrolledEnterprise, findRound } from '../queries/rounds';
import { validate } from '../validate';

const CaseParam = z.object({ id: IdParam });

/** The case with the round and enterprise the policy judges it by. */
async function loadCase(db: Database, id: number) {
  const found = await findCase(db, id);
  return { found, subject: await findEnrolment(db, found.roundId, found.enterprise.id) };
}

const caseState = (message: string) => new ApiError(409, 'case_state', message);
/** Consent changes carry no version from the client (they are right whatever was seen) but still move it on. */
const nextVersion = sql`${practiceCase.version} + 1`;
const audited = (found: Case) => ({ resourceType: 'practice_case' as const, resourceId: found.id, roundId: found.roundId });

export const caseRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/cases', validate('param', z.object({ roundId: IdParam })), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'case.read', { round });
    return c.json({ items: await listCases(db, round.id, enterpriseScope(actor, round.id)) });
  })
  .post('/rounds/:roundId/cases', validate('param', z.object({ roundId: IdParam })), validate('json', CaseCreate), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const body = c.req.valid('json');
    const enterprise = await findEnrolledEnterprise(db, round.id, body.enterpriseId);
    const actor = authorize(c, 'case.write', { round, enterprise });
    const indicatorIds = [...new Set(body.indicatorIds)];
    const evidenceIds = [...new Set(body.evidenceIds)];
    const codes = await caseParts(db, { roundId: round.id, frameworkId: round.framework.id, enterpriseId: enterprise.id }, indicatorIds, evidenceIds);
    const values = {
      roundId: round.id,
      enterpriseId: enterprise.id,
      titleZh: body.title.zh,
      titleEn: body.title.en || null,
      summaryZh: body.summary.zh,
      summaryEn: body.summary.en || null,
      indicatorIds,
      evidenceIds,
      ...codes,
      createdBy: actor.userId,
    };
    const [inserted] = await runBatch(db, [
      db.insert(practiceCase).values({ ...values, searchKey: searchKey(values.titleZh, values.titleEn, values.summaryZh, values.summaryEn) }),
      auditStatement(actor, { action: 'case.create', resourceType: 'practice_case', resourceId: insertedRowId, roundId: round.id, after: values }),
    ]);
    return c.json(await findCase(db, inserted!.meta.last_row_id), 201);
  })
  .delete('/cases/:id', validate('param', CaseParam), async (c) => {
    const db = database(c.env.DB);
    const { found, subject } = await loadCase(db, c.req.valid('param').id);
    const actor = authorize(c, 'case.write', subject);
    if (found.publishedAt) throw caseState('Unpublish the case before deleting it');
    // Each change below aborts (409 with the case as it is) when a change a moment ago left it nothing to do.
    await runVersionedBatch(
      db,
      [db.delete(practiceCase).where(and(eq(practiceCase.id, found.id), isNull(practiceCase.publishedAt))), abortUnlessChanged, auditStatement(actor, { action: 'case.delete', ...audited(found), before: found })],
      'The case',
      () => findCase(db, found.id),
    );
    return c.body(null, 204);
  })
  .post('/cases/:id/consent', validate('param', CaseParam), validate('json', CaseConsent), async (c) => {
    const db = database(c.env.DB);
    const { found, subject } = await loadCase(db, c.req.valid('param').id);
    const consent = c.req.valid('json');
    const actor = authorize(c, consent.method === 'enterprise' ? 'case.consent' : 'case.recordConsent', subject);
    const values = { consentMethod: consent.method, consentBy: actor.userId, consentAt: new Date().toISOString(), consentNote: consent.method === 'offline' ? consent.note : null };
    await runVersionedBatch(
      db,
      [
        db.update(practiceCase).set({ ...values, version: nextVersion }).where(eq(practiceCase.id, found.id)),
        abortUnlessChanged,
        auditStatement(actor, { action: 'case.consent', ...audited(found), before: found.consent, after: values }),
      ],
      'The case',
      () => findCase(db, found.id),
    );
    return c.json(await findCase(db, found.id));
  })
  .delete('/cases/:id/consent', validate('param', CaseParam), async (c) => {
    const db = database(c.env.DB);
    const { found, subject } = await loadCase(db, c.req.valid('param').id);
    const actor = authorize(c, 'case.withdrawConsent', subject);
    if (!found.consent) throw caseState('The enterprise has not consented to this case');
    const cleared = { consentMethod: null, consentBy: null, consentAt: null, consentNote: null, publishedAt: null, publishedBy: null };
    await runVersionedBatch(
      db,
      [
        db.update(practiceCase).set({ ...cleared, version: nextVersion }).where(and(eq(practiceCase.id, found.id), isNotNull(practiceCase.consentAt))),
        abortUnlessChanged,
        auditStatement(actor, { action: 'case.withdrawConsent', ...audited(found), before: { consent: found.consent, publishedAt: found.publishedAt }, after: cleared }),
      ],
      'The case',
      () => findCase(db, found.id),
    );
    return c.json(await findCase(db, found.id));
  })
  .post('/cases/:id/publication', validate('param', CaseParam), validate('json', CasePublication), async (c) => {
    const db = database(c.env.DB);
    const { found, subject } = await loadCase(db, c.req.valid('param').id);
    const actor = authorize(c, 'case.publish', subject);
    const { published, version } = c.req.valid('json');
    if (published && !found.consent) throw caseState('A case is published only with the enterprise’s consent');
    const change = published ? { publishedAt: new Date().toISOString(), publishedBy: actor.userId } : { publishedAt: null, publishedBy: null };
    await runVersionedBatch(
      db,
      [
        db
          .update(practiceCase)
          .set({ ...change, version: version + 1 })
          // The consent is checked again in the statement: a withdrawal a moment ago wins.
          .where(and(eq(practiceCase.id, found.id), eq(practiceCase.version, version), published ? isNotNull(practiceCase.consentAt) : undefined)),
        abortUnlessChanged,
        auditStatement(actor, { action: published ? 'case.publish' : 'case.unpublish', ...audited(found), before: { publishedAt: found.publishedAt }, after: change }),
      ],
      'The case',
      () => findCase(db, found.id),
    );
    return c.json(await findCase(db, found.id));
  });
