// Filters the round-scale lists share (queues, rectification groups, account scopes). The street filter lives
// here alone: today a street's name on the enterprise; when streets become registry ids only inStreet(s) change.
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { notFound } from '../errors';
import { frameworkIndex, indicatorFilter, type FrameworkRowLike } from '../domain/framework-index';

/** The enterprise behind `enterpriseId` (a column or SQL) lies in `street`; uses the enterprise_street index. */
export const inStreet = (enterpriseId: AnyColumn | SQL, street: string): SQL => sql`${enterpriseId} IN (SELECT id FROM enterprise WHERE street = ${street})`;

/** Streets among several, for account scopes. */
export const inStreets = (enterpriseId: AnyColumn | SQL, streets: readonly string[]): SQL =>
  sql`${enterpriseId} IN (SELECT id FROM enterprise WHERE street IN (SELECT value FROM json_each(${JSON.stringify([...new Set(streets)])})))`;

/** The scored indicators a queue's dimension and indicator filters leave (null: unfiltered); 404 for a filter naming nothing in the framework. */
export function indicatorIdsFiltered(tree: readonly FrameworkRowLike[], filters: { dimensionId?: number; indicatorId?: number }): number[] | null {
  const resolved = indicatorFilter(frameworkIndex(tree), filters);
  if ('unknown' in resolved) {
    throw notFound('indicator_not_found', resolved.unknown === 'dimensionId' ? `Dimension ${filters.dimensionId} is not in this round's framework` : `Indicator ${filters.indicatorId} is not a scored indicator of this round's framework`);
  }
  return resolved.ids;
}
