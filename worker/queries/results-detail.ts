// One enterprise's results from its total down to each indicator, beside its previous round (by code).
import { and, asc, desc, eq, lte, ne, or, lt, inArray, sql } from 'drizzle-orm';
import { buildTree } from '../../shared/domain/indicator-tree';
import { indicatorOutcome } from '../../shared/domain/scoring/outcome';
import type { EnterpriseResult } from '../../shared/schemas/result';
import type { Database } from '../db/client';
import { framework, indicator, resultEnterprise, resultIndicator, resultNode, round, roundEnterprise } from '../db/schema';
import { notFound } from '../errors';
import { adjustmentSummary, enterpriseAdjustmentsQuery } from './adjustments';
import { pinnedFramework } from './pinned-framework';
import { enterpriseRectifications } from './rectifications';
import { liveGeneration } from './generation';
import { findResultSummary } from './results-read';
import type { RoundRecord } from './rounds';

/** The enterprise's latest earlier published (or closed) round on the same standard, this version or an older one. */
async function previousRound(db: Database, current: RoundRecord, enterpriseId: number) {
  return db
    .select({ id: round.id, nameZh: round.nameZh, nameEn: round.nameEn, year: round.year, frameworkId: framework.id, frameworkVersion: framework.version })
    .from(round)
    .innerJoin(framework, eq(framework.id, round.frameworkId))
    .innerJoin(roundEnterprise, and(eq(roundEnterprise.roundId, round.id), eq(roundEnterprise.enterpriseId, enterpriseId)))
    .innerJoin(resultEnterprise, and(eq(resultEnterprise.roundId, round.id), sql`${resultEnterprise.generation} = ${liveGeneration(round.id)}`, eq(resultEnterprise.enterpriseId, enterpriseId)))
    .where(
      and(
        eq(framework.code, current.framework.code),
        lte(framework.version, current.framework.version),
        ne(round.id, current.id),
        inArray(round.status, ['published', 'closed']),
        or(lt(round.year, current.year), and(eq(round.year, current.year), lt(round.id, current.id))),
      ),
    )
    .orderBy(desc(round.year), desc(round.id))
    .limit(1)
    .get();
}

/** Node scores and indicator consensus of an enterprise in a round, by indicator code. */
async function scoresByCode(db: Database, roundId: number, enterpriseId: number) {
  const [nodes, outcomes] = await db.batch([
    db
      .select({ code: indicator.code, score: resultNode.score })
      .from(resultNode)
      .innerJoin(indicator, eq(indicator.id, resultNode.indicatorId))
      .where(and(eq(resultNode.roundId, roundId), sql`${resultNode.generation} = ${liveGeneration(roundId)}`, eq(resultNode.enterpriseId, enterpriseId))),
    db
      .select({ code: indicator.code, score: resultIndicator.consensus })
      .from(resultIndicator)
      .innerJoin(indicator, eq(indicator.id, resultIndicator.indicatorId))
      .where(and(eq(resultIndicator.roundId, roundId), sql`${resultIndicator.generation} = ${liveGeneration(roundId)}`, eq(resultIndicator.enterpriseId, enterpriseId))),
  ]);
  return new Map<string, number | null>([...nodes, ...outcomes].map((r) => [r.code, r.score]));
}

export async function enterpriseResultDetail(db: Database, current: RoundRecord, enterpriseId: number) {
  const summary = await findResultSummary(db, current.id, enterpriseId);
  if (!summary) throw notFound('enterprise_not_found', `Enterprise ${enterpriseId} has no results in round ${current.id}`);
  const [tree, outcomeRows, scores, previous, rectifications, adjustments, { settings }] = await Promise.all([
    db.select().from(indicator).where(eq(indicator.frameworkId, current.framework.id)).orderBy(asc(indicator.level), asc(indicator.position)),
    db.select().from(resultIndicator).where(and(eq(resultIndicator.roundId, current.id), sql`${resultIndicator.generation} = ${liveGeneration(current.id)}`, eq(resultIndicator.enterpriseId, enterpriseId))),
    scoresByCode(db, current.id, enterpriseId),
    previousRound(db, current, enterpriseId),
    enterpriseRectifications(db, current.id, enterpriseId),
    enterpriseAdjustmentsQuery(db, current.id, enterpriseId),
    pinnedFramework(db, current.framework.id),
  ]);
  const outcomes = new Map(outcomeRows.map((o) => [o.indicatorId, o]));
  const [earlier, earlierSummary, earlierTasks] = previous
    ? await Promise.all([scoresByCode(db, previous.id, enterpriseId), findResultSummary(db, previous.id, enterpriseId), enterpriseRectifications(db, previous.id, enterpriseId)])
    : [new Map<string, number | null>(), null, []];

  const node = (n: (typeof tree)[number]) => ({
    id: n.id,
    code: n.code,
    name: { zh: n.nameZh, en: n.nameEn },
    weight: n.weight,
    score: scores.get(n.code) ?? null,
    previousScore: earlier.get(n.code) ?? null,
  });
  const detail: Omit<EnterpriseResult, 'roundId' | 'freshness'> = {
    summary,
    dimensions: buildTree(tree).map((dimension) => ({
      ...node(dimension),
      groups: dimension.children.map((group) => ({
        ...node(group),
        indicators: group.children.map((leaf) => {
          const o = outcomes.get(leaf.id)!;
          return {
            id: leaf.id,
            code: leaf.code,
            name: { zh: leaf.nameZh, en: leaf.nameEn },
            kind: leaf.kind!,
            weight: leaf.weight,
            maxScore: leaf.maxScore!,
            applicable: o.applicable,
            ...indicatorOutcome(o, leaf.rubric!),
            evidenceCount: o.evidenceCount,
            previousConsensus: earlier.get(leaf.code) ?? null,
          };
        }),
      })),
    })),
    previous: previous ? {
      round: { id: previous.id, name: { zh: previous.nameZh, en: previous.nameEn }, year: previous.year },
      framework: { id: previous.frameworkId, version: previous.frameworkVersion },
      total: earlierSummary?.total ?? null,
      grade: earlierSummary?.grade ?? null,
      rankOverall: earlierSummary?.rankOverall ?? null,
      rectifications: earlierTasks,
    } : null,
    rectifications,
    adjustments: adjustmentSummary(adjustments.map((a) => a.row), settings).lines,
    mandatoryFailRatio: settings.mandatoryFailRatio,
  };
  return detail;
}
