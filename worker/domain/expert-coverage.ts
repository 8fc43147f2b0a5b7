// An expert's assignments as the queues read them: the scored indicators each covers, for which
// enterprises, and how many applicable slots that makes across the round. Pure.
import type { AssignmentCoverage } from '../../shared/domain/assignment-scope';
import { isApplicable } from '../../shared/domain/scoring/applicability';
import { leavesUnder, type FrameworkIndex } from './framework-index';

/** One assignment: its scored indicators (nodes expanded) and its enterprise subset (empty: every enrolled enterprise). */
export type ExpertScope = { leafIds: number[]; enterpriseIds: readonly number[] };

export const expertScopes = (index: FrameworkIndex, assignments: readonly AssignmentCoverage[]): ExpertScope[] =>
  assignments.map((a) => ({ leafIds: leavesUnder(index, a.indicatorIds), enterpriseIds: a.enterpriseIds }));

/**
 * Applicable slots the scopes cover: every enrolled enterprise gets the indicators of the unrestricted
 * assignments, an enterprise of a subset those of its subsets' assignments too (counted once).
 */
export function coveredSlotCount(
  index: FrameworkIndex,
  scopes: readonly ExpertScope[],
  enrolledByIndustry: ReadonlyMap<string, number>,
  subsetEnterprises: readonly { id: number; industry: string }[],
): number {
  const applicableIn = (leafIds: Iterable<number>, industry: string) => {
    let n = 0;
    for (const id of leafIds) {
      const leaf = index.leaves.get(id);
      if (leaf && isApplicable({ kind: leaf.kind ?? 'voluntary', industries: leaf.industries }, industry)) n += 1;
    }
    return n;
  };
  const everywhere = new Set(scopes.filter((s) => s.enterpriseIds.length === 0).flatMap((s) => s.leafIds));
  let total = 0;
  for (const [industry, enterprises] of enrolledByIndustry) total += enterprises * applicableIn(everywhere, industry);
  for (const e of subsetEnterprises) {
    const extra = new Set(scopes.filter((s) => s.enterpriseIds.includes(e.id)).flatMap((s) => s.leafIds).filter((id) => !everywhere.has(id)));
    total += applicableIn(extra, e.industry);
  }
  return total;
}
