// The registry of streets and towns: reading it (for lists, forms and name resolution) and the statements that
// change it. A rename writes the new name into the enterprises and coordinator bindings that copy it, in the same batch.
import { asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { nearestStreets, streetIndex, streetKey, type StreetEntry } from '../../shared/domain/street-names';
import type { FieldIssue } from '../../shared/issues';
import type { Street } from '../../shared/schemas/streets';
import type { Database } from '../db/client';
import { enterprise, roundMember, street, streetAlias } from '../db/schema';
import { notFound } from '../errors';

const aliasesOf = sql<string>`(SELECT json_group_array(alias) FROM (SELECT alias FROM street_alias a WHERE a.street_id = "street"."id" ORDER BY alias))`;
const enterprisesIn = sql<number>`(SELECT count(*) FROM enterprise e WHERE e.street_id = "street"."id")`;
const coordinatorsOf = sql<number>`(SELECT count(*) FROM round_member m WHERE m.street_id = "street"."id")`;

/** Active streets first in official order, then retired ones. */
const officialOrder = [sql`${street.retiredAt} IS NOT NULL`, asc(street.position), asc(street.id)];

const selectStreets = (db: Database) =>
  db.select({ row: street, aliases: aliasesOf, enterprises: enterprisesIn, coordinators: coordinatorsOf }).from(street);

type StreetRow = Awaited<ReturnType<ReturnType<typeof selectStreets>['all']>>[number];
const toStreet = ({ row, aliases, enterprises, coordinators }: StreetRow): Street => ({
  id: row.id,
  code: row.code,
  name: row.name,
  nameEn: row.nameEn,
  position: row.position,
  aliases: JSON.parse(aliases) as string[],
  retiredAt: row.retiredAt,
  enterprises,
  coordinators,
  version: row.version,
});

export async function listStreets(db: Database): Promise<Street[]> {
  return (await selectStreets(db).orderBy(...officialOrder)).map(toStreet);
}

export const streetNotFound = (id: number) => notFound('street_not_found', `Street ${id} does not exist`);

export async function findStreet(db: Database, id: number): Promise<Street> {
  const row = await selectStreets(db).where(eq(street.id, id)).get();
  if (!row) throw streetNotFound(id);
  return toStreet(row);
}

/** The streets a name may stand for: the active ones, in official order, with their aliases. */
export async function activeStreetEntries(db: Database): Promise<StreetEntry[]> {
  const rows = await db
    .select({ id: street.id, name: street.name, aliases: aliasesOf })
    .from(street)
    .where(isNull(street.retiredAt))
    .orderBy(asc(street.position), asc(street.id));
  return rows.map((r) => ({ id: r.id, name: r.name, aliases: JSON.parse(r.aliases) as string[] }));
}

export type StreetResolver = {
  /** The street a name or alias stands for, or null. */
  find(name: string): StreetEntry | null;
  /** The problem of a name that stands for no street, with the nearest official names. */
  unknown(name: string, path: string): FieldIssue;
};

export function streetResolver(entries: readonly StreetEntry[]): StreetResolver {
  const index = streetIndex(entries);
  return {
    find: (name) => index.get(streetKey(name)) ?? null,
    unknown: (name, path) => ({
      path,
      code: 'custom',
      reason: 'street_unknown',
      message: `"${name}" is not a street or town of the registry`,
      params: { value: name, suggestions: nearestStreets(entries, name) },
    }),
  };
}

export const loadStreetResolver = async (db: Database) => streetResolver(await activeStreetEntries(db));

/** The id of the street named `name` (an SQL expression), for a street created earlier in the same batch. */
export const streetIdByName = (name: string) => sql<number>`(SELECT id FROM street WHERE name = ${name})`;

/** Statements replacing a street's aliases with `aliases` (display forms; keys normalised). */
export function aliasStatements(db: Database, streetId: number | SQL<number>, aliases: readonly string[]) {
  return [
    db.delete(streetAlias).where(eq(streetAlias.streetId, streetId)),
    ...(aliases.length > 0 ? [db.insert(streetAlias).values(aliases.map((alias) => ({ key: streetKey(alias), alias, streetId })))] : []),
  ];
}

/** After a rename: the copies of the name in enterprises and coordinator bindings follow. */
export function renameCopies(db: Database, streetId: number, name: string) {
  return [
    db.update(enterprise).set({ street: name }).where(eq(enterprise.streetId, streetId)),
    db.update(roundMember).set({ street: name }).where(eq(roundMember.streetId, streetId)),
  ];
}

/** What still uses a street: enterprises in it, coordinators bound to it. */
export async function streetUse(db: Database, streetId: number) {
  const [enterprises, coordinators] = await db.batch([
    db.select({ n: sql<number>`count(*)` }).from(enterprise).where(eq(enterprise.streetId, streetId)),
    db.select({ n: sql<number>`count(*)` }).from(roundMember).where(eq(roundMember.streetId, streetId)),
  ]);
  return { enterprises: enterprises[0]!.n, coordinators: coordinators[0]!.n };
}

/** The position after the last street, for one created now. */
export const nextPosition = sql`(SELECT COALESCE(MAX(position), 0) + 1 FROM street)`;
