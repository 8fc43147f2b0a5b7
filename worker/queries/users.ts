// Accounts in client shape, with the roles each holds per round.
import { and, asc, count, eq, gt, sql, type SQL } from 'drizzle-orm';
import { searchKey } from '../../shared/domain/search-text';
import type { Membership, Role } from '../../shared/schemas/auth';
import type { User } from '../../shared/schemas/users';
import type { Database } from '../db/client';
import { user } from '../db/schema';
import { notFound } from '../errors';
import { matchesSearch, pageFrom } from './page';

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

/** A page of users in id order, optionally those whose login or name contains `q` and who hold `role`. */
export async function listUsers(db: Database, query: { cursor?: number; limit: number; q?: string; role?: Role; roundId?: number }) {
  const matching = and(
    query.q ? matchesSearch(user.searchKey, query.q) : undefined,
    query.role ? holdsRole(query.role, query.roundId) : query.roundId ? sql`EXISTS (SELECT 1 FROM round_member m WHERE m.user_id = ${user.id} AND m.round_id = ${query.roundId})` : undefined,
  );
  const [rows, counted] = await Promise.all([
    selectUsers(db, and(matching, query.cursor ? gt(user.id, query.cursor) : undefined))
      .orderBy(asc(user.id))
      .limit(query.limit + 1),
    db.select({ n: count() }).from(user).where(matching),
  ]);
  return { ...pageFrom(rows.map(toUser), query.limit, (u) => u.id), total: counted[0]!.n };
}
