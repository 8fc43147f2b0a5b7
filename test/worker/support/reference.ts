// Reads a round's inputs straight from D1 and evaluates them with the pure references (shared/domain/scoring,
// shared/domain/progress), so worker tests can compare the SQL-maintained state with them: the live
// generation's results and ranks, and the progress counters.
import { and, asc, eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { enterpriseCounters, expertWork } from '../../../shared/domain/progress';
import { countsAsEvidence } from '../../../shared/domain/scoring/applicability';
import { evaluateRound, type EnterpriseInputs } from '../../../shared/domain/scoring/evaluate';
import { scoringFramework } from '../../../shared/domain/scoring/framework';
import type { Database } from '../../../worker/db/client';
import {
  adjustment,
  assignment,
  assignmentEnterprise,
  assignmentScope,
  documentationRequest,
  enterprise,
  enterpriseReport,
  evidence,
  framework,
  indicator,
  progressEnterprise,
  progressExpert,
  reportSchedule,
  resultEnterprise,
  resultIndicator,
  resultNode,
  round,
  roundEnterprise,
  score,
  scoreSettlement,
} from '../../../worker/db/schema';

export async function referenceResults(db: Database, roundId: number, today: string) {
  const pinned = await db.select({ frameworkId: round.frameworkId, settings: framework.settings }).from(round).innerJoin(framework, eq(framework.id, round.frameworkId)).where(eq(round.id, roundId)).get();
  const nodes = await db.select().from(indicator).where(eq(indicator.frameworkId, pinned!.frameworkId)).orderBy(asc(indicator.id));
  const scoring = scoringFramework(nodes, pinned!.settings);
  const validity = new Map(nodes.map((n) => [n.id, n.validity]));
  const [enrolled, scores, settlements, items, adjustments] = await db.batch([
    db.select({ id: enterprise.id, industry: enterprise.industry, street: enterprise.street }).from(roundEnterprise).innerJoin(enterprise, eq(enterprise.id, roundEnterprise.enterpriseId)).where(eq(roundEnterprise.roundId, roundId)).orderBy(asc(enterprise.id)),
    db.select().from(score).where(eq(score.roundId, roundId)),
    db.select().from(scoreSettlement).where(eq(scoreSettlement.roundId, roundId)),
    db.select().from(evidence).where(eq(evidence.roundId, roundId)),
    db.select().from(adjustment).where(and(eq(adjustment.roundId, roundId), eq(adjustment.status, 'confirmed'))),
  ]);
  const inputs: EnterpriseInputs[] = enrolled.map((e) => ({
    enterpriseId: e.id,
    industry: e.industry,
    street: e.street,
    scores: scores.filter((s) => s.enterpriseId === e.id),
    settlements: settlements.filter((s) => s.enterpriseId === e.id),
    evidence: items.filter((item) => item.enterpriseId === e.id && countsAsEvidence(item, validity.get(item.indicatorId) ?? null, today)).map((item) => item.indicatorId),
    adjustments: adjustments.filter((a) => a.enterpriseId === e.id),
  }));
  return { framework: scoring, results: evaluateRound(scoring, inputs) };
}

const live = (roundId: number) => sql`(SELECT live_generation FROM results_state WHERE round_id = ${roundId})`;

/** The live generation's rows of every derived result table, as readers see them. */
export async function liveResults(db: Database, roundId: number) {
  const [rows, nodes, indicators] = await db.batch([
    db.select().from(resultEnterprise).where(and(eq(resultEnterprise.roundId, roundId), sql`${resultEnterprise.generation} = ${live(roundId)}`)).orderBy(asc(resultEnterprise.enterpriseId)),
    db.select().from(resultNode).where(and(eq(resultNode.roundId, roundId), sql`${resultNode.generation} = ${live(roundId)}`)),
    db.select().from(resultIndicator).where(and(eq(resultIndicator.roundId, roundId), sql`${resultIndicator.generation} = ${live(roundId)}`)),
  ]);
  const strip = <T extends { generation: number }>({ generation: _g, ...rest }: T) => rest;
  const byId = <T extends { enterpriseId: number; indicatorId: number }>(a: T, b: T) => a.enterpriseId - b.enterpriseId || a.indicatorId - b.indicatorId;
  return {
    rows: rows.map(({ computedAt: _c, ...r }) => strip(r)),
    nodes: nodes.map(strip).sort(byId),
    indicators: indicators.map(strip).sort(byId),
  };
}

/** The live generation equals the pure reference for every enterprise, node and indicator, ranks included. */
export async function expectLiveResultsMatchReference(db: Database, roundId: number, today: string) {
  const { results } = await referenceResults(db, roundId, today);
  const { rows, nodes, indicators } = await liveResults(db, roundId);
  expect(rows.map((r) => r.enterpriseId)).toEqual(results.map((r) => r.enterpriseId));
  for (const expected of results) {
    const row = rows.find((r) => r.enterpriseId === expected.enterpriseId)!;
    const { indicators: expectedIndicators, nodes: expectedNodes, street: _s, industry: _i, adjustments: _a, ...summary } = expected;
    expect(row, `enterprise ${expected.enterpriseId}`).toMatchObject(summary);
    const mine = nodes.filter((n) => n.enterpriseId === expected.enterpriseId).map(({ indicatorId, level, score: value }) => ({ indicatorId, level, score: value }));
    expect(mine, `nodes of enterprise ${expected.enterpriseId}`).toEqual([...expectedNodes].sort((a, b) => a.indicatorId - b.indicatorId));
    const outcomes = indicators.filter((o) => o.enterpriseId === expected.enterpriseId).map(({ roundId: _r, enterpriseId: _e, ...o }) => o);
    expect(outcomes, `indicators of enterprise ${expected.enterpriseId}`).toEqual(expectedIndicators);
  }
  return results;
}

/** The progress counters equal the pure definitions (shared/domain/progress.ts) for every enterprise and person. */
export async function expectCountersMatchReference(db: Database, roundId: number, today: string) {
  const { framework: scoring, results } = await referenceResults(db, roundId, today);
  const [enrolled, scores, items, requests, schedules, reports, assignments, scopes, subsets, counters, work] = await db.batch([
    db.select({ id: enterprise.id, streetId: enterprise.streetId, industry: enterprise.industry, status: roundEnterprise.status }).from(roundEnterprise).innerJoin(enterprise, eq(enterprise.id, roundEnterprise.enterpriseId)).where(eq(roundEnterprise.roundId, roundId)),
    db.select().from(score).where(eq(score.roundId, roundId)),
    db.select().from(evidence).where(eq(evidence.roundId, roundId)),
    db.select().from(documentationRequest).where(eq(documentationRequest.roundId, roundId)),
    db.select().from(reportSchedule).where(eq(reportSchedule.roundId, roundId)),
    db.select().from(enterpriseReport),
    db.select().from(assignment).where(eq(assignment.roundId, roundId)),
    db.select().from(assignmentScope),
    db.select().from(assignmentEnterprise),
    db.select().from(progressEnterprise).where(eq(progressEnterprise.roundId, roundId)).orderBy(asc(progressEnterprise.enterpriseId)),
    db.select().from(progressExpert).where(eq(progressExpert.roundId, roundId)),
  ]);
  const expected = enrolled
    .map((e) => ({
      roundId,
      enterpriseId: e.id,
      streetId: e.streetId,
      countedOn: today,
      ...enterpriseCounters(
        {
          evidence: items.filter((i) => i.enterpriseId === e.id),
          scores: scores.filter((s) => s.enterpriseId === e.id).length,
          signedOff: e.status === 'signed_off',
          requests: requests.filter((r) => r.enterpriseId === e.id),
          reports: schedules.map((s) => ({ dueOn: s.dueOn, submitted: reports.some((r) => r.scheduleId === s.id && r.enterpriseId === e.id && r.status === 'submitted') })),
        },
        today,
      ),
    }))
    .sort((a, b) => a.enterpriseId - b.enterpriseId);
  expect(counters).toEqual(expected);

  const coverage = new Map(assignments.map((a) => [a.id, { expertId: a.expertId, indicatorIds: scopes.filter((s) => s.assignmentId === a.id).map((s) => s.indicatorId), enterpriseIds: subsets.filter((s) => s.assignmentId === a.id).map((s) => s.enterpriseId) }]));
  const expectedWork = enrolled.flatMap((e) => {
    const result = results.find((r) => r.enterpriseId === e.id)!;
    const applicable = scoring.indicators.filter((i) => result.indicators.find((o) => o.indicatorId === i.id)!.applicable);
    const paths = applicable.map((i) => ({ id: i.id, groupId: i.groupId, dimensionId: scoring.groups.find((g) => g.id === i.groupId)!.parentId! }));
    const open = new Set(result.indicators.filter((o) => o.applicable && o.disagreement && !o.settled).map((o) => o.indicatorId));
    const capturers = items.filter((i) => i.enterpriseId === e.id && i.deletedAt === null).flatMap((i) => (i.capturedBy === null ? [] : [i.capturedBy]));
    const people = new Set([...[...coverage.values()].map((c) => c.expertId), ...scores.filter((s) => s.enterpriseId === e.id).map((s) => s.expertId), ...capturers]);
    return [...people].flatMap((person) => {
      const figures = expertWork({
        enterpriseId: e.id,
        applicable: paths,
        assignments: [...coverage.values()].filter((c) => c.expertId === person),
        scoredIndicators: scores.filter((s) => s.enterpriseId === e.id && s.expertId === person).map((s) => s.indicatorId),
        openIndicators: open,
        evidence: items.filter((i) => i.enterpriseId === e.id && i.capturedBy === person),
      });
      return figures.assigned + figures.scored + figures.evidence === 0 ? [] : [{ roundId, enterpriseId: e.id, expertId: person, streetId: e.streetId, ...figures }];
    });
  });
  const order = <T extends { enterpriseId: number; expertId: number }>(a: T, b: T) => a.enterpriseId - b.enterpriseId || a.expertId - b.expertId;
  expect([...work].sort(order)).toEqual(expectedWork.sort(order));
}
