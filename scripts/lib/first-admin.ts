// The SQL `npm run create-admin` sends through `wrangler d1 execute --command`: D1's console takes no
// bound parameters, so every value is a quoted literal. Each step runs only if the one before changed a
// row, and the last statement reports whether an invite was made.
import { searchKey } from '../../shared/domain/search-text';

/** A SQLite string literal. */
export const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

export type FirstAdmin = {
  login: string;
  displayName: string;
  /** SHA-256 of the normalised invite code (the code itself never reaches the database). */
  codeHash: string;
  expiresAt: string;
  /** Re-invite an existing admin who lost their password, instead of creating one. */
  reset: boolean;
};

export function firstAdminSql({ login, displayName, codeHash, expiresAt, reset }: FirstAdmin): string {
  const userId = `(SELECT id FROM user WHERE login = ${quote(login)})`;
  const now = quote(new Date().toISOString());
  const audit = (action: string, after: unknown) =>
    `INSERT INTO audit_log (user_id, role, action, resource_type, resource_id, after)
     SELECT NULL, NULL, ${quote(action)}, 'user', CAST(${userId} AS TEXT), ${quote(JSON.stringify(after))} WHERE changes() > 0`;
  const statements = reset
    ? [
        // Only an enabled admin is re-invited, so this cannot turn anyone into an admin.
        `UPDATE invite SET expires_at = ${now} WHERE user_id = ${userId} AND used_at IS NULL AND expires_at > ${now}`,
        `INSERT INTO invite (user_id, code_hash, purpose, expires_at)
         SELECT id, ${quote(codeHash)}, 'reset', ${quote(expiresAt)} FROM user WHERE login = ${quote(login)} AND is_admin = 1 AND disabled_at IS NULL`,
        audit('user.invite', { purpose: 'reset', expiresAt, via: 'create-admin' }),
      ]
    : [
        `INSERT OR IGNORE INTO user (login, display_name, search_key, is_admin) VALUES (${quote(login)}, ${quote(displayName)}, ${quote(searchKey(login, displayName))}, 1)`,
        audit('user.create', { login, displayName, isAdmin: true, inviteExpiresAt: expiresAt, via: 'create-admin' }),
        `INSERT INTO invite (user_id, code_hash, purpose, expires_at) SELECT ${userId}, ${quote(codeHash)}, 'activate', ${quote(expiresAt)} WHERE changes() > 0`,
      ];
  return [...statements, `SELECT count(*) AS invited FROM invite WHERE code_hash = ${quote(codeHash)}`].join(';\n');
}
