// Seeds a whole evaluation world (framework, round, enterprises, users, assignments, demo evidence and
// scores) from a plain spec. One mechanism for the dev demo, the worker tests, the browser tests and the
// benchmarks; bulk rows go in as JSON parameters or INSERT … SELECT, so 10,000 enterprises stay quick.
import { sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { streetKey } from '../../shared/domain/street-names';
import type { RoundRole } from '../../shared/schemas/auth';
import { EnterpriseCreate, type EnterpriseCreateInput } from '../../shared/schemas/enterprise';
import { FrameworkDoc, type FrameworkDocInput } from '../../shared/schemas/framework';
import type { RoundStatus } from '../../shared/schemas/round';
import { hashPassword, PBKDF2_ITERATIONS } from '../auth/password';
import { runBatch, type Statement } from '../db/batch';
import type { Database } from '../db/client';
import { assignment, enterprise, resultsState, round, street, streetAlias, user } from '../db/schema';
import { settleRound } from '../jobs/settle';
import { enterpriseWriteStatements } from '../queries/enterprise-write';
import { findFrameworkId, frameworkInsertStatements } from '../queries/frameworks';
import { loadStreetResolver, nextPosition, streetIdByName, type StreetResolver } from '../queries/streets';
import { userSearchKey } from '../queries/users';
import { demoEvidenceStatement, demoScoreStatement, type DemoDataSpec } from './demo-data';
import type { StreetSpec } from './jiading-streets';

export type EnterpriseSpec = EnterpriseCreateInput;

export type UserSpec = {
  login: string;
  displayName: string;
  isAdmin?: boolean;
  password?: string;
  membership?: { role: RoundRole; street?: string; bureau?: string; enterpriseCreditCode?: string };
};

export type AssignmentSpec = {
  /** The expert's login. */
  expert: string;
  /** Codes of dimensions, groups or indicators. */
  scope: string[];
  /** Credit codes of an enterprise subset; all enrolled enterprises when absent. */
  enterprises?: string[];
};

export type WorldSpec = {
  /** The district's streets and towns, in official order; enterprises and coordinators name one of them or an alias. */
  streets: StreetSpec[];
  framework: FrameworkDocInput;
  round: { nameZh: string; nameEn: string; year: number; status: RoundStatus };
  enterprises: EnterpriseSpec[];
  users: UserSpec[];
  assignments?: AssignmentSpec[];
  /** Deterministic evidence and scores by every assigned expert for every slot their assignments cover. */
  demoData?: DemoDataSpec;
};

export type SeededWorld = {
  frameworkId: number;
  roundId: number;
  enterpriseIds: Map<string, number>;
  userIds: Map<string, number>;
  /** Registry ids of the streets, by official name. */
  streetIds: Map<string, number>;
};

/** D1 runs a batch as one transaction; keep each to a size it handles comfortably. */
async function runChunked(db: Database, statements: BatchItem<'sqlite'>[], size = 400) {
  for (let i = 0; i < statements.length; i += size) {
    const chunk = statements.slice(i, i + size);
    if (chunk.length > 0) await db.batch(chunk as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  }
}

const json = (values: unknown[]) => JSON.stringify(values);

/** Registry rows for the spec's streets (kept when a street of that name exists already). */
function streetStatements(db: Database, streets: readonly StreetSpec[]): Statement[] {
  return streets.flatMap((s) => [
    db.insert(street).values({ code: s.code, name: s.name, nameEn: s.nameEn, position: nextPosition }).onConflictDoNothing(),
    ...s.aliases.map((alias) => db.insert(streetAlias).values({ key: streetKey(alias), alias, streetId: streetIdByName(s.name) }).onConflictDoNothing()),
  ]);
}

/** The registry street a spec names, by name or alias; a spec naming none is a mistake in the spec. */
function resolved(resolver: StreetResolver, name: string) {
  const found = resolver.find(name);
  if (!found) throw new Error(`The world names a street the registry lacks: ${name}`);
  return found;
}

async function userStatements(db: Database, users: UserSpec[], roundId: number, passwordIterations: number, streets: StreetResolver): Promise<Statement[]> {
  const hashes = await Promise.all(users.map((u) => (u.password ? hashPassword(u.password, passwordIterations) : null)));
  return users.flatMap((person, i) => {
    const password = hashes[i];
    const m = person.membership;
    const bound = m?.street ? resolved(streets, m.street) : null;
    const userId = sql`(SELECT id FROM user WHERE login = ${person.login})`;
    return [
      db.insert(user).values({
        login: person.login,
        displayName: person.displayName,
        searchKey: userSearchKey(person),
        isAdmin: person.isAdmin ?? false,
        passwordHash: password?.hash,
        passwordSalt: password?.salt,
        passwordIterations: password?.iterations,
      }),
      ...(m
        ? [
            sql`INSERT INTO round_member (round_id, user_id, role, street, street_id, bureau, enterprise_id)
                VALUES (${roundId}, ${userId}, ${m.role}, ${bound?.name ?? null}, ${bound?.id ?? null}, ${m.bureau ?? null},
                        (SELECT id FROM enterprise WHERE credit_code = ${m.enterpriseCreditCode ?? null}))`,
          ]
        : []),
    ];
  });
}

export function assignmentStatements(db: Database, specs: AssignmentSpec[], roundId: number, frameworkId: number): Statement[] {
  return specs.flatMap((spec) => {
    const expertId = sql`(SELECT id FROM user WHERE login = ${spec.expert})`;
    const created = sql`(SELECT MAX(id) FROM assignment WHERE round_id = ${roundId})`;
    return [
      db.insert(assignment).values({ roundId, expertId }),
      sql`INSERT INTO assignment_scope (assignment_id, indicator_id)
          SELECT ${created}, id FROM indicator WHERE framework_id = ${frameworkId} AND code IN (SELECT value FROM json_each(${json(spec.scope)}))`,
      sql`INSERT INTO assignment_enterprise (assignment_id, enterprise_id)
          SELECT ${created}, id FROM enterprise WHERE credit_code IN (SELECT value FROM json_each(${json(spec.enterprises ?? [])}))`,
    ];
  });
}

export async function seedWorld(db: Database, spec: WorldSpec, passwordIterations = PBKDF2_ITERATIONS): Promise<SeededWorld> {
  const doc = FrameworkDoc.parse(spec.framework);
  await runChunked(db, frameworkInsertStatements(db, doc, 1, 'published'));
  const frameworkId = (await findFrameworkId(db, doc.code, 1))!;
  const [createdRound] = await db.insert(round).values({ ...spec.round, frameworkId }).returning({ id: round.id });
  const roundId = createdRound!.id;
  await db.insert(resultsState).values({ roundId });

  await runBatch(db, streetStatements(db, spec.streets));
  const streets = await loadStreetResolver(db);
  const enterprises = spec.enterprises.map((e) => {
    const parsed = EnterpriseCreate.parse(e);
    const { id, name } = resolved(streets, parsed.street);
    return { ...parsed, street: name, streetId: id };
  });
  await runBatch(db, [
    ...enterpriseWriteStatements(enterprises),
    sql`INSERT INTO round_enterprise (round_id, enterprise_id)
        SELECT ${roundId}, id FROM enterprise WHERE credit_code IN (SELECT value FROM json_each(${json(enterprises.map((e) => e.creditCode))}))`,
    ...(await userStatements(db, spec.users, roundId, passwordIterations, streets)),
    ...assignmentStatements(db, spec.assignments ?? [], roundId, frameworkId),
    ...(spec.demoData ? [demoEvidenceStatement(roundId, frameworkId, spec.demoData), demoScoreStatement(roundId, frameworkId, spec.demoData)] : []),
  ]);

  // The round's results, counters, figures and agreement are there before anyone asks, as after a rebuild.
  await settleRound(db, roundId, 'seed');

  const [enterpriseRows, userRows, streetRows] = await db.batch([
    db.select({ id: enterprise.id, creditCode: enterprise.creditCode }).from(enterprise),
    db.select({ id: user.id, login: user.login }).from(user),
    db.select({ id: street.id, name: street.name }).from(street),
  ]);
  return {
    frameworkId,
    roundId,
    enterpriseIds: new Map(enterpriseRows.map((r) => [r.creditCode, r.id])),
    userIds: new Map(userRows.map((r) => [r.login, r.id])),
    streetIds: new Map(streetRows.map((r) => [r.name, r.id])),
  };
}

/** Whether the database already holds a round (so a dev restart does not seed twice). */
export async function isSeeded(db: Database): Promise<boolean> {
  const row = await db.select({ id: round.id }).from(round).limit(1).get();
  return row !== undefined;
}
