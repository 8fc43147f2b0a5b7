// A round's agreement figures for clients: the SQL sums finished into alpha, with names and codes.
import { noSums } from '../../shared/domain/agreement/krippendorff';
import { agreementFigure, expertFigure } from '../../shared/domain/agreement/round-agreement';
import type { RoundAgreement } from '../../shared/schemas/agreement';
import type { Database } from '../db/client';
import { agreementSumsOfRound } from './agreement-sql';
import { displayNamesQuery, lookup } from './people';
import { pinnedFramework } from './pinned-framework';

export async function roundAgreement(db: Database, round: { id: number; framework: { id: number } }, enterpriseId?: number): Promise<RoundAgreement> {
  const started = performance.now();
  const [sums, { tree }] = await Promise.all([agreementSumsOfRound(db, round.id, enterpriseId), pinnedFramework(db, round.framework.id)]);
  const elapsedMs = performance.now() - started;
  const names = lookup(await displayNamesQuery(db, sums.experts.keys()), 'displayName');
  const parentOf = new Map(tree.map((n) => [n.id, n.parentId]));
  const node = (n: (typeof tree)[number]) => ({ id: n.id, code: n.code, name: { zh: n.nameZh, en: n.nameEn } });
  return {
    roundId: round.id,
    metric: 'interval',
    computedAt: new Date().toISOString(),
    elapsedMs: Math.round(elapsedMs),
    round: agreementFigure(sums.round),
    dimensions: tree.filter((n) => n.level === 1 && sums.dimensions.has(n.id)).map((n) => ({ ...node(n), ...agreementFigure(sums.dimensions.get(n.id)!) })),
    indicators: tree
      .filter((n) => n.level === 3 && sums.indicators.has(n.id))
      .map((n) => ({ ...node(n), dimensionId: parentOf.get(n.parentId!)!, ...agreementFigure(sums.indicators.get(n.id)!) })),
    experts: [...sums.experts]
      .map(([id, e]) => ({ expert: { id, displayName: names.get(id) ?? `#${id}` }, ...expertFigure(e) }))
      .sort((a, b) => a.expert.displayName.localeCompare(b.expert.displayName, 'zh')),
    enterprise: enterpriseId === undefined ? null : { id: enterpriseId, ...agreementFigure(sums.enterprise ?? noSums) },
  };
}
