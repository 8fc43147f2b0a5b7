// Upgrade: a database created at the first migration and filled with data, then taken through every later
// migration that exists (whatever worker/migrations holds now, in order, as `wrangler d1 migrations apply`
// would): every row and column it had is still there unchanged, the new columns hold their defaults, the
// foreign keys hold, and today's worker reads and edits the old data through its API.
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { database } from '../../worker/db/client';
import { applicationColumns } from './support/fingerprint';
import { firstMigrationData, oldCoordinators, oldQuote, oldSessionToken } from './support/first-migration-data';
import { call } from './world';

const db = database(env.DB);
const migrations = [...env.TEST_MIGRATIONS].sort((a, b) => a.name.localeCompare(b.name));

/** The rows of `table`, only the given columns, in rowid order. */
const rowsOf = (table: string, columns: string[]) => db.all<Record<string, unknown>>(sql.raw(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY rowid`));

let early: { columns: Record<string, string[]>; rows: Record<string, Record<string, unknown>[]> };
let latest: Record<string, string[]>;

beforeAll(async () => {
  // This file's D1 arrives fully migrated (apply-migrations.ts): start again from nothing, then the first migration.
  const tables = await db.all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'`);
  await env.DB.batch(tables.map(({ name }) => env.DB.prepare(`DROP TABLE "${name}"`)));
  await applyD1Migrations(env.DB, migrations.slice(0, 1));
  await env.DB.batch((await firstMigrationData()).map((statement) => env.DB.prepare(statement)));
  const columns = await applicationColumns(db);
  const rows = Object.fromEntries(await Promise.all(Object.entries(columns).map(async ([table, names]) => [table, await rowsOf(table, names)] as const)));
  early = { columns, rows };
  await applyD1Migrations(env.DB, migrations);
  latest = await applicationColumns(db);
});

describe('migrating a database filled at the first migration to the latest', () => {
  it('applies every later migration', async () => {
    const applied = await db.all<{ name: string }>(sql`SELECT name FROM d1_migrations ORDER BY id`);
    expect(applied.map((m) => m.name)).toEqual(migrations.map((m) => m.name));
    expect(migrations.length, 'nothing to upgrade through').toBeGreaterThan(1);
  });

  it('keeps every table, column and row the first migration had, unchanged', async () => {
    expect(Object.values(early.rows).flat().length, 'the fill wrote nothing').toBeGreaterThan(15);
    for (const [table, columns] of Object.entries(early.columns)) {
      expect(latest[table], `table ${table} is gone`).toBeDefined();
      expect(columns.filter((c) => !latest[table]!.includes(c)), `columns of ${table} gone`).toEqual([]);
      expect(await rowsOf(table, columns), `rows of ${table}`).toEqual(early.rows[table]);
    }
  });

  it('gives the old rows a value in every column added since that may not be null', async () => {
    for (const [table, columns] of Object.entries(latest)) {
      const added = columns.filter((c) => !early.columns[table]?.includes(c));
      const required = await db.all<{ name: string }>(sql`SELECT name FROM pragma_table_info(${table}) WHERE "notnull" = 1`);
      for (const column of added.filter((c) => required.some((r) => r.name === c))) {
        const { n } = (await db.get<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM "${table}" WHERE "${column}" IS NULL`)))!;
        expect(n, `${table}.${column}`).toBe(0);
      }
    }
    // A query per table and column: the schema grows, and a busy machine runs past the default 5 s.
  }, 30_000);

  it('gives every round its derived state, with a rebuild queued that the first read or the cron sends', async () => {
    const rounds = await db.all<{ id: number }>(sql`SELECT id FROM round ORDER BY id`);
    const states = await db.all<{ round_id: number; rebuild_status: string; rebuild_reason: string }>(sql`SELECT round_id, rebuild_status, rebuild_reason FROM results_state ORDER BY round_id`);
    expect(rounds.length).toBeGreaterThan(0);
    expect(states).toEqual(rounds.map((r) => ({ round_id: r.id, rebuild_status: 'queued', rebuild_reason: 'upgrade' })));
  });

  it('leaves no broken foreign key', async () => {
    expect(await db.all(sql`SELECT * FROM pragma_foreign_key_check`)).toEqual([]);
  });

  it('lets the worker read the old data through its API, with the old session', async () => {
    const token = oldSessionToken;
    const me = await call('/me', { token });
    expect(me.status, JSON.stringify(me.data)).toBe(200);
    expect(me.data).toMatchObject({ login: 'admin', isAdmin: true });
    const framework = await call('/frameworks/1', { token });
    expect(framework.status, JSON.stringify(framework.data)).toBe(200);
    expect(JSON.stringify(framework.data)).toContain('STAFF.1.1');
    const evidence = await call('/rounds/1/enterprises/1/evidence', { token });
    expect(evidence.status, JSON.stringify(evidence.data)).toBe(200);
    expect(evidence.data.items.map((e: { quote: string | null; status: string }) => [e.quote, e.status])).toEqual(
      expect.arrayContaining([[oldQuote, 'accepted'], [null, 'pending']]),
    );
    const panel = await call('/rounds/1/enterprises/1/panel', { token });
    expect(panel.status, JSON.stringify(panel.data)).toBe(200);
    expect(JSON.stringify(panel.data)).toContain(oldQuote);
  });

  it('turns free-text streets into registry records and keeps every enterprise in its coordinator’s sight', async () => {
    const streets = await db.all<{ name: string; code: string | null }>(sql`SELECT name, code FROM street ORDER BY position`);
    expect(streets).toEqual([
      { name: '嘉定新城(马陆镇)', code: null },
      { name: '安亭镇', code: null },
    ]);
    const lost = await db.all(sql`SELECT m.user_id, e.id FROM round_member m JOIN enterprise e ON e.street = m.street WHERE e.street_id IS NOT m.street_id`);
    expect(lost).toEqual([]);
    expect(await db.all(sql`SELECT id FROM enterprise WHERE street_id IS NULL`)).toEqual([]);
    for (const coordinator of oldCoordinators) {
      const seen = await call('/rounds/1/enterprises', { token: coordinator.token });
      expect(seen.status, JSON.stringify(seen.data)).toBe(200);
      expect(seen.data.items.map((e: { id: number }) => e.id), coordinator.street).toEqual(coordinator.enterpriseIds);
    }
  });

  it('finds the old records by name, credit code and fragment, full-width or not (search keys filled in)', async () => {
    const token = oldSessionToken;
    const enterprises = await call(`/rounds/1/enterprises?q=${encodeURIComponent('华鑫汽车零部件')}`, { token });
    expect(enterprises.data.items.map((e: { id: number }) => e.id)).toEqual([1]);
    const byCode = await call(`/enterprises?q=${encodeURIComponent('ｍａ１ｇｔ３５')}`, { token });
    expect(byCode.data.items.map((e: { id: number }) => e.id)).toEqual([1]);
    const users = await call(`/users?q=${encodeURIComponent('华鑫 专员')}`, { token });
    expect(users.data.items.map((u: { id: number }) => u.id)).toEqual([3]);
  });

  it('lets the worker change the old data, audited', async () => {
    const reviewed = await call('/evidence/2/review', { method: 'POST', token: oldSessionToken, json: { status: 'accepted', comment: '升级后审核', version: 1 } });
    expect(reviewed.status, JSON.stringify(reviewed.data)).toBe(200);
    expect(reviewed.data).toMatchObject({ status: 'accepted', reviewComment: '升级后审核', version: 2 });
    const audit = await db.all<{ action: string }>(sql`SELECT action FROM audit_log WHERE resource_type = 'evidence' AND resource_id = '2' ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(['evidence.create', 'evidence.review']);
  });
});
