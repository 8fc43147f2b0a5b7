// Indicator frameworks: list, read (tree and settings), import and export as JSON, replace a draft's
// document, publish a draft (it is frozen from then on), and start a new draft version from any version.
import { Hono } from 'hono';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import type { FrameworkDoc } from '../../shared/schemas/framework';
import { FrameworkImport, FrameworkReplace } from '../../shared/schemas/framework-version';
import { auditStatement, insertedRowId } from '../audit';
import { abortUnlessChanged, isUniqueViolation, runBatch, runVersionedBatch } from '../db/batch';
import { database, type Database } from '../db/client';
import { framework } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError, invalidField } from '../errors';
import type { Actor } from '../policy/actor';
import { authorize, requireActor } from '../policy/authorize';
import { draftReplaceStatements, exportFramework, findFramework, findFrameworkId, frameworkDetail, frameworkInsertStatements, listFrameworks, versionsOf } from '../queries/frameworks';
import { validate } from '../validate';

const FrameworkParam = z.object({ id: IdParam });

/** Stores `doc` as the next version of its code, as a draft; one draft per code at a time. */
async function createDraft(db: Database, actor: Actor, doc: FrameworkDoc, action: 'framework.import' | 'framework.derive', basedOn?: number) {
  const { latest, draft } = await versionsOf(db, doc.code);
  if (draft) throw new ApiError(409, 'framework_state', `Version ${draft.version} of ${doc.code} is already a draft; edit or publish it first`, { draftId: draft.id });
  const version = latest + 1;
  const [insert, ...indicators] = frameworkInsertStatements(db, doc, version, 'draft');
  try {
    await runBatch(db, [
      insert!,
      auditStatement(actor, { action, resourceType: 'framework', resourceId: insertedRowId, after: { code: doc.code, version, basedOn, document: doc } }),
      ...indicators,
    ]);
  } catch (err) {
    // Another import of the same code took this version number first.
    if (isUniqueViolation(err)) throw new ApiError(409, 'framework_state', `Version ${version} of ${doc.code} was just created by someone else`);
    throw err;
  }
  return frameworkDetail(db, (await findFrameworkId(db, doc.code, version))!);
}

export const frameworkRoutes = new Hono<AppEnv>()
  .get('/frameworks', async (c) => {
    const actor = requireActor(c);
    return c.json({ items: await listFrameworks(database(c.env.DB), !actor.isAdmin) });
  })
  .post('/frameworks/import', validate('json', FrameworkImport), async (c) => {
    const actor = authorize(c, 'framework.create', {});
    return c.json(await createDraft(database(c.env.DB), actor, c.req.valid('json').document, 'framework.import'), 201);
  })
  .get('/frameworks/:id', validate('param', FrameworkParam), async (c) => {
    const db = database(c.env.DB);
    const found = await findFramework(db, c.req.valid('param').id);
    authorize(c, 'framework.read', { framework: found });
    return c.json(await frameworkDetail(db, found.id));
  })
  .get('/frameworks/:id/export', validate('param', FrameworkParam), async (c) => {
    const db = database(c.env.DB);
    const found = await findFramework(db, c.req.valid('param').id);
    authorize(c, 'framework.read', { framework: found });
    c.header('content-disposition', `attachment; filename="${found.code}-v${found.version}.json"`);
    return c.json(await exportFramework(db, found));
  })
  .put('/frameworks/:id', validate('param', FrameworkParam), validate('json', FrameworkReplace), async (c) => {
    const db = database(c.env.DB);
    const found = await findFramework(db, c.req.valid('param').id);
    const actor = authorize(c, 'framework.edit', { framework: found });
    const { revision, document } = c.req.valid('json');
    if (document.code !== found.code) throw invalidField('document.code', 'draft_code_fixed', `A draft keeps its code: expected ${found.code}`, { expected: found.code });
    const { update, replace } = draftReplaceStatements(db, found.id, revision, document);
    await runVersionedBatch(
      db,
      [
        update,
        abortUnlessChanged,
        auditStatement(actor, { action: 'framework.update', resourceType: 'framework', resourceId: found.id, before: { revision }, after: { revision: revision + 1, document } }),
        ...replace,
      ],
      'The draft',
      () => frameworkDetail(db, found.id),
    );
    return c.json(await frameworkDetail(db, found.id));
  })
  .post('/frameworks/:id/publish', validate('param', FrameworkParam), async (c) => {
    const db = database(c.env.DB);
    const found = await findFramework(db, c.req.valid('param').id);
    const actor = authorize(c, 'framework.publish', { framework: found });
    const publishedAt = new Date().toISOString();
    await runBatch(db, [
      db.update(framework).set({ status: 'published', publishedAt }).where(and(eq(framework.id, found.id), eq(framework.status, 'draft'))),
      auditStatement(actor, { action: 'framework.publish', resourceType: 'framework', resourceId: found.id, before: { status: 'draft' }, after: { status: 'published', publishedAt } }),
    ]);
    return c.json(await frameworkDetail(db, found.id));
  })
  .post('/frameworks/:id/drafts', validate('param', FrameworkParam), async (c) => {
    const db = database(c.env.DB);
    const found = await findFramework(db, c.req.valid('param').id);
    authorize(c, 'framework.read', { framework: found });
    const actor = authorize(c, 'framework.create', {});
    return c.json(await createDraft(db, actor, await exportFramework(db, found), 'framework.derive', found.id), 201);
  });
