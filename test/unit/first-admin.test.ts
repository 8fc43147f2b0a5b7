import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { beforeEach, describe, expect, it } from 'vitest';
import { firstAdminSql, type FirstAdmin } from '../../scripts/lib/first-admin';

const migrations = join(import.meta.dirname, '..', '..', 'worker', 'migrations');
let db: DatabaseSync;

/** A database with the real migrations, as `wrangler d1 migrations apply` leaves it. */
beforeEach(() => {
  db = new DatabaseSync(':memory:');
  for (const file of readdirSync(migrations).filter((f) => f.endsWith('.sql')).sort()) {
    db.exec(readFileSync(join(migrations, file), 'utf8').replaceAll('--> statement-breakpoint', ''));
  }
});

/** Runs the script's SQL as wrangler does and returns what its last statement reports. */
function run(input: Partial<FirstAdmin>) {
  const sql = firstAdminSql({ login: 'chief', displayName: '主任', codeHash: 'a'.repeat(64), expiresAt: '2030-01-01T00:00:00.000Z', reset: false, ...input });
  const cut = sql.lastIndexOf(';\n');
  db.exec(sql.slice(0, cut));
  return (db.prepare(sql.slice(cut + 2)).get() as { invited: number }).invited;
}
const rows = (table: string) => db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];

describe('firstAdminSql', () => {
  it('creates an admin without a password, an activation invite by hash and one audit row', () => {
    expect(run({})).toBe(1);
    expect(rows('user')).toEqual([expect.objectContaining({ login: 'chief', display_name: '主任', search_key: 'chief\n主任', is_admin: 1, password_hash: null })]);
    expect(rows('invite')).toEqual([expect.objectContaining({ user_id: 1, code_hash: 'a'.repeat(64), purpose: 'activate', used_at: null })]);
    expect(rows('audit_log')).toEqual([expect.objectContaining({ action: 'user.create', resource_type: 'user', resource_id: '1', user_id: null })]);
  });

  it('keeps quotes in values as text', () => {
    run({ displayName: "O'Brien'); DROP TABLE user; --" });
    expect(rows('user')[0]!.display_name).toBe("O'Brien'); DROP TABLE user; --");
  });

  it('changes nothing when the login exists', () => {
    run({});
    expect(run({ codeHash: 'b'.repeat(64), displayName: 'other' })).toBe(0);
    expect(rows('invite')).toHaveLength(1);
    expect(rows('audit_log')).toHaveLength(1);
    expect(rows('user')[0]!.display_name).toBe('主任');
  });

  it('with reset, re-invites an existing admin and retires the old code', () => {
    run({});
    expect(run({ codeHash: 'b'.repeat(64), reset: true })).toBe(1);
    const [first, second] = rows('invite');
    expect(Date.parse(String(first!.expires_at))).toBeLessThanOrEqual(Date.now());
    expect(second).toMatchObject({ purpose: 'reset', code_hash: 'b'.repeat(64) });
    expect(rows('audit_log').map((a) => a.action)).toEqual(['user.create', 'user.invite']);
  });

  it('with reset, never touches a login that is not an enabled admin', () => {
    db.exec(`INSERT INTO user (login, display_name) VALUES ('chief', 'not an admin')`);
    expect(run({ reset: true })).toBe(0);
    expect(rows('invite')).toEqual([]);
    expect(rows('user')[0]!.is_admin).toBe(0);
  });
});
