// The expert × dimension view of a round's assignments: what each cell holds, which experts' assignments the
// matrix may rewrite (one assignment of whole dimensions for all enterprises), and where coverage has gaps.
import type { Assignment, CoverageReport } from '../../shared/schemas/assignment';

export type CellState = 'full' | 'partial' | 'none';

const dimensionOf = (code: string) => code.split('.')[0]!;

/** Whether the expert's assignments cover the whole dimension for every enterprise, part of it, or nothing of it. */
export function cellState(assignments: readonly Assignment[], dimensionCode: string): CellState {
  const inDimension = assignments.flatMap((a) => a.scope.filter((s) => dimensionOf(s.code) === dimensionCode).map((s) => ({ a, s })));
  if (inDimension.some(({ a, s }) => s.level === 1 && a.enterpriseIds.length === 0)) return 'full';
  return inDimension.length > 0 ? 'partial' : 'none';
}

/**
 * The one assignment the matrix edits for an expert: none yet (null), or their only assignment when it
 * names whole dimensions for all enterprises; 'locked' when their assignments are finer than the matrix shows.
 */
export function editableAssignment(assignments: readonly Assignment[]): Assignment | null | 'locked' {
  if (assignments.length === 0) return null;
  const [only] = assignments;
  return assignments.length === 1 && only!.enterpriseIds.length === 0 && only!.scope.every((s) => s.level === 1) ? only! : 'locked';
}

/** The dimension codes an editable assignment will hold after a cell is switched on or off. */
export function switchedDimensions(assignment: Assignment | null, code: string, on: boolean): string[] {
  const codes = (assignment?.scope ?? []).map((s) => s.code);
  return on ? [...new Set([...codes, code])] : codes.filter((c) => c !== code);
}

/** Uncovered indicators and their uncovered enterprise slots, per dimension code. */
export function gapsByDimension(coverage: CoverageReport) {
  const gaps = new Map<string, { indicators: number; slots: number }>();
  for (const gap of coverage.indicators) {
    const code = dimensionOf(gap.code);
    const sum = gaps.get(code) ?? { indicators: 0, slots: 0 };
    gaps.set(code, { indicators: sum.indicators + 1, slots: sum.slots + gap.uncoveredEnterprises });
  }
  return gaps;
}
