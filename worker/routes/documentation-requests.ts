// Documentation requests: asked of an enterprise on one indicator by an expert or reviewer, listed (coordinators
// their street's, with an overdue filter), answered by the enterprise with links and/or a statement (saved as
// evidence of the indicator), and accepted or reopened by whoever asked or a reviewer. Every step is audited
// and moves the enterprise's side-panel state on.
import { Hono, type Context } from 'hono';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { requestStepProblem, statusAfter, type RequestStep } from '../../shared/domain/documentation-request-flow';
import { normalizeUrl } from '../../shared/domain/url';
import { IdParam } from '../../shared/schemas/common';
import {
  DocumentationRequestAnswer,
  DocumentationRequestCreate,
  DocumentationRequestDecision,
  DocumentationRequestListQuery,
} from '../../shared/schemas/documentation-request';
import { auditStatement, insertedRowId } from '../audit';
import { abortUnlessChanged, runBatch, runVersionedBatch, type Statement } from '../db/batch';
import { database, type Database } from '../db/client';
import { documentationRequest, evidence } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError, invalidField } from '../errors';
import type { Actor } from '../policy/actor';
import { allows, authorize, namesEvaluators } from '../policy/authorize';
import { enterpriseScope } from '../policy/scope';
import { findDocumentationRequest, listDocumentationRequests, toDocumentationRequest, type RequestRow } from '../queries/documentation-requests';
import { findScoredIndicator, pinnedFramework } from '../queries/pinned-framework';
import { findEnrolment } from '../queries/panel';
import { findRound, type RoundRecord } from '../queries/rounds';
import { enterpriseChange } from '../queries/results-change';
import { markPanelChanged } from '../queries/staleness';
import { today } from '../today';
import { validate } from '../validate';

const RequestParam = z.object({ id: IdParam });

/** Whether the reader sees who asked and decided: enterprises only when the framework shows evaluators. */
async function showsNames(c: Context<AppEnv>, db: Database, round: RoundRecord) {
  const { settings } = await pinnedFramework(db, round.framework.id);
  return namesEvaluators(c, round, settings);
}

/** The request with the round and enterprise the policy judges it by. */
async function loadRequest(db: Database, id: number) {
  const found = await findDocumentationRequest(db, id);
  const { round, enterprise } = await findEnrolment(db, found.row.roundId, found.row.enterpriseId);
  return { found, round, enterprise, subject: { round, enterprise, request: { askedBy: found.row.askedBy } } };
}

function assertStep(found: RequestRow, step: RequestStep) {
  const problem = requestStepProblem(found.row.status, step);
  if (problem) throw new ApiError(409, 'documentation_request_state', problem);
}

/** Evidence rows for the answer's links and statement, each one statement (D1's parameter limit), with keys of this version. */
function answerEvidence(db: Database, actor: Actor, found: RequestRow, body: z.infer<typeof DocumentationRequestAnswer>) {
  const slot = { roundId: found.row.roundId, enterpriseId: found.row.enterpriseId, indicatorId: found.row.indicatorId, capturedBy: actor.userId, capturedAt: new Date().toISOString() };
  const key = (i: number) => `docreq-${found.row.id}-v${found.row.version}-${i}`;
  const links = body.links.map((link, i) => ({ ...slot, kind: link.kind, url: link.url, normalizedUrl: normalizeUrl(link.url), title: link.title, publishedOn: link.publishedOn ?? null, idempotencyKey: key(i) }));
  const statement = body.statement === undefined ? [] : [{ ...slot, kind: 'statement' as const, title: `答复:${found.row.question}`.slice(0, 500), quote: body.statement, idempotencyKey: key(links.length) }];
  const rows = [...links, ...statement];
  const keys = JSON.stringify(rows.map((r) => r.idempotencyKey));
  return {
    rows,
    statements: [
      ...rows.map((row) => db.insert(evidence).values(row)),
      sql`UPDATE documentation_request SET answer_evidence_ids = (SELECT json_group_array(id) FROM (SELECT id FROM evidence
            WHERE captured_by = ${actor.userId} AND idempotency_key IN (SELECT value FROM json_each(${keys})) ORDER BY id))
          WHERE id = ${found.row.id}`,
    ] as Statement[],
  };
}

export const documentationRequestRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/documentation-requests', validate('param', z.object({ roundId: IdParam })), validate('query', DocumentationRequestListQuery), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'docRequest.read', { round });
    const day = today();
    const page = await listDocumentationRequests(db, round.id, enterpriseScope(actor, round.id), c.req.valid('query'), day);
    const names = await showsNames(c, db, round);
    return c.json({ items: page.items.map((r) => toDocumentationRequest(r, day, names)), nextCursor: page.nextCursor, total: page.total });
  })
  .post(
    '/rounds/:roundId/enterprises/:enterpriseId/documentation-requests',
    validate('param', z.object({ roundId: IdParam, enterpriseId: IdParam })),
    validate('json', DocumentationRequestCreate),
    async (c) => {
      const db = database(c.env.DB);
      const { round, enterprise } = await findEnrolment(db, c.req.valid('param').roundId, c.req.valid('param').enterpriseId);
      const actor = authorize(c, 'docRequest.create', { round, enterprise });
      const body = c.req.valid('json');
      await findScoredIndicator(db, round.framework.id, body.indicatorId);
      if (body.dueOn < today()) throw invalidField('dueOn', 'due_date_past', 'The due date has passed already', { value: body.dueOn });
      const values = { roundId: round.id, enterpriseId: enterprise.id, ...body, askedBy: actor.userId };
      const change = await enterpriseChange(db, round, enterprise.id);
      const results = await runBatch(db, [
        db.insert(documentationRequest).values(values).returning({ id: documentationRequest.id }),
        auditStatement(actor, { action: 'docRequest.create', resourceType: 'documentation_request', resourceId: insertedRowId, roundId: round.id, after: values }),
        ...change.statements,
        markPanelChanged(db, round.id, enterprise.id),
      ]);
      await change.schedule(c.env, results);
      const [inserted] = results;
      const created = await findDocumentationRequest(db, (inserted!.results[0] as { id: number }).id);
      return c.json(toDocumentationRequest(created, today(), true), 201);
    },
  )
  .get('/documentation-requests/:id', validate('param', RequestParam), async (c) => {
    const db = database(c.env.DB);
    const { found, round, subject } = await loadRequest(db, c.req.valid('param').id);
    authorize(c, 'docRequest.read', subject);
    return c.json(toDocumentationRequest(found, today(), await showsNames(c, db, round)));
  })
  .post('/documentation-requests/:id/answer', validate('param', RequestParam), validate('json', DocumentationRequestAnswer), async (c) => {
    const db = database(c.env.DB);
    const { found, round, enterprise, subject } = await loadRequest(db, c.req.valid('param').id);
    const actor = authorize(c, 'docRequest.answer', subject);
    assertStep(found, 'answer');
    const body = c.req.valid('json');
    const answered = { status: statusAfter('answer'), answerStatement: body.statement ?? null, answeredBy: actor.userId, answeredAt: new Date().toISOString() };
    const { rows, statements } = answerEvidence(db, actor, found, body);
    // After the answer's evidence (the batch aborts before it unless the answer went through).
    const change = await enterpriseChange(db, round, enterprise.id);
    const results = await runVersionedBatch(
      db,
      [
        db.update(documentationRequest).set({ ...answered, version: body.version + 1 }).where(and(eq(documentationRequest.id, found.row.id), eq(documentationRequest.version, body.version))),
        abortUnlessChanged,
        auditStatement(actor, { action: 'docRequest.answer', resourceType: 'documentation_request', resourceId: found.row.id, roundId: round.id, before: { status: found.row.status }, after: { ...answered, evidence: rows } }),
        ...statements,
        ...change.statements,
        markPanelChanged(db, round.id, enterprise.id),
      ],
      'The request',
      async () => toDocumentationRequest(await findDocumentationRequest(db, found.row.id), today(), false),
    );
    await change.schedule(c.env, results);
    return c.json(toDocumentationRequest(await findDocumentationRequest(db, found.row.id), today(), await showsNames(c, db, round)));
  })
  .post('/documentation-requests/:id/decision', validate('param', RequestParam), validate('json', DocumentationRequestDecision), async (c) => {
    const db = database(c.env.DB);
    const { found, round, enterprise, subject } = await loadRequest(db, c.req.valid('param').id);
    const actor = authorize(c, 'docRequest.decide', subject);
    const { decision, comment, version } = c.req.valid('json');
    assertStep(found, decision);
    const decided = { status: statusAfter(decision), decidedBy: actor.userId, decidedAt: new Date().toISOString(), decisionComment: comment || null };
    const change = await enterpriseChange(db, round, enterprise.id);
    const results = await runVersionedBatch(
      db,
      [
        db.update(documentationRequest).set({ ...decided, version: version + 1 }).where(and(eq(documentationRequest.id, found.row.id), eq(documentationRequest.version, version))),
        abortUnlessChanged,
        auditStatement(actor, { action: 'docRequest.decide', resourceType: 'documentation_request', resourceId: found.row.id, roundId: round.id, before: { status: found.row.status, version: found.row.version }, after: decided }),
        ...change.statements,
        markPanelChanged(db, round.id, enterprise.id),
      ],
      'The request',
      async () => toDocumentationRequest(await findDocumentationRequest(db, found.row.id), today(), true),
    );
    await change.schedule(c.env, results);
    return c.json(toDocumentationRequest(await findDocumentationRequest(db, found.row.id), today(), true));
  });
