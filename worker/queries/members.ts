// The roles people hold in a round, with the user and enterprise they name.
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Member, MemberRole } from '../../shared/schemas/members';
import type { Database } from '../db/client';
import { enterprise, roundMember, user } from '../db/schema';
import { pageFrom } from './page';

const memberColumns = {
  roundId: roundMember.roundId,
  userId: user.id,
  login: user.login,
  displayName: user.displayName,
  disabledAt: user.disabledAt,
  role: roundMember.role,
  streetId: roundMember.streetId,
  street: roundMember.street,
  bureau: roundMember.bureau,
  enterpriseId: enterprise.id,
  enterpriseName: enterprise.name,
  version: roundMember.version,
};

const selectMembers = (db: Database) =>
  db
    .select(memberColumns)
    .from(roundMember)
    .innerJoin(user, eq(user.id, roundMember.userId))
    .leftJoin(enterprise, eq(enterprise.id, roundMember.enterpriseId));

type MemberRow = NonNullable<Awaited<ReturnType<ReturnType<typeof selectMembers>['get']>>>;

const toMember = (r: MemberRow): Member => ({
  roundId: r.roundId,
  user: { id: r.userId, login: r.login, displayName: r.displayName, disabled: r.disabledAt !== null },
  role: r.role,
  streetId: r.streetId,
  street: r.street,
  bureau: r.bureau,
  enterprise: r.enterpriseId === null || r.enterpriseName === null ? null : { id: r.enterpriseId, name: r.enterpriseName },
  version: r.version,
});

export async function listMembers(db: Database, roundId: number, page: { cursor?: number; limit: number }) {
  const rows = await selectMembers(db)
    .where(and(eq(roundMember.roundId, roundId), page.cursor ? gt(roundMember.userId, page.cursor) : undefined))
    .orderBy(asc(roundMember.userId))
    .limit(page.limit + 1);
  return pageFrom(rows.map(toMember), page.limit, (m) => m.user.id);
}

export async function findMember(db: Database, roundId: number, userId: number): Promise<Member | null> {
  const row = await selectMembers(db).where(and(eq(roundMember.roundId, roundId), eq(roundMember.userId, userId))).get();
  return row ? toMember(row) : null;
}

/** The stored columns for a role: the binding it names, nulls for the others (its version is the route's to move). */
export const memberValues = (roundId: number, userId: number, role: MemberRole, streetName: string | null) => ({
  roundId,
  userId,
  role: role.role,
  streetId: role.role === 'coordinator' ? role.streetId : null,
  street: role.role === 'coordinator' ? streetName : null,
  bureau: role.role === 'expert' ? role.bureau : null,
  enterpriseId: role.role === 'enterprise' ? role.enterpriseId : null,
});

