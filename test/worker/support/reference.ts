// Reads a round's inputs straight from D1 and evaluates them with the pure reference (shared/domain/scoring),
// so worker tests can compare the SQL results with it.
import { and, asc, eq } from 'drizzle-orm';
import { countsAsEvidence } from '../../../shared/domain/scoring/applicability';
import { evaluateRound, type EnterpriseInputs } from '../../../shared/domain/scoring/evaluate';
import { scoringFramework } from '../../../shared/domain/scoring/framework';
import type { Database } from '../../../worker/db/client';
import { adjustment, enterprise, evidence, framework, indicator, round, roundEnterprise, score, scoreSettlement } from '../../../worker/db/schema';

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
