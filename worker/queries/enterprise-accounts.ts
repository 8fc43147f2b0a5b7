// Enterprise staff accounts of a round in bulk: the scope's enrolled enterprises chunk by chunk with what
// exists of their accounts, the statements that create accounts and roles (one audit row per enterprise),
// and the accounts still waiting for a password, for their invitation codes.
import { sql, type SQL } from 'drizzle-orm';
import type { EnterpriseAccountScope } from '../../shared/schemas/enterprise-accounts';
import { bulkAuditStatements } from '../audit';
import { selectBatch, type Statement } from '../db/batch';
import type { Database } from '../db/client';
import { jsonChunks } from '../db/json-rows';
import type { AccountCandidate } from '../domain/enterprise-accounts';
import type { Actor } from '../policy/actor';
import { inList } from './people';
import { inStreets } from './queue-filters';

/** The scope as a condition on `re.enterprise_id` (re: the round's enrolments). */
function inScope(scope: EnterpriseAccountScope): SQL {
  switch (scope.by) {
    case 'round':
      return sql`1`;
    case 'street':
      return inStreets(sql`re.enterprise_id`, scope.streets);
    case 'list':
      return sql`re.enterprise_id IN ${inList(scope.enterpriseIds)}`;
    case 'codes':
      return sql`re.enterprise_id IN (SELECT id FROM enterprise WHERE credit_code IN ${inList(scope.creditCodes)})`;
  }
}

/** The listed credit codes that no enterprise enrolled in the round has, in the list's order. */
export async function codesNotEnrolled(db: Database, roundId: number, creditCodes: readonly string[]): Promise<string[]> {
  const enrolled = await db.all<{ code: string }>(sql`
    SELECT e.credit_code AS code FROM round_enterprise re JOIN enterprise e ON e.id = re.enterprise_id
    WHERE re.round_id = ${roundId} AND e.credit_code IN ${inList(creditCodes)}`);
  const found = new Set(enrolled.map((r) => r.code));
  return [...new Set(creditCodes)].filter((code) => !found.has(code));
}

export type ChunkEnterprise = AccountCandidate & { creditCode: string; name: string; contactName: string | null };

/** The next `size` enrolled enterprises of the scope after `after` (by id), how many the scope holds and how many lie up to the chunk's end. */
export async function accountChunk(db: Database, roundId: number, scope: EnterpriseAccountScope, after: number, size: number, loginOf: (code: string) => string) {
  const where = sql`re.round_id = ${roundId} AND ${inScope(scope)}`;
  const [rows, counted] = await selectBatch(db, [
    sql<{ enterpriseId: number; creditCode: string; name: string; contactName: string | null; hasStaff: number }>`
      SELECT e.id AS enterpriseId, e.credit_code AS creditCode, e.name AS name, e.contact_name AS contactName,
             EXISTS (SELECT 1 FROM round_member m WHERE m.round_id = ${roundId} AND m.role = 'enterprise' AND m.enterprise_id = e.id) AS hasStaff
      FROM round_enterprise re JOIN enterprise e ON e.id = re.enterprise_id
      WHERE ${where} AND re.enterprise_id > ${after} ORDER BY re.enterprise_id LIMIT ${size}`,
    sql<{ total: number }>`SELECT count(*) AS total FROM round_enterprise re WHERE ${where}`,
  ]);
  const logins = rows.map((r) => loginOf(r.creditCode));
  const users = await db.all<{ id: number; login: string; isAdmin: number; inRound: number }>(sql`
    SELECT u.id AS id, u.login AS login, u.is_admin AS isAdmin, EXISTS (SELECT 1 FROM round_member m WHERE m.round_id = ${roundId} AND m.user_id = u.id) AS inRound
    FROM user u WHERE u.login IN ${inList(logins)}`);
  const byLogin = new Map(users.map((u) => [u.login, u]));
  const last = rows.at(-1)?.enterpriseId ?? null;
  const doneUpTo = last === null ? [] : await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM round_enterprise re WHERE ${where} AND re.enterprise_id <= ${last}`);
  const enterprises: ChunkEnterprise[] = rows.map((r) => {
    const user = byLogin.get(loginOf(r.creditCode));
    return { ...r, hasStaff: Boolean(r.hasStaff), loginUser: user ? { id: user.id, inRound: Boolean(user.inRound), isAdmin: Boolean(user.isAdmin) } : null };
  });
  return { enterprises, total: counted[0]!.total, done: doneUpTo[0]?.n ?? counted[0]!.total, last };
}

export type NewAccount = { enterpriseId: number; login: string; displayName: string; create: boolean };

/** Accounts (where `create`) and enterprise roles for the chunk, with one audit row per enterprise. */
/** (`WHERE true` before each ON CONFLICT: SQLite would read the ON as a join's.) */
export function accountStatements(actor: Actor, roundId: number, accounts: readonly NewAccount[]): Statement[] {
  if (accounts.length === 0) return [];
  const created = accounts.filter((a) => a.create);
  return [
    ...jsonChunks(created).map(
      (chunk) => sql`INSERT INTO user (login, display_name) SELECT j.value ->> 'login', j.value ->> 'displayName' FROM json_each(${chunk}) j WHERE true ON CONFLICT DO NOTHING`,
    ),
    ...jsonChunks(accounts).map(
      (chunk) => sql`INSERT INTO round_member (round_id, user_id, role, enterprise_id)
        SELECT ${roundId}, u.id, 'enterprise', j.value ->> 'enterpriseId' FROM json_each(${chunk}) j CROSS JOIN user u ON u.login = j.value ->> 'login'
        WHERE true ON CONFLICT DO NOTHING`,
    ),
    ...bulkAuditStatements(actor, {
      action: 'enterprise_account.create',
      resourceType: 'user',
      roundId,
      entries: accounts.map((a) => ({ key: a.login, after: { login: a.login, displayName: a.displayName, role: 'enterprise', enterpriseId: a.enterpriseId, newAccount: a.create } })),
      resourceId: (key) => sql`(SELECT id FROM user WHERE login = ${key})`,
    }),
  ];
}

/** The scope's enterprise staff in the round who have not set a password yet (their codes go on the sheet). */
export async function accountsAwaitingPassword(db: Database, roundId: number, scope: EnterpriseAccountScope, limit: number) {
  return db.all<{ userId: number; login: string; enterpriseId: number; name: string; creditCode: string; street: string; contactName: string | null; contactPhone: string | null }>(sql`
    SELECT u.id AS userId, u.login AS login, e.id AS enterpriseId, e.name AS name, e.credit_code AS creditCode, e.street AS street,
           e.contact_name AS contactName, e.contact_phone AS contactPhone
    FROM round_member m
    JOIN round_enterprise re ON re.round_id = m.round_id AND re.enterprise_id = m.enterprise_id
    JOIN enterprise e ON e.id = m.enterprise_id
    JOIN user u ON u.id = m.user_id
    WHERE m.round_id = ${roundId} AND m.role = 'enterprise' AND u.password_hash IS NULL AND u.disabled_at IS NULL AND ${inScope(scope)}
    ORDER BY e.street, e.name, u.id LIMIT ${limit}`);
}

/** New invitation codes for many users at once: earlier unused ones stop working, one audit row each. */
export function bulkInviteStatements(actor: Actor, roundId: number, invites: readonly { userId: number; codeHash: string }[], expiresAt: string, now: string): Statement[] {
  const ids = JSON.stringify(invites.map((i) => i.userId));
  return [
    sql`UPDATE invite SET expires_at = ${now} WHERE user_id IN (SELECT value FROM json_each(${ids})) AND used_at IS NULL AND expires_at > ${now}`,
    ...jsonChunks(invites).map(
      (chunk) => sql`INSERT INTO invite (user_id, code_hash, purpose, created_by, expires_at)
        SELECT j.value ->> 'userId', j.value ->> 'codeHash', 'activate', ${actor.userId}, ${expiresAt} FROM json_each(${chunk}) j`,
    ),
    ...bulkAuditStatements(actor, {
      action: 'user.invite',
      resourceType: 'user',
      roundId,
      entries: invites.map((i) => ({ key: i.userId, after: { purpose: 'activate', expiresAt, sheet: true } })),
      resourceId: (key) => key,
    }),
  ];
}
