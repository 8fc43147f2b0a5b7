// Accounts in client shape, with the roles each holds per round.
import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import { searchKey } from '../../shared/domain/search-text';
import type { Membership, Role } from '../../shared/schemas/auth';
import type { User, UserSort } from '../../shared/schemas/users';
import type { Database } from '../db/client';
import { user } from '../db/schema';
import { notFound } from '../errors';
import { afterKey, decodeCursor, pageOf, type CursorKey } from './cursor';
import { matchesSearch } from './page';

const userColumns = {
  id: user.id,
  login: user.login,
  displayName: user.displayName,
  isAdmin: user.isAdmin,
  disabledAt: user.disabledAt,
  activated: sql<number>`${user.passwordHash} IS NOT NULL`,
  createdAt: user.createdAt,
  version: user.version,
  memberships: sql<string>`(SELECT json_group_array(json_object('roundId', m.round_id, 'role', m.role, 'streetId', m.street_id, 'street', m.street,
    'bureau', m.bureau, 'enterpriseId', m.enterprise_id)) FROM round_member m WHERE m.user_id = ${user.id})`,
};

/** What `?q=` finds a user by: the login and the display name. */
export const userSearchKey = (u: { login: string; displayName: string }) => searchKey(u.login, u.displayName);

const selectUsers = (db: Database, where: SQL | undefined) => db.select(userColumns).from(user).where(where);
type UserRow = NonNullable<Awaited<ReturnType<ReturnType<typeof selectUsers>['get']>>>;

const toUser = (r: UserRow): User => ({
  id: r.id,
  login: r.login,
  displayName: r.displayName,
  isAdmin: r.isAdmin,
  disabled: r.disabledAt !== null,
  activated: Boolean(r.activated),
  createdAt: r.createdAt,
  version: r.version,
  memberships: (JSON.parse(r.memberships) as Membership[]).sort((a, b) => a.roundId - b.roundId),
});


export async function findUser(db: Database, userId: number): Promise<User> {
  const row = await selectUsers(db, eq(user.id, userId)).get();
  if (!row) throw notFound('user_not_found', `User ${userId} does not exist`);
  return toUser(row);
}

export const findUserIdByLogin = async (db: Database, login: string) =>
  (await db.select({ id: user.id }).from(user).where(eq(user.login, login)).get())?.id ?? null;

/** Holding `role` (in round `roundId`, or in any round); admin is the global flag. */
function holdsRole(role: Role, roundId: number | undefined): SQL {
  if (role === 'admin') return eq(user.isAdmin, true);
  return sql`EXISTS (SELECT 1 FROM round_member m WHERE m.user_id = ${user.id} AND m.role = ${role}${roundId === undefined ? sql`` : sql` AND m.round_id = ${roundId}`})`;
}

/** Each sort's order; the id last, so every key is unique. */
const userOrders: Record<UserSort, SQL[]> = {
  created: [sql`${user.id}`],
  login: [sql`${user.login}`, sql`${user.id}`],
  name: [sql`${user.displayName}`, sql`${user.id}`],
};
const keyOf: Record<UserSort, (u: User) => CursorKey> = { created: (u) => [u.id], login: (u) => [u.login, u.id], name: (u) => [u.displayName, u.id] };

/** A page of users in `sort`'s order, optionally those whose login or name contains `q` and who hold `role`. */
export async function listUsers(db: Database, query: { cursor?: string; limit: number; q?: string; role?: Role; roundId?: number; sort: UserSort }) {
  const order = userOrders[query.sort];
  const cursor = decodeCursor(query.cursor, order.length);
  const matching = and(
    query.q ? matchesSearch(user.searchKey, query.q) : undefined,
    query.role ? holdsRole(query.role, query.roundId) : query.roundId ? sql`EXISTS (SELECT 1 FROM round_member m WHERE m.user_id = ${user.id} AND m.round_id = ${query.roundId})` : undefined,
  );
  const [rows, counted] = await Promise.all([
    selectUsers(db, and(matching, cursor ? afterKey(order, cursor) : undefined))
      .orderBy(...order)
      .limit(query.limit + 1),
    db.select({ n: count() }).from(user).where(matching),
  ]);
  return { ...pageOf(rows.map(toUser), query.limit, keyOf[query.sort]), total: counted[0]!.n };
}
