// Whether an expert's assignment covers an indicator of an enterprise.

export type AssignmentCoverage = {
  /** Tree nodes the assignment names: dimensions, groups or indicators. */
  indicatorIds: readonly number[];
  /** Its enterprise subset; empty means every enrolled enterprise. */
  enterpriseIds: readonly number[];
};

/** A scored indicator with the group and dimension above it. */
export type IndicatorPath = { id: number; groupId: number; dimensionId: number };

export const assignmentCovers = (assignment: AssignmentCoverage, indicator: IndicatorPath, enterpriseId: number) =>
  (assignment.enterpriseIds.length === 0 || assignment.enterpriseIds.includes(enterpriseId)) &&
  [indicator.id, indicator.groupId, indicator.dimensionId].some((id) => assignment.indicatorIds.includes(id));
