// Seeds a whole evaluation world (framework, round, enterprises, users) from a plain spec.
// One mechanism for the dev demo, the worker tests, the browser tests and the benchmarks.
import type { BatchItem } from 'drizzle-orm/batch';
import type { RoundRole } from '../../shared/schemas/auth';
import { FrameworkDoc, type FrameworkDocInput } from '../../shared/schemas/framework';
import type { RoundStatus } from '../../shared/schemas/round';
import { normalizeDomain } from '../../shared/domain/hostname';
import { hashPassword, PBKDF2_ITERATIONS } from '../auth/password';
import type { Database } from '../db/client';
import { enterprise, enterpriseDomain, round, roundEnterprise, roundMember, user } from '../db/schema';
import { findFrameworkId, frameworkInsertStatements } from '../queries/frameworks';

export type EnterpriseSpec = {
  creditCode: string;
  name: string;
  nameEn?: string;
  industry: string;
  street: string;
  size: 'micro' | 'small' | 'medium' | 'large';
  partyOrgType: 'independent' | 'joint' | 'none';
  domains: string[];
  contactName?: string;
  contactPhone?: string;
};

export type UserSpec = {
  login: string;
  displayName: string;
  isAdmin?: boolean;
  password?: string;
  membership?: { role: RoundRole; street?: string; bureau?: string; enterpriseCreditCode?: string };
};

export type WorldSpec = {
  framework: FrameworkDocInput;
  round: { nameZh: string; nameEn: string; year: number; status: RoundStatus };
  enterprises: EnterpriseSpec[];
  users: UserSpec[];
};

export type SeededWorld = {
  frameworkId: number;
  roundId: number;
  enterpriseIds: Map<string, number>;
  userIds: Map<string, number>;
};

/** D1 runs a batch as one transaction; keep each to a size it handles comfortably. */
async function runChunked(db: Database, statements: BatchItem<'sqlite'>[], size = 400) {
  for (let i = 0; i < statements.length; i += size) {
    const chunk = statements.slice(i, i + size);
    if (chunk.length > 0) await db.batch(chunk as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  }
}

export async function seedWorld(db: Database, spec: WorldSpec, passwordIterations = PBKDF2_ITERATIONS): Promise<SeededWorld> {
  const doc = FrameworkDoc.parse(spec.framework);
  await runChunked(db, frameworkInsertStatements(db, doc, 1, 'published'));
  const frameworkId = (await findFrameworkId(db, doc.code, 1))!;

  const [createdRound] = await db.insert(round).values({ ...spec.round, frameworkId }).returning({ id: round.id });
  const roundId = createdRound!.id;

  await runChunked(db, spec.enterprises.map(({ domains: _domains, ...values }) => db.insert(enterprise).values(values)));
  const enterpriseIds = new Map<string, number>();
  for (const row of await db.select({ id: enterprise.id, creditCode: enterprise.creditCode }).from(enterprise)) {
    enterpriseIds.set(row.creditCode, row.id);
  }
  const links: BatchItem<'sqlite'>[] = [];
  for (const company of spec.enterprises) {
    const id = enterpriseIds.get(company.creditCode)!;
    links.push(db.insert(roundEnterprise).values({ roundId, enterpriseId: id }));
    for (const domain of company.domains) {
      const normalized = normalizeDomain(domain);
      if (normalized) links.push(db.insert(enterpriseDomain).values({ domain: normalized, enterpriseId: id }));
    }
  }
  await runChunked(db, links);

  const userIds = new Map<string, number>();
  for (const person of spec.users) {
    const password = person.password ? await hashPassword(person.password, passwordIterations) : null;
    const [created] = await db
      .insert(user)
      .values({
        login: person.login,
        displayName: person.displayName,
        isAdmin: person.isAdmin ?? false,
        passwordHash: password?.hash,
        passwordSalt: password?.salt,
        passwordIterations: password?.iterations,
      })
      .returning({ id: user.id });
    userIds.set(person.login, created!.id);
    const m = person.membership;
    if (m) {
      await db.insert(roundMember).values({
        roundId,
        userId: created!.id,
        role: m.role,
        street: m.street ?? null,
        bureau: m.bureau ?? null,
        enterpriseId: m.enterpriseCreditCode ? enterpriseIds.get(m.enterpriseCreditCode)! : null,
      });
    }
  }
  return { frameworkId, roundId, enterpriseIds, userIds };
}

/** Whether the database already holds a round (so a dev restart does not seed twice). */
export async function isSeeded(db: Database): Promise<boolean> {
  const row = await db.select({ id: round.id }).from(round).limit(1).get();
  return row !== undefined;
}
