// Writing a framework document (seed, import, new draft) as rows, atomically in one D1 batch.
import { and, eq, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { FrameworkDoc } from '../../shared/schemas/framework';
import type { Database } from '../db/client';
import { framework, indicator } from '../db/schema';

type Status = 'draft' | 'published';

/** The statements that insert `doc` as version `version` of its code; ids are resolved inside SQL by code. */
export function frameworkInsertStatements(db: Database, doc: FrameworkDoc, version: number, status: Status) {
  const frameworkId = sql`(SELECT id FROM framework WHERE code = ${doc.code} AND version = ${version})`;
  const parentId = (code: string) => sql`(SELECT id FROM indicator WHERE framework_id = ${frameworkId} AND code = ${code})`;
  const statements: BatchItem<'sqlite'>[] = [
    db.insert(framework).values({
      code: doc.code,
      version,
      status,
      nameZh: doc.name.zh,
      nameEn: doc.name.en,
      descriptionZh: doc.description.zh,
      descriptionEn: doc.description.en,
      settings: doc.settings,
      publishedAt: status === 'published' ? new Date().toISOString() : null,
    }),
  ];
  // Depth-first, so indicator ids follow the order the tree is read in.
  doc.dimensions.forEach((dimension, di) => {
    statements.push(
      db.insert(indicator).values({ frameworkId, level: 1, position: di, code: dimension.code, nameZh: dimension.name.zh, nameEn: dimension.name.en, weight: dimension.weight }),
    );
    dimension.children.forEach((group, gi) => {
      statements.push(
        db.insert(indicator).values({
          frameworkId,
          parentId: parentId(dimension.code),
          level: 2,
          position: gi,
          code: group.code,
          nameZh: group.name.zh,
          nameEn: group.name.en,
          weight: group.weight,
        }),
      );
      group.children.forEach((item, ii) => {
        statements.push(
          db.insert(indicator).values({
            frameworkId,
            parentId: parentId(group.code),
            level: 3,
            position: ii,
            code: item.code,
            nameZh: item.name.zh,
            nameEn: item.name.en,
            guidanceZh: item.guidance.zh,
            guidanceEn: item.guidance.en,
            kind: item.kind,
            industries: item.industries,
            weight: item.weight,
            maxScore: item.maxScore,
            rubric: item.rubric,
            keywordsZh: item.keywords.zh,
            keywordsEn: item.keywords.en,
            validity: item.validity,
          }),
        );
      });
    });
  });
  return statements;
}

export async function findFrameworkId(db: Database, code: string, version: number) {
  const row = await db.select({ id: framework.id }).from(framework).where(and(eq(framework.code, code), eq(framework.version, version))).get();
  return row?.id ?? null;
}
