// Adjustments of an enterprise in a round: the proposals with who made and decided them, and the lines the
// confirmed ones add to the result (by the pure reference, shared/domain/scoring/adjustments.ts).
import { and, asc, eq, sql } from 'drizzle-orm';
import { adjustmentLines, netAdjustment } from '../../shared/domain/scoring/adjustments';
import type { Adjustment, EnterpriseAdjustments } from '../../shared/schemas/adjustment';
import type { FrameworkSettings } from '../../shared/schemas/framework';
import type { Database } from '../db/client';
import { adjustment } from '../db/schema';
import { notFound } from '../errors';

const nameOf = (column: 'proposed_by' | 'decided_by') => sql<string | null>`(SELECT display_name FROM user u WHERE u.id = "adjustment"."${sql.raw(column)}")`;
const columns = { row: adjustment, proposedByName: nameOf('proposed_by'), decidedByName: nameOf('decided_by') };
export type AdjustmentRow = { row: typeof adjustment.$inferSelect; proposedByName: string | null; decidedByName: string | null };

export function toAdjustment({ row, proposedByName, decidedByName }: AdjustmentRow, settings: Pick<FrameworkSettings, 'adjustments'>): Adjustment {
  const def = settings.adjustments.find((a) => a.code === row.code);
  return {
    id: row.id,
    roundId: row.roundId,
    enterpriseId: row.enterpriseId,
    code: row.code,
    item: def ? { name: def.name, direction: def.direction, points: def.points, capPerEnterprise: def.capPerEnterprise } : null,
    occurrences: row.occurrences,
    evidenceIds: row.evidenceIds,
    note: row.note,
    status: row.status,
    proposedBy: { id: row.proposedBy, displayName: proposedByName ?? `#${row.proposedBy}` },
    proposedAt: row.proposedAt,
    decidedBy: row.decidedBy === null ? null : { id: row.decidedBy, displayName: decidedByName ?? `#${row.decidedBy}` },
    decidedAt: row.decidedAt,
    decisionComment: row.decisionComment,
    version: row.version,
  };
}

/** A statement for a batch: an enterprise's adjustments in a round, in the order they were proposed. */
export const enterpriseAdjustmentsQuery = (db: Database, roundId: number, enterpriseId: number) =>
  db.select(columns).from(adjustment).where(and(eq(adjustment.roundId, roundId), eq(adjustment.enterpriseId, enterpriseId))).orderBy(asc(adjustment.id));

/** The confirmed adjustments' lines and net effect. */
export function adjustmentSummary(rows: readonly { status: string; code: string; occurrences: number }[], settings: Pick<FrameworkSettings, 'adjustments' | 'adjustmentsCap'>) {
  const lines = adjustmentLines(settings.adjustments, rows.filter((r) => r.status === 'confirmed'));
  return { lines, ...netAdjustment(lines, settings.adjustmentsCap) };
}

export function toEnterpriseAdjustments(rows: AdjustmentRow[], settings: Pick<FrameworkSettings, 'adjustments' | 'adjustmentsCap'>): EnterpriseAdjustments {
  return { items: rows.map((r) => toAdjustment(r, settings)), ...adjustmentSummary(rows.map((r) => r.row), settings) };
}

export async function findAdjustment(db: Database, id: number) {
  const row = await db.select(columns).from(adjustment).where(eq(adjustment.id, id)).get();
  if (!row) throw notFound('adjustment_not_found', `Adjustment ${id} does not exist`);
  return row;
}
