// Commendations of a round, in the API's shape, narrowed to what the actor may see.
import { and, asc, eq } from 'drizzle-orm';
import type { Commendation } from '../../shared/schemas/commendation';
import type { Database } from '../db/client';
import { commendation, enterprise } from '../db/schema';
import { notFound } from '../errors';
import type { EnterpriseScope } from '../policy/scope';
import { enterpriseScopeFilter } from './enterprises';

const selectCommendations = (db: Database) =>
  db
    .select({ row: commendation, name: enterprise.name })
    .from(commendation)
    .innerJoin(enterprise, eq(enterprise.id, commendation.enterpriseId));

const toCommendation = ({ row, name }: { row: typeof commendation.$inferSelect; name: string }): Commendation => ({
  id: row.id,
  roundId: row.roundId,
  enterprise: { id: row.enterpriseId, name },
  title: { zh: row.titleZh, en: row.titleEn },
  createdAt: row.createdAt,
});

export async function listCommendations(db: Database, roundId: number, scope: EnterpriseScope = { kind: 'all' }) {
  const rows = await selectCommendations(db)
    .where(and(eq(commendation.roundId, roundId), enterpriseScopeFilter(scope)))
    .orderBy(asc(commendation.enterpriseId), asc(commendation.id));
  return rows.map(toCommendation);
}

export async function findCommendation(db: Database, roundId: number, id: number) {
  const row = await selectCommendations(db).where(and(eq(commendation.roundId, roundId), eq(commendation.id, id))).get();
  if (!row) throw notFound('commendation_not_found', `Commendation ${id} does not exist in round ${roundId}`);
  return toCommendation(row);
}

/** The titles of each enterprise's commendations in a round, by enterprise id (for exports and public pages). */
export async function commendationTitles(db: Database, roundId: number) {
  const byEnterprise = new Map<number, Commendation['title'][]>();
  for (const c of await listCommendations(db, roundId)) byEnterprise.set(c.enterprise.id, [...(byEnterprise.get(c.enterprise.id) ?? []), c.title]);
  return byEnterprise;
}
