// Display names of the people a state refers to, read once by id: a join per evidence item or score
// would read the user row again for every one of them.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { indicator, user } from '../db/schema';

const inIds = (ids: Iterable<number>) => sql`(SELECT value FROM json_each(${JSON.stringify([...new Set(ids)])}))`;

/** A statement for a batch: id and display name of each of `ids`. */
export const displayNamesQuery = (db: Database, ids: Iterable<number>) =>
  db.select({ id: user.id, displayName: user.displayName }).from(user).where(sql`${user.id} IN ${inIds(ids)}`);

/** A statement for a batch: id and code of each of the indicators `ids`. */
export const indicatorCodesQuery = (db: Database, ids: Iterable<number>) =>
  db.select({ id: indicator.id, code: indicator.code }).from(indicator).where(sql`${indicator.id} IN ${inIds(ids)}`);

/** Rows of id and a value as a lookup. */
export const lookup = <K extends string>(rows: readonly ({ id: number } & Record<K, string>)[], key: K) => new Map(rows.map((r) => [r.id, r[key]]));
