// Expert assignments of a round (scope by dimension, group or indicator; optional enterprise subset),
// and the coverage report of what no expert scores.
import { Hono } from 'hono';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AssignmentCreate, AssignmentReplace } from '../../shared/schemas/assignment';
import { IdParam } from '../../shared/schemas/common';
import { auditStatement } from '../audit';
import { abortUnlessChanged, runBatch, runVersionedBatch } from '../db/batch';
import { database, type Database } from '../db/client';
import { assignment, indicator, roundEnterprise, roundMember } from '../db/schema';
import type { AppEnv } from '../env';
import { invalidField } from '../errors';
import { authorize } from '../policy/authorize';
import { assignmentOwner } from '../policy/scope';
import { clearScopeStatements, coverage, findAssignment, listAssignments, scopeStatements } from '../queries/assignments';
import { findRound, type RoundRecord } from '../queries/rounds';
import { derivedChange } from '../queries/results-change';
import { validate } from '../validate';

const RoundParam = z.object({ roundId: IdParam });
const AssignmentParam = z.object({ roundId: IdParam, id: IdParam });

/** Resolves the codes of a scope to tree nodes of the round's framework and checks the subset is enrolled. */
async function resolveScope(db: Database, round: RoundRecord, body: { dimensionCodes: string[]; indicatorCodes: string[]; enterpriseIds: number[] }) {
  const nodes = await db
    .select({ id: indicator.id, code: indicator.code, level: indicator.level })
    .from(indicator)
    .where(and(eq(indicator.frameworkId, round.framework.id), sql`${indicator.code} IN (SELECT value FROM json_each(${JSON.stringify([...body.dimensionCodes, ...body.indicatorCodes])}))`));
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const unknownDimensions = body.dimensionCodes.filter((code) => (byCode.get(code)?.level ?? 3) > 2);
  if (unknownDimensions.length) throw invalidField('dimensionCodes', 'dimension_unknown', `Not a dimension or group of this framework: ${unknownDimensions.join(', ')}`, { values: unknownDimensions });
  const unknownIndicators = body.indicatorCodes.filter((code) => (byCode.get(code)?.level ?? 1) < 2);
  if (unknownIndicators.length) throw invalidField('indicatorCodes', 'indicator_unknown', `Not an indicator of this framework: ${unknownIndicators.join(', ')}`, { values: unknownIndicators });
  if (body.enterpriseIds.length > 0) {
    const enrolled = await db
      .select({ id: roundEnterprise.enterpriseId })
      .from(roundEnterprise)
      .where(and(eq(roundEnterprise.roundId, round.id), sql`${roundEnterprise.enterpriseId} IN (SELECT value FROM json_each(${JSON.stringify(body.enterpriseIds)}))`));
    const missing = body.enterpriseIds.filter((id) => !enrolled.some((e) => e.id === id));
    if (missing.length) throw invalidField('enterpriseIds', 'enterprise_not_enrolled', `Not enrolled in this round: ${missing.join(', ')}`, { values: missing.map(String) });
  }
  return { indicatorIds: [...new Set(nodes.map((n) => n.id))], enterpriseIds: [...new Set(body.enterpriseIds)] };
}

export const assignmentRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/assignments', validate('param', RoundParam), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'assignment.read', { round });
    return c.json({ items: await listAssignments(db, round.id, assignmentOwner(actor, round.id)) });
  })
  .post('/rounds/:roundId/assignments', validate('param', RoundParam), validate('json', AssignmentCreate), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'assignment.manage', { round });
    const body = c.req.valid('json');
    const member = await db.select({ role: roundMember.role }).from(roundMember).where(and(eq(roundMember.roundId, round.id), eq(roundMember.userId, body.expertId))).get();
    if (member?.role !== 'expert') throw invalidField('expertId', 'not_an_expert', `User ${body.expertId} is not an expert of this round`, { value: String(body.expertId) });
    const scope = await resolveScope(db, round, body);
    const created = sql`(SELECT MAX(id) FROM assignment WHERE round_id = ${round.id} AND expert_id = ${body.expertId})`;
    const change = await derivedChange(db, [{ round, rebuild: 'assignments' }]);
    const results = await runBatch(db, [
      db.insert(assignment).values({ roundId: round.id, expertId: body.expertId }),
      auditStatement(actor, { action: 'assignment.create', resourceType: 'assignment', resourceId: created, roundId: round.id, after: { expertId: body.expertId, ...scope } }),
      ...change.statements,
      ...scopeStatements(created, scope.indicatorIds, scope.enterpriseIds),
    ]);
    await change.schedule(c.env, results);
    const [inserted] = results;
    return c.json(await findAssignment(db, round.id, inserted!.meta.last_row_id), 201);
  })
  .put('/rounds/:roundId/assignments/:id', validate('param', AssignmentParam), validate('json', AssignmentReplace), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const current = await findAssignment(db, round.id, c.req.valid('param').id);
    const actor = authorize(c, 'assignment.manage', { round });
    const body = c.req.valid('json');
    const scope = await resolveScope(db, round, body);
    const change = await derivedChange(db, [{ round, rebuild: 'assignments' }]);
    const results = await runVersionedBatch(
      db,
      [
        db.update(assignment).set({ version: body.version + 1 }).where(and(eq(assignment.id, current.id), eq(assignment.version, body.version))),
        abortUnlessChanged,
        auditStatement(actor, { action: 'assignment.update', resourceType: 'assignment', resourceId: current.id, roundId: round.id, before: current, after: scope }),
        ...change.statements,
        ...clearScopeStatements(db, current.id),
        ...scopeStatements(sql`${current.id}`, scope.indicatorIds, scope.enterpriseIds),
      ],
      'The assignment',
      () => findAssignment(db, round.id, current.id),
    );
    await change.schedule(c.env, results);
    return c.json(await findAssignment(db, round.id, current.id));
  })
  .delete('/rounds/:roundId/assignments/:id', validate('param', AssignmentParam), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const current = await findAssignment(db, round.id, c.req.valid('param').id);
    const actor = authorize(c, 'assignment.manage', { round });
    // The expert's scores stay; they only cannot add or change scores outside their remaining assignments.
    const change = await derivedChange(db, [{ round, rebuild: 'assignments' }]);
    const results = await runBatch(db, [
      ...clearScopeStatements(db, current.id),
      db.delete(assignment).where(eq(assignment.id, current.id)),
      auditStatement(actor, { action: 'assignment.delete', resourceType: 'assignment', resourceId: current.id, roundId: round.id, before: current }),
      ...change.statements,
    ]);
    await change.schedule(c.env, results);
    return c.body(null, 204);
  })
  .get('/rounds/:roundId/coverage', validate('param', RoundParam), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    authorize(c, 'coverage.read', { round });
    return c.json(await coverage(db, round.id, round.framework.id));
  });
