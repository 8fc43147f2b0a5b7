// Rounds: list and read, create on a published framework, edit, and move through the lifecycle with its
// guards. Publication computes the results and creates the rectification tasks in the same transaction.
import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { startCounts, startWarnings, transitionProblems, type TransitionProblem } from '../../shared/domain/round-lifecycle';
import { IdParam } from '../../shared/schemas/common';
import { RoundCreate, RoundPatch, RoundTransition } from '../../shared/schemas/round';
import { auditRowsStatement, auditStatement, insertedRowId } from '../audit';
import { abortUnlessChanged, runBatch, runVersionedBatch, type Statement } from '../db/batch';
import { database, type Database } from '../db/client';
import { round } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { authorize, requireActor } from '../policy/authorize';
import { roundScope } from '../policy/scope';
import { findFramework } from '../queries/frameworks';
import { createdRectifications, rectificationCreateStatement } from '../queries/rectifications';
import { pinnedFramework } from '../queries/pinned-framework';
import { derivedChange, newRoundStateStatements, publicationStatements, scheduleDerived } from '../queries/results-change';
import { abortWhileRebuilding, assertResultsSettled } from '../queries/results-state';
import { findRound, listIndicators, listRounds, notSignedOffList, roundFacts } from '../queries/rounds';
import { validate } from '../validate';

const RoundParam = z.object({ roundId: IdParam });

/** A round pins a published framework version. */
async function publishedFramework(db: Database, frameworkId: number) {
  const found = await findFramework(db, frameworkId);
  if (found.status !== 'published') throw new ApiError(409, 'framework_state', `Framework ${found.code} v${found.version} is a draft; publish it before a round pins it`);
  return found;
}

/** How many unsigned enterprises a refused publication names (the per-street counts cover them all). */
const NAMED_UNSIGNED = 500;

/** A refused publication says which enterprises are not signed off, with a count per street. */
async function refusalDetails(db: Database, roundId: number, problems: TransitionProblem[]) {
  return problems.some((p) => p.code === 'not_signed_off') ? { notSignedOff: await notSignedOffList(db, roundId, NAMED_UNSIGNED) } : {};
}

export const roundRoutes = new Hono<AppEnv>()
  .get('/rounds', async (c) => {
    const actor = requireActor(c);
    const rounds = await listRounds(database(c.env.DB), roundScope(actor));
    return c.json({ items: rounds });
  })
  .post('/rounds', validate('json', RoundCreate), async (c) => {
    const actor = authorize(c, 'round.create', {});
    const body = c.req.valid('json');
    const db = database(c.env.DB);
    await publishedFramework(db, body.frameworkId);
    const values = { nameZh: body.name.zh, nameEn: body.name.en, year: body.year, frameworkId: body.frameworkId };
    const results = await runBatch(db, [
      db.insert(round).values(values),
      auditStatement(actor, { action: 'round.create', resourceType: 'round', resourceId: insertedRowId, after: values }),
      ...newRoundStateStatements(new Date().toISOString()),
    ]);
    await scheduleDerived(c.env, results);
    return c.json(await findRound(db, results[0]!.meta.last_row_id), 201);
  })
  .get('/rounds/:roundId', validate('param', RoundParam), async (c) => {
    const round = await findRound(database(c.env.DB), c.req.valid('param').roundId);
    authorize(c, 'round.read', { round });
    return c.json(round);
  })
  .patch('/rounds/:roundId', validate('param', RoundParam), validate('json', RoundPatch), async (c) => {
    const db = database(c.env.DB);
    const current = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'round.update', { round: current });
    const { version, name, year, frameworkId } = c.req.valid('json');
    if (frameworkId !== undefined && frameworkId !== current.framework.id) {
      if (current.status !== 'preparing') throw new ApiError(409, 'round_state', `The framework version is pinned once the round leaves preparing (it is ${current.status})`);
      await publishedFramework(db, frameworkId);
    }
    const changes = { ...(name && { nameZh: name.zh, nameEn: name.en }), ...(year !== undefined && { year }), ...(frameworkId !== undefined && { frameworkId }) };
    // Another framework is another set of indicators and settings: the round's results are rebuilt on it.
    const reframed = frameworkId !== undefined && frameworkId !== current.framework.id;
    const change = await derivedChange(db, reframed ? [{ round: { id: current.id, framework: { id: frameworkId } }, rebuild: 'framework changed' }] : []);
    const results = await runVersionedBatch(
      db,
      [
        db.update(round).set({ ...changes, version: version + 1 }).where(sql`${round.id} = ${current.id} AND ${round.version} = ${version}`),
        abortUnlessChanged,
        auditStatement(actor, { action: 'round.update', resourceType: 'round', resourceId: current.id, roundId: current.id, before: current, after: changes }),
        ...change.statements,
      ],
      'The round',
      () => findRound(db, current.id),
    );
    await change.schedule(c.env, results);
    return c.json(await findRound(db, current.id));
  })
  .post('/rounds/:roundId/transitions', validate('param', RoundParam), validate('json', RoundTransition), async (c) => {
    const db = database(c.env.DB);
    const current = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'round.transition', { round: current });
    const { to, confirm } = c.req.valid('json');
    const facts = await roundFacts(db, current.id, current.framework.id);
    const problems = transitionProblems(current.status, to, facts);
    if (problems.length > 0) throw new ApiError(409, 'round_state', problems.map((p) => p.message).join('; '), { problems, ...(await refusalDetails(db, current.id, problems)) });
    // Starting without experts, reviewers or full coverage is allowed, but only when a person says why.
    const warnings = startWarnings(current.status, to, facts);
    if (warnings.length > 0 && !confirm) {
      throw new ApiError(409, 'round_start_needs_confirmation', `The round would start with ${warnings.join(', ')}: confirm with a reason to start anyway`, { warnings, counts: startCounts(facts) });
    }
    const confirmation = warnings.length > 0 && confirm ? { reason: confirm.reason, warnings, counts: startCounts(facts) } : undefined;

    const now = new Date().toISOString();
    if (to === 'published') await assertResultsSettled(db, c.env, current.id);
    const statements: Statement[] = [
      db.update(round).set({ status: to, statusChangedAt: now, version: sql`${round.version} + 1` }).where(sql`${round.id} = ${current.id} AND ${round.status} = ${current.status}`),
      abortUnlessChanged,
      auditStatement(actor, { action: 'round.transition', resourceType: 'round', resourceId: current.id, roundId: current.id, before: { status: current.status }, after: { status: to, ...(confirmation && { confirmation }) } }),
    ];
    if (to === 'published') {
      // The results (kept current with every change) are frozen as they are, with their ranks computed once more,
      // and the weak indicators become tasks, all in this transaction; a rebuild begun meanwhile aborts it.
      const { settings } = await pinnedFramework(db, current.framework.id);
      statements.push(
        abortWhileRebuilding(current.id),
        ...publicationStatements(current.id, now),
        rectificationCreateStatement(current.id, settings, now.slice(0, 10)),
        auditRowsStatement(actor, { action: 'rectification.create', resourceType: 'rectification', roundId: current.id, rows: createdRectifications(current.id) }),
      );
    }
    const results = await runVersionedBatch(db, statements, 'The round', () => findRound(db, current.id));
    await scheduleDerived(c.env, results);
    return c.json(await findRound(db, current.id));
  })
  .get('/rounds/:roundId/indicators', validate('param', RoundParam), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    authorize(c, 'round.read', { round });
    return c.json({ items: await listIndicators(db, round.framework.id) });
  });
