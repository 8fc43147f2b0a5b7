// Expert assignments: scope rows (tree nodes) and enterprise subsets, read whole, and the coverage report.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AssignmentCoverage } from '../../shared/domain/assignment-scope';
import type { Assignment, CoverageReport } from '../../shared/schemas/assignment';
import type { Database } from '../db/client';
import { assignment, assignmentEnterprise, assignmentScope, indicator, roundMember, user } from '../db/schema';
import { notFound } from '../errors';
import { assignmentCoversSlot, roundSlots } from './slots';

export async function listAssignments(db: Database, roundId: number, expertId: number | null): Promise<Assignment[]> {
  const where = and(eq(assignment.roundId, roundId), expertId === null ? undefined : eq(assignment.expertId, expertId));
  const heads = await db
    .select({ row: assignment, displayName: user.displayName, bureau: roundMember.bureau })
    .from(assignment)
    .innerJoin(user, eq(user.id, assignment.expertId))
    .leftJoin(roundMember, and(eq(roundMember.roundId, assignment.roundId), eq(roundMember.userId, assignment.expertId)))
    .where(where)
    .orderBy(asc(assignment.id));
  if (heads.length === 0) return [];
  const ids = heads.map((h) => h.row.id);
  const [scopes, subsets] = await db.batch([
    db
      .select({ assignmentId: assignmentScope.assignmentId, indicatorId: indicator.id, code: indicator.code, level: indicator.level })
      .from(assignmentScope)
      .innerJoin(indicator, eq(indicator.id, assignmentScope.indicatorId))
      .where(inArray(assignmentScope.assignmentId, ids))
      .orderBy(asc(indicator.level), asc(indicator.id)),
    db.select().from(assignmentEnterprise).where(inArray(assignmentEnterprise.assignmentId, ids)).orderBy(asc(assignmentEnterprise.enterpriseId)),
  ]);
  return heads.map(({ row, displayName, bureau }) => ({
    id: row.id,
    roundId: row.roundId,
    expert: { id: row.expertId, displayName, bureau: bureau ?? null },
    scope: scopes.filter((s) => s.assignmentId === row.id).map(({ assignmentId: _a, ...s }) => s),
    enterpriseIds: subsets.filter((s) => s.assignmentId === row.id).map((s) => s.enterpriseId),
    createdAt: row.createdAt,
    version: row.version,
  }));
}

export async function findAssignment(db: Database, roundId: number, id: number) {
  const found = (await listAssignments(db, roundId, null)).find((a) => a.id === id);
  if (!found) throw notFound('assignment_not_found', `Assignment ${id} does not exist in round ${roundId}`);
  return found;
}

/** An expert's assignments in the shape the policy checks them in. */
export async function expertCoverage(db: Database, roundId: number, expertId: number): Promise<AssignmentCoverage[]> {
  return (await listAssignments(db, roundId, expertId)).map((a) => ({ indicatorIds: a.scope.map((s) => s.indicatorId), enterpriseIds: a.enterpriseIds }));
}

/**
 * A statement for a batch: the tree nodes named by those of the expert's assignments in the round that
 * cover `enterpriseId`. As AssignmentCoverage (with no enterprise subset, since it is already applied),
 * the policy judges the expert's scoring of this enterprise by it.
 */
export const enterpriseCoverageQuery = (db: Database, roundId: number, expertId: number, enterpriseId: number) =>
  db
    .select({ indicatorId: assignmentScope.indicatorId })
    .from(assignment)
    .innerJoin(assignmentScope, eq(assignmentScope.assignmentId, assignment.id))
    .where(
      and(
        eq(assignment.roundId, roundId),
        eq(assignment.expertId, expertId),
        sql`(NOT EXISTS (SELECT 1 FROM assignment_enterprise ae WHERE ae.assignment_id = "assignment"."id")
             OR EXISTS (SELECT 1 FROM assignment_enterprise ae WHERE ae.assignment_id = "assignment"."id" AND ae.enterprise_id = ${enterpriseId}))`,
      ),
    );

/** Statements that write an assignment's scope and subset; `id` is SQL (a created assignment is found by a subquery). */
export function scopeStatements(id: SQL, indicatorIds: number[], enterpriseIds: number[]) {
  return [
    sql`INSERT INTO assignment_scope (assignment_id, indicator_id) SELECT ${id}, value FROM json_each(${JSON.stringify(indicatorIds)})`,
    sql`INSERT INTO assignment_enterprise (assignment_id, enterprise_id) SELECT ${id}, value FROM json_each(${JSON.stringify(enterpriseIds)})`,
  ];
}

export function clearScopeStatements(db: Database, assignmentId: number) {
  return [db.delete(assignmentScope).where(eq(assignmentScope.assignmentId, assignmentId)), db.delete(assignmentEnterprise).where(eq(assignmentEnterprise.assignmentId, assignmentId))];
}

const SAMPLE = 20;

/** Applicable slots of enrolled enterprises that no assignment covers, counted per indicator. */
export async function coverage(db: Database, roundId: number, frameworkId: number): Promise<CoverageReport> {
  const rows = await db.all<{ indicator_id: number; code: string; slots: number; uncovered: number; sample: string | null }>(sql`
    WITH slot AS (
      SELECT s.*, EXISTS (SELECT 1 FROM assignment a WHERE a.round_id = ${roundId} AND ${assignmentCoversSlot}) AS covered
      FROM ${roundSlots(roundId, frameworkId)} s WHERE s.applicable
    ),
    numbered AS (
      SELECT slot.*, ROW_NUMBER() OVER (PARTITION BY indicator_id, covered ORDER BY enterprise_id) AS n FROM slot
    )
    SELECT n.indicator_id, i.code, COUNT(*) AS slots, SUM(NOT covered) AS uncovered,
           json_group_array(enterprise_id) FILTER (WHERE NOT covered AND n.n <= ${SAMPLE}) AS sample
    FROM numbered n JOIN indicator i ON i.id = n.indicator_id
    GROUP BY n.indicator_id ORDER BY n.indicator_id`);
  return {
    slots: rows.reduce((sum, r) => sum + r.slots, 0),
    uncovered: rows.reduce((sum, r) => sum + r.uncovered, 0),
    indicators: rows
      .filter((r) => r.uncovered > 0)
      .map((r) => ({ indicatorId: r.indicator_id, code: r.code, uncoveredEnterprises: r.uncovered, sampleEnterpriseIds: (JSON.parse(r.sample ?? '[]') as number[]).sort((a, b) => a - b) })),
  };
}
