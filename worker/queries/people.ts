// Display names of the people a state refers to, read once by id: a join per evidence item or score
// would read the user row again for every one of them.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { indicator, roundMember, user } from '../db/schema';

/** `IN` this list, bound as one JSON parameter however long it is (D1 allows 100 parameters per statement). */
export const inList = (values: Iterable<number | string>) => sql`(SELECT value FROM json_each(${JSON.stringify([...new Set(values)])}))`;

/** A statement for a batch: id and display name of each of `ids`. */
export const displayNamesQuery = (db: Database, ids: Iterable<number>) =>
  db.select({ id: user.id, displayName: user.displayName }).from(user).where(sql`${user.id} IN ${inList(ids)}`);

/** A statement for a batch: which of `ids` are the enterprise's staff in the round, one key lookup each. */
export const enterpriseStaffQuery = (db: Database, roundId: number, enterpriseId: number, ids: Iterable<number>) =>
  db
    .select({ id: roundMember.userId })
    .from(roundMember)
    .where(sql`${roundMember.roundId} = ${roundId} AND ${roundMember.userId} IN ${inList(ids)} AND ${roundMember.role} = 'enterprise' AND ${roundMember.enterpriseId} = ${enterpriseId}`);

/** A statement for a batch: id and code of each of the indicators `ids`. */
export const indicatorCodesQuery = (db: Database, ids: Iterable<number>) =>
  db.select({ id: indicator.id, code: indicator.code }).from(indicator).where(sql`${indicator.id} IN ${inList(ids)}`);

/** Rows of id and a value as a lookup. */
export const lookup = <K extends string>(rows: readonly ({ id: number } & Record<K, string>)[], key: K) => new Map(rows.map((r) => [r.id, r[key]]));
