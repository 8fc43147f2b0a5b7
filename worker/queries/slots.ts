// SQL fragments over a round's slots (enrolled enterprise × scored indicator), shared by the results
// computation, the coverage report and the demo seed. Each mirrors a pure function in shared/domain.
import { sql, type SQL } from 'drizzle-orm';

/**
 * FROM/WHERE over the slots of a round, with aliases re (round_enterprise), e (enterprise), i (the scored
 * indicator) and g (its group). Applicability is a column: `applicable`, as shared/domain/scoring/applicability.ts decides it.
 * `enterprises` narrows them (a condition on re.enterprise_id).
 */
export const roundSlots = (roundId: number, frameworkId: number, enterprises: SQL = sql`1`) => sql`(
  SELECT re.enterprise_id, e.street_id, e.industry, i.id AS indicator_id, i.parent_id AS group_id, g.parent_id AS dimension_id,
         i.kind, i.max_score, i.weight,
         (i.kind <> 'special' OR EXISTS (SELECT 1 FROM json_each(i.industries) ind WHERE ind.value = e.industry)) AS applicable
  FROM round_enterprise re
  JOIN enterprise e ON e.id = re.enterprise_id
  JOIN indicator i ON i.framework_id = ${frameworkId} AND i.level = 3
  JOIN indicator g ON g.id = i.parent_id
  WHERE re.round_id = ${roundId} AND ${enterprises}
)`;

/** Whether assignment `a` covers slot `s` (a row of roundSlots), as shared/domain/assignment-scope.ts decides it. */
export const assignmentCoversSlot = sql`(
  EXISTS (SELECT 1 FROM assignment_scope sc WHERE sc.assignment_id = a.id AND sc.indicator_id IN (s.indicator_id, s.group_id, s.dimension_id))
  AND (NOT EXISTS (SELECT 1 FROM assignment_enterprise ae WHERE ae.assignment_id = a.id)
       OR EXISTS (SELECT 1 FROM assignment_enterprise ae WHERE ae.assignment_id = a.id AND ae.enterprise_id = s.enterprise_id))
)`;
