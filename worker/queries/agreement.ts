// A round's agreement figures for clients: the SQL parts finished into alpha (with the metric each indicator's
// scores fit) and the ICCs, dimensions and the round summed from their indicators, the experts' interval
// figures from the round's blocks, with names and codes.
import { agreementFigure, expertFigure, expertSumsOfBlocks, intervalAlphaOf, metricFor, sumParts, type AgreementParts } from '../../shared/domain/agreement/round-agreement';
import type { RoundAgreement } from '../../shared/schemas/agreement';
import type { Database } from '../db/client';
import { agreementPartsOfRound } from './agreement-sql';
import { displayNamesQuery, lookup } from './people';
import { pinnedFramework } from './pinned-framework';

export async function roundAgreement(db: Database, round: { id: number; framework: { id: number } }, enterpriseId?: number): Promise<RoundAgreement> {
  const started = performance.now();
  const [parts, { tree, settings }] = await Promise.all([agreementPartsOfRound(db, round.id, enterpriseId), pinnedFramework(db, round.framework.id)]);
  const elapsedMs = performance.now() - started;
  const whole = sumParts(parts.indicators.values());
  const experts = expertSumsOfBlocks(whole.blocks);
  const names = lookup(await displayNamesQuery(db, experts.experts.keys()), 'displayName');
  const parentOf = new Map(tree.map((n) => [n.id, n.parentId]));
  const dimensionOf = (indicatorId: number) => parentOf.get(parentOf.get(indicatorId)!)!;
  const node = (n: (typeof tree)[number]) => ({ id: n.id, code: n.code, name: { zh: n.nameZh, en: n.nameEn } });
  const metric = metricFor(settings.agreement);
  const indicators = tree.filter((n) => n.level === 3 && parts.indicators.has(n.id));
  const partsOfDimension = (id: number): AgreementParts[] => indicators.filter((i) => dimensionOf(i.id) === id).map((i) => parts.indicators.get(i.id)!);
  return {
    roundId: round.id,
    metric,
    computedAt: new Date().toISOString(),
    elapsedMs: Math.round(elapsedMs),
    round: { ...agreementFigure(whole, metric), intervalAlpha: intervalAlphaOf(experts.round) },
    dimensions: tree
      .filter((n) => n.level === 1 && partsOfDimension(n.id).length > 0)
      .map((n) => ({ ...node(n), ...agreementFigure(sumParts(partsOfDimension(n.id)), metric) })),
    indicators: indicators.map((n) => ({ ...node(n), dimensionId: dimensionOf(n.id), ...agreementFigure(parts.indicators.get(n.id)!, metricFor(settings.agreement, n.code)) })),
    experts: [...experts.experts]
      .map(([id, e]) => ({ expert: { id, displayName: names.get(id) ?? `#${id}` }, ...expertFigure(e) }))
      .sort((a, b) => a.expert.displayName.localeCompare(b.expert.displayName, 'zh')),
    enterprise: enterpriseId === undefined ? null : { id: enterpriseId, ...agreementFigure(parts.enterprise, metric) },
  };
}
