// Framework versions: writing a document as rows (seed, import, edit, new draft) and reading them back.
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { flattenFrameworkDoc, frameworkDocFromNodes } from '../../shared/domain/framework-doc';
import type { FrameworkDoc } from '../../shared/schemas/framework';
import type { FrameworkSummary } from '../../shared/schemas/framework-version';
import type { Database } from '../db/client';
import { framework, indicator } from '../db/schema';
import { notFound } from '../errors';
import { listIndicators } from './rounds';

type Status = 'draft' | 'published';

const frameworkIdOf = (code: string, version: number) => sql`(SELECT id FROM framework WHERE code = ${code} AND version = ${version})`;

/** Inserts every node of `doc` under the framework `frameworkId` (an SQL expression); parents are found by code. */
export function indicatorInsertStatements(db: Database, doc: FrameworkDoc, frameworkId: SQL) {
  const parentId = (code: string) => sql`(SELECT id FROM indicator WHERE framework_id = ${frameworkId} AND code = ${code})`;
  return flattenFrameworkDoc(doc).map(({ parentCode, name, guidance, keywords, ...row }) =>
    db.insert(indicator).values({
      ...row,
      frameworkId,
      parentId: parentCode === null ? null : parentId(parentCode),
      nameZh: name.zh,
      nameEn: name.en,
      guidanceZh: guidance?.zh ?? null,
      guidanceEn: guidance?.en ?? null,
      keywordsZh: keywords.zh,
      keywordsEn: keywords.en,
    }),
  );
}

const documentColumns = (doc: FrameworkDoc) => ({
  nameZh: doc.name.zh,
  nameEn: doc.name.en,
  descriptionZh: doc.description.zh,
  descriptionEn: doc.description.en,
  settings: doc.settings,
});

/** The statements that insert `doc` as version `version` of its code. */
export function frameworkInsertStatements(db: Database, doc: FrameworkDoc, version: number, status: Status) {
  return [
    db.insert(framework).values({ code: doc.code, version, status, ...documentColumns(doc), publishedAt: status === 'published' ? new Date().toISOString() : null }),
    ...indicatorInsertStatements(db, doc, frameworkIdOf(doc.code, version)),
  ];
}

/** Replaces a draft's document if it is still at `revision`; the caller adds abortUnlessChanged after the first statement. */
export function draftReplaceStatements(db: Database, id: number, revision: number, doc: FrameworkDoc) {
  const update = db
    .update(framework)
    .set({ ...documentColumns(doc), revision: revision + 1, updatedAt: new Date().toISOString() })
    .where(and(eq(framework.id, id), eq(framework.revision, revision), eq(framework.status, 'draft')));
  return { update, replace: [db.delete(indicator).where(eq(indicator.frameworkId, id)), ...indicatorInsertStatements(db, doc, sql`${id}`)] };
}

const summaryColumns = {
  id: framework.id,
  code: framework.code,
  version: framework.version,
  status: framework.status,
  nameZh: framework.nameZh,
  nameEn: framework.nameEn,
  revision: framework.revision,
  createdAt: framework.createdAt,
  updatedAt: framework.updatedAt,
  publishedAt: framework.publishedAt,
};
type SummaryRow = Pick<typeof framework.$inferSelect, keyof typeof summaryColumns>;

const toSummary = ({ nameZh, nameEn, ...row }: SummaryRow): FrameworkSummary => ({ ...row, name: { zh: nameZh, en: nameEn } });

export async function listFrameworks(db: Database, onlyPublished: boolean) {
  const query = db.select(summaryColumns).from(framework);
  const rows = await (onlyPublished ? query.where(eq(framework.status, 'published')) : query).orderBy(asc(framework.code), desc(framework.version));
  return rows.map(toSummary);
}

export async function findFramework(db: Database, id: number) {
  const row = await db.select().from(framework).where(eq(framework.id, id)).get();
  if (!row) throw notFound('framework_not_found', `Framework ${id} does not exist`);
  return {
    ...toSummary(row),
    description: { zh: row.descriptionZh, en: row.descriptionEn },
    settings: row.settings,
  };
}
export type FrameworkRecord = Awaited<ReturnType<typeof findFramework>>;

export async function frameworkDetail(db: Database, id: number) {
  const found = await findFramework(db, id);
  return { ...found, indicators: await listIndicators(db, id) };
}

/** The document a stored framework exports as. */
export async function exportFramework(db: Database, found: FrameworkRecord): Promise<FrameworkDoc> {
  return frameworkDocFromNodes(found, await listIndicators(db, found.id));
}

/** The highest version of a code, and its draft if one exists (at most one draft per code). */
export async function versionsOf(db: Database, code: string) {
  const rows = await db.select({ id: framework.id, version: framework.version, status: framework.status }).from(framework).where(eq(framework.code, code));
  return { latest: Math.max(0, ...rows.map((r) => r.version)), draft: rows.find((r) => r.status === 'draft') ?? null };
}

export async function findFrameworkId(db: Database, code: string, version: number) {
  const row = await db.select({ id: framework.id }).from(framework).where(and(eq(framework.code, code), eq(framework.version, version))).get();
  return row?.id ?? null;
}
