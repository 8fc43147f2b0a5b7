// Fresh targets for the matrix's mutations: each allowed call changes a thing of its own, so no actor's
// call depends on what an earlier actor's call left behind (a second publish, a stale version).
import { sql } from 'drizzle-orm';
import { toCsv } from '../../../shared/domain/csv';
import { enterpriseCsvRecords } from '../../../shared/domain/enterprise-csv';
import { EnterpriseCreate } from '../../../shared/schemas/enterprise';
import { FrameworkDoc } from '../../../shared/schemas/framework';
import type { RoundStatus } from '../../../shared/schemas/round';
import { runBatch } from '../../../worker/db/batch';
import type { Database } from '../../../worker/db/client';
import { assignment, evidence, round, roundEnterprise } from '../../../worker/db/schema';
import { enterpriseWriteStatements } from '../../../worker/queries/enterprise-write';
import { findFrameworkId, frameworkInsertStatements } from '../../../worker/queries/frameworks';
import { assignmentStatements } from '../../../worker/seed/world';
import { syntheticEnterprises } from '../../../worker/seed/synthetic-enterprises';
import { miniFramework } from '../../support/mini-framework';
import { creditCodes, testWorldSpec } from '../../support/test-world';
import { toBase64 } from '../../support/gbk';
import type { Company } from './rounds';
import { settleInsertedRound } from '../support/derived';

type Base = { db: Database; frameworkId: number; roundId: number; enterpriseId: (code: string) => number; userIds: Map<string, number> };

/** Enterprises nobody has seen yet, for registry writes and enrolments. */
const unseenEnterprises = syntheticEnterprises({ count: 200, seed: 3, avoid: testWorldSpec.enterprises }).map((e) => EnterpriseCreate.parse(e));
let nextEnterprise = 0;
export function newEnterprise() {
  if (nextEnterprise === unseenEnterprises.length) throw new Error('The matrix used up its unseen enterprises: generate more');
  return unseenEnterprises[nextEnterprise++]!;
}

/** The CSV import of one enterprise nobody has seen, committed. */
export const enterpriseCsv = () => ({
  fileName: 'enterprises.csv',
  contentBase64: toBase64(new TextEncoder().encode(toCsv(enterpriseCsvRecords([newEnterprise()])))),
  dryRun: false,
});

/** A registered enterprise nobody has seen, optionally enrolled in a round. */
export async function freshEnterprise(w: Base, enrolIn?: number) {
  const typed = newEnterprise();
  const fields = { ...typed, streetId: (await w.db.get<{ id: number }>(sql`SELECT id FROM street WHERE name = ${typed.street}`)).id };
  await runBatch(w.db, enterpriseWriteStatements([fields]));
  const id = (await w.db.get<{ id: number }>(sql`SELECT id FROM enterprise WHERE credit_code = ${fields.creditCode}`)).id;
  if (enrolIn) await w.db.insert(roundEnterprise).values({ roundId: enrolIn, enterpriseId: id });
  return id;
}

let frameworks = 0;
/** The test framework under a code of its own. */
export const frameworkDoc = (code = `matrix-${++frameworks}-${crypto.randomUUID().slice(0, 8)}`, name = `矩阵标准 ${code}`) =>
  FrameworkDoc.parse({ ...structuredClone(miniFramework), code, name: { zh: name, en: name } });

/** A framework version 1 of a code of its own, stored as a draft or published. */
export async function freshFramework(w: Base, status: 'draft' | 'published', doc = frameworkDoc()) {
  await runBatch(w.db, frameworkInsertStatements(w.db, doc, 1, status));
  return { id: (await findFrameworkId(w.db, doc.code, 1))!, doc };
}

/** A round of its own on the world's framework, with its derived state as a created round has it, for lifecycle moves. */
export async function freshRound(w: Base, status: RoundStatus) {
  const [created] = await w.db.insert(round).values({ nameZh: '临时测评', nameEn: 'Scratch round', year: 2026, status, frameworkId: w.frameworkId }).returning({ id: round.id });
  await settleInsertedRound(w.db, created!.id);
  return created!.id;
}

/** An assignment of expert2 to STAFF in a round, for replacing or deleting it. */
export async function freshAssignment(w: Base, roundId: number) {
  await runBatch(w.db, assignmentStatements(w.db, [{ expert: 'expert2', scope: ['STAFF'] }], roundId, w.frameworkId));
  return (await w.db.get<{ id: number }>(sql`SELECT MAX(id) AS id FROM ${assignment} WHERE round_id = ${roundId}`)).id;
}

let pieces = 0;
/** A piece of evidence of one enterprise, captured by `capturedBy` (a login), in `roundId`. */
export async function freshEvidence(
  w: Base,
  company: Company,
  options: { capturedBy?: string; roundId?: number; status?: 'pending' | 'accepted'; text?: string; indicatorId?: number } = {},
) {
  const indicatorId = options.indicatorId ?? (await w.db.get<{ id: number }>(sql`SELECT MIN(id) AS id FROM indicator WHERE framework_id = ${w.frameworkId} AND level = 3`)).id;
  const text = options.text ?? `证据 ${++pieces}`;
  const [created] = await w.db
    .insert(evidence)
    .values({
      roundId: options.roundId ?? w.roundId,
      enterpriseId: w.enterpriseId(creditCodes[company]),
      indicatorId,
      kind: options.capturedBy === 'huaxin' || options.capturedBy === 'jiaan' ? 'statement' : 'clip',
      url: `https://${company}.example.cn/csr`,
      title: text,
      quote: text,
      status: options.status ?? 'pending',
      capturedBy: w.userIds.get(options.capturedBy ?? 'expert')!,
      capturedAt: new Date().toISOString(),
      idempotencyKey: crypto.randomUUID(),
    })
    .returning({ id: evidence.id });
  return created!.id;
}

/** The smallest PNG signature the screenshot route accepts, with a byte of its own so each upload differs. */
export const pngBytes = () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ++pieces % 256]);
