// Builds an enterprise's explanation from what the route read: its stored result per indicator, the scores and
// settlements the reader may see, its evidence and the framework's rubric. Pure: no I/O, no policy.
import { vetoShortfall } from '../../shared/domain/scoring/veto';
import type { AdjustmentLine } from '../../shared/schemas/adjustment';
import type { Evidence } from '../../shared/schemas/evidence';
import type { Explanation, IndicatorExplanation } from '../../shared/schemas/explanation';
import type { EnterpriseResult } from '../../shared/schemas/result';
import type { IndicatorNode } from '../../shared/schemas/round';
import type { Score, Settlement } from '../../shared/schemas/score';

export type ExplanationParts = {
  roundId: number;
  result: Pick<EnterpriseResult, 'summary' | 'dimensions'>;
  adjustments: AdjustmentLine[];
  tree: readonly IndicatorNode[];
  scores: { items: Score[]; settlements: Settlement[] };
  evidence: readonly Evidence[];
  /** The framework's mandatoryFailRatio: a failed mandatory indicator is explained by its threshold, not a rubric level. */
  mandatoryFailRatio: number;
};

export function buildExplanation({ roundId, result, adjustments, tree, scores, evidence, mandatoryFailRatio }: ExplanationParts): Explanation {
  const nodes = new Map(tree.map((n) => [n.id, n]));
  const byId = new Map(evidence.map((e) => [e.id, e]));
  const indicators = result.dimensions
    .flatMap((d) => d.groups.flatMap((g) => g.indicators))
    .filter((i) => i.applicable)
    .map((i): IndicatorExplanation => {
      // A level's words ("基本达标") beside a veto would contradict it: the veto says what was missed instead.
      const veto = i.failedMandatory && i.consensus !== null ? vetoShortfall(i.consensus, i.maxScore, mandatoryFailRatio) : null;
      const level = i.rubricLevel === null || veto ? undefined : nodes.get(i.id)?.rubric?.[i.rubricLevel];
      const mine = scores.items.filter((s) => s.indicatorId === i.id);
      const settlement = scores.settlements.find((s) => s.indicatorId === i.id);
      const cited = [...new Set(mine.flatMap((s) => s.evidenceIds))].flatMap((id) => byId.get(id) ?? []);
      return {
        id: i.id,
        code: i.code,
        name: i.name,
        maxScore: i.maxScore,
        consensus: i.consensus,
        rubricLevel: level && i.rubricLevel !== null ? { index: i.rubricLevel, label: level.label, description: level.description } : null,
        veto,
        settlement: settlement ? { value: settlement.value, reason: settlement.reason } : null,
        rationales: mine.map((s) => ({ expert: s.expert, value: s.value, rationale: s.rationale, evidenceIds: s.evidenceIds })),
        evidence: cited.map((e) => ({ id: e.id, kind: e.kind, title: e.title, url: e.url, quote: e.quote, pageNumber: e.pageNumber, validity: e.validity })),
      };
    });
  return { roundId, summary: result.summary, adjustments, indicators };
}
