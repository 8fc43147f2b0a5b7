// Enrolment of enterprises in a round (all, by street, by industry, a list, or a CSV of credit codes), and a
// reviewer's sign-off of each enterprise once every applicable indicator is scored and every disagreement settled
// (open items, such as pending evidence, ask for a confirmation with a reason).
import { Hono } from 'hono';
import { and, count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { needsConfirmation } from '../../shared/domain/sign-off';
import { IdParam } from '../../shared/schemas/common';
import { readCreditCodeList, type CreditCodeList } from '../../shared/domain/credit-code-list';
import { EnrolmentRequest, SignOffRequest, type EnrolmentResult } from '../../shared/schemas/round';
import { auditStatement } from '../audit';
import { runBatch } from '../db/batch';
import { database, type Database } from '../db/client';
import { enterprise, evidence, roundEnterprise, score } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { authorize } from '../policy/authorize';
import { derivedChange, enterpriseChange } from '../queries/results-change';
import { findResultSummary } from '../queries/results-read';
import { findEnrolment } from '../queries/panel';
import { findEnrolledEnterprise, findRound } from '../queries/rounds';
import { signOffOpenItems } from '../queries/sign-off';
import { validate } from '../validate';

const EnrolledParam = z.object({ roundId: IdParam, enterpriseId: IdParam });

const inJson = (values: readonly (string | number)[]) => sql`(SELECT value FROM json_each(${JSON.stringify(values)}))`;

/** Whom the request enrols; a CSV has been read into its valid codes first. */
function whom(request: Exclude<EnrolmentRequest, { by: 'csv' }> | { by: 'codes'; codes: string[] }) {
  switch (request.by) {
    case 'codes':
      return sql`${enterprise.creditCode} IN ${inJson(request.codes)}`;
    case 'all':
      return sql`1`;
    case 'street':
      return sql`${enterprise.streetId} IN ${inJson(request.streetIds)}`;
    case 'industry':
      return sql`${enterprise.industry} IN ${inJson(request.industries)}`;
    case 'list':
      return sql`${enterprise.id} IN ${inJson(request.enterpriseIds)}`;
  }
}

/** The list's valid codes split into those the registry holds and those it does not. */
async function registeredCodes(db: Database, list: CreditCodeList) {
  const found = new Set(
    (await db.select({ code: enterprise.creditCode }).from(enterprise).where(sql`${enterprise.creditCode} IN ${inJson(list.codes.map((c) => c.code))}`)).map((r) => r.code),
  );
  return {
    registered: list.codes.filter((c) => found.has(c.code)).map((c) => c.code),
    notFound: list.codes.filter((c) => !found.has(c.code)).map((c) => ({ ...c, problem: 'not_registered' as const })),
    invalid: list.invalid,
  };
}

export const enrolmentRoutes = new Hono<AppEnv>()
  .post('/rounds/:roundId/enrolments', validate('param', z.object({ roundId: IdParam })), validate('json', EnrolmentRequest), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'round.enrol', { round });
    const request = c.req.valid('json');
    if (request.by === 'list') {
      const known = await db.select({ n: count() }).from(enterprise).where(whom(request)).get();
      if (known!.n < new Set(request.enterpriseIds).size) throw new ApiError(404, 'enterprise_not_found', 'Some of the listed enterprises are not registered');
    }
    // A CSV enrols the registered enterprises among its valid codes and reports the lines that enrolled nobody.
    const list = request.by === 'csv' ? await registeredCodes(db, readCreditCodeList(request.csv)) : null;
    const target = list ? { by: 'codes' as const, codes: list.registered } : (request as Exclude<EnrolmentRequest, { by: 'csv' }>);
    const audited = list ? { by: 'csv', codes: list.registered.length, invalid: list.invalid.length, notFound: list.notFound.length } : request;
    // Enrolment can add thousands of enterprises at once: the round is rebuilt in the background.
    const change = await derivedChange(db, [{ round, rebuild: 'enrolment' }]);
    const results = await runBatch(db, [
      sql`INSERT INTO round_enterprise (round_id, enterprise_id) SELECT ${round.id}, ${enterprise.id} FROM ${enterprise} WHERE ${whom(target)} ON CONFLICT DO NOTHING`,
      auditStatement(actor, { action: 'round.enrol', resourceType: 'round', resourceId: round.id, roundId: round.id, after: audited }),
      ...change.statements,
    ]);
    await change.schedule(c.env, results);
    const [inserted] = results;
    const total = await db.select({ n: count() }).from(roundEnterprise).where(eq(roundEnterprise.roundId, round.id)).get();
    const report = list && { invalid: list.invalid, notFound: list.notFound };
    return c.json({ added: inserted!.meta.changes, enrolled: total!.n, ...report } satisfies EnrolmentResult);
  })
  .delete('/rounds/:roundId/enrolments/:enterpriseId', validate('param', EnrolledParam), async (c) => {
    const db = database(c.env.DB);
    const { roundId, enterpriseId } = c.req.valid('param');
    const round = await findRound(db, roundId);
    const actor = authorize(c, 'round.enrol', { round });
    const enrolled = await findEnrolledEnterprise(db, round.id, enterpriseId);
    const [scores, clips] = await db.batch([
      db.select({ n: count() }).from(score).where(and(eq(score.roundId, round.id), eq(score.enterpriseId, enterpriseId))),
      db.select({ n: count() }).from(evidence).where(and(eq(evidence.roundId, round.id), eq(evidence.enterpriseId, enterpriseId))),
    ]);
    if (scores[0]!.n + clips[0]!.n > 0) throw new ApiError(409, 'conflict', 'The enterprise already has evidence or scores in this round; it stays enrolled');
    const change = await derivedChange(db, [{ round, dropped: enterpriseId }]);
    const results = await runBatch(db, [
      db.delete(roundEnterprise).where(and(eq(roundEnterprise.roundId, round.id), eq(roundEnterprise.enterpriseId, enterpriseId))),
      auditStatement(actor, { action: 'round.unenrol', resourceType: 'round', resourceId: round.id, roundId: round.id, before: enrolled }),
      ...change.statements,
    ]);
    await change.schedule(c.env, results);
    return c.body(null, 204);
  })
  .post('/rounds/:roundId/enterprises/:enterpriseId/sign-off', validate('param', EnrolledParam), validate('json', SignOffRequest), async (c) => {
    const db = database(c.env.DB);
    const { roundId, enterpriseId } = c.req.valid('param');
    const { round, enterprise: enrolled } = await findEnrolment(db, roundId, enterpriseId);
    const actor = authorize(c, 'round.sign_off', { round, enterprise: enrolled });
    // The enterprise's results are current with every change (ADR 001).
    const result = await findResultSummary(db, round.id, enterpriseId);
    const unscored = result && result.scoredShare !== null && result.scoredShare < 1;
    if (!result || unscored || result.unsettledCount > 0) {
      throw new ApiError(409, 'sign_off_refused', 'Every applicable indicator must be scored and every disagreement settled first', {
        scoredShare: result?.scoredShare ?? 0,
        unsettled: result?.unsettledCount ?? 0,
      });
    }
    const { comment, confirm } = c.req.valid('json');
    // Open items do not block a sign-off, but a person must say why it goes ahead anyway.
    const openItems = await signOffOpenItems(db, round, enterpriseId, result.completeness);
    if (needsConfirmation(openItems) && !confirm) {
      throw new ApiError(409, 'sign_off_needs_confirmation', 'Items are still open on this enterprise: confirm with a reason to sign it off anyway', openItems);
    }
    const confirmation = needsConfirmation(openItems) && confirm ? { reason: confirm.reason, openItems } : null;
    const signedOffAt = new Date().toISOString();
    const change = await enterpriseChange(db, round, enterpriseId);
    const results = await runBatch(db, [
      db
        .update(roundEnterprise)
        .set({ status: 'signed_off', signedOffBy: actor.userId, signedOffAt, signOffComment: comment ?? null, signOffConfirmation: confirmation, stateVersion: sql`${roundEnterprise.stateVersion} + 1` })
        .where(and(eq(roundEnterprise.roundId, round.id), eq(roundEnterprise.enterpriseId, enterpriseId))),
      auditStatement(actor, {
        action: 'enterprise.sign_off',
        resourceType: 'enterprise',
        resourceId: enterpriseId,
        roundId: round.id,
        before: { status: enrolled.status },
        after: { status: 'signed_off', comment, ...(confirmation && { confirmation }) },
      }),
      ...change.statements,
    ]);
    await change.schedule(c.env, results);
    return c.json({ enterpriseId, status: 'signed_off' as const, signedOffAt });
  })
  .delete('/rounds/:roundId/enterprises/:enterpriseId/sign-off', validate('param', EnrolledParam), async (c) => {
    const db = database(c.env.DB);
    const { roundId, enterpriseId } = c.req.valid('param');
    const { round, enterprise: enrolled } = await findEnrolment(db, roundId, enterpriseId);
    const actor = authorize(c, 'round.sign_off', { round, enterprise: enrolled });
    const change = await enterpriseChange(db, round, enterpriseId);
    const results = await runBatch(db, [
      db
        .update(roundEnterprise)
        .set({ status: 'enrolled', signedOffBy: null, signedOffAt: null, signOffComment: null, signOffConfirmation: null, stateVersion: sql`${roundEnterprise.stateVersion} + 1` })
        .where(and(eq(roundEnterprise.roundId, round.id), eq(roundEnterprise.enterpriseId, enterpriseId))),
      auditStatement(actor, { action: 'enterprise.sign_off_revoke', resourceType: 'enterprise', resourceId: enterpriseId, roundId: round.id, before: { status: enrolled.status }, after: { status: 'enrolled' } }),
      ...change.statements,
    ]);
    await change.schedule(c.env, results);
    return c.body(null, 204);
  });
