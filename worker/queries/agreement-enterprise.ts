// One enterprise's inter-rater agreement (the reviewer's side panel): its own units, few enough to read and
// finish with the pure reference (shared/domain/agreement) on request, beside the round's cached figures.
import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { agreementFigure, metricFor, partsOf } from '../../shared/domain/agreement/round-agreement';
import type { Database } from '../db/client';
import { indicator, score } from '../db/schema';
import { pinnedFramework } from './pinned-framework';

const group = alias(indicator, 'grp');

export async function enterpriseAgreement(db: Database, round: { id: number; framework: { id: number } }, enterpriseId: number) {
  const [rows, { settings }] = await Promise.all([
    db
      .select({ indicatorId: score.indicatorId, expertId: score.expertId, value: score.value, maxScore: indicator.maxScore, dimensionId: group.parentId })
      .from(score)
      .innerJoin(indicator, eq(indicator.id, score.indicatorId))
      .innerJoin(group, eq(group.id, indicator.parentId))
      .where(and(eq(score.roundId, round.id), eq(score.enterpriseId, enterpriseId))),
    pinnedFramework(db, round.framework.id),
  ]);
  const ratings = rows.map((r) => ({ enterpriseId, indicatorId: r.indicatorId, dimensionId: r.dimensionId!, expertId: r.expertId, share: r.value / r.maxScore! }));
  return { id: enterpriseId, ...agreementFigure(partsOf(ratings), metricFor(settings.agreement)) };
}
