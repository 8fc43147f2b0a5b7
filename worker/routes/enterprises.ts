// Enterprises: the registry (list, create, read, edit, delete, CSV import) and the enterprises enrolled
// in a round (detection by a page's host, credit codes and names, search by name or credit code, page by page, and
// every enrolled enterprise's domains for the extension to keep).
import { Hono } from 'hono';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { EnterpriseCreate, EnterpriseListQuery, EnterpriseLookupQuery, EnterprisePatch } from '../../shared/schemas/enterprise';
import { EnterpriseDetectRequest } from '../../shared/schemas/enterprise-detection';
import { EnterpriseImportRequest } from '../../shared/schemas/enterprise-import';
import { auditStatement, insertedRowId } from '../audit';
import { abortUnlessChanged, isUniqueViolation, runBatch, runVersionedBatch } from '../db/batch';
import { database, type Database } from '../db/client';
import { enterprise, enterpriseDomain } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError, invalidFields } from '../errors';
import { authorize } from '../policy/authorize';
import { enterpriseScope } from '../policy/scope';
import { detectEnterprises, siteDirectory } from '../queries/enterprise-detection';
import { importEnterprises } from '../queries/enterprise-import';
import { domainReplaceStatements, enterpriseSearchKey } from '../queries/enterprise-write';
import { domainOwners, findEnterprise, listRegistry, lookupEnterprises } from '../queries/enterprises';
import { derivedChange } from '../queries/results-change';
import { findRound, isEnrolledAnywhere, openRoundsEnrolling } from '../queries/rounds';
import { loadStreetResolver } from '../queries/streets';
import { validate } from '../validate';

const EnterpriseParam = z.object({ id: IdParam });

/** 409 when another enterprise holds one of `domains`. */
async function assertDomainsFree(db: Database, domains: string[], creditCode: string) {
  const owners = await domainOwners(db, domains);
  const taken = domains.find((d) => owners.has(d) && owners.get(d) !== creditCode);
  if (taken) throw new ApiError(409, 'domain_taken', `${taken} belongs to the enterprise ${owners.get(taken)}`, { domain: taken, owner: owners.get(taken) });
}

/** The registry street a name or alias stands for, as the columns an enterprise stores; a 400 with suggestions otherwise. */
async function streetColumns(db: Database, name: string) {
  const resolver = await loadStreetResolver(db);
  const found = resolver.find(name);
  if (!found) throw invalidFields([resolver.unknown(name, 'street')]);
  return { street: found.name, streetId: found.id };
}

export const enterpriseRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/enterprises', validate('param', z.object({ roundId: IdParam })), validate('query', EnterpriseLookupQuery), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'round.read', { round });
    return c.json(await lookupEnterprises(db, round.id, enterpriseScope(actor, round.id), c.req.valid('query')));
  })
  // A read with a body: the names found on a page do not fit in a URL.
  .post('/rounds/:roundId/enterprises/detect', validate('param', z.object({ roundId: IdParam })), validate('json', EnterpriseDetectRequest), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'round.read', { round });
    return c.json(await detectEnterprises(db, round.id, enterpriseScope(actor, round.id), c.req.valid('json')), 200);
  })
  // What detection by domain would answer for every site, at once: the extension keeps it from sign-in.
  .get('/rounds/:roundId/enterprises/domains', validate('param', z.object({ roundId: IdParam })), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'round.read', { round });
    return c.json(await siteDirectory(db, round.id, enterpriseScope(actor, round.id)), 200);
  })
  .get('/enterprises', validate('query', EnterpriseListQuery), async (c) => {
    authorize(c, 'registry.read', {});
    return c.json(await listRegistry(database(c.env.DB), c.req.valid('query')));
  })
  .post('/enterprises', validate('json', EnterpriseCreate), async (c) => {
    const actor = authorize(c, 'registry.write', {});
    const { domains, ...typed } = c.req.valid('json');
    const db = database(c.env.DB);
    const fields = { ...typed, ...(await streetColumns(db, typed.street)) };
    await assertDomainsFree(db, domains, fields.creditCode);
    try {
      await runBatch(db, [
        db.insert(enterprise).values({ ...fields, searchKey: enterpriseSearchKey(fields) }),
        auditStatement(actor, { action: 'enterprise.create', resourceType: 'enterprise', resourceId: insertedRowId, after: { ...fields, domains } }),
        ...domainReplaceStatements([{ creditCode: fields.creditCode, domains }]),
      ]);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ApiError(409, 'credit_code_taken', `An enterprise with the credit code ${fields.creditCode} is already registered`);
      throw err;
    }
    const created = await db.select({ id: enterprise.id }).from(enterprise).where(eq(enterprise.creditCode, fields.creditCode)).get();
    return c.json(await findEnterprise(db, created!.id), 201);
  })
  .post('/enterprises/import', validate('json', EnterpriseImportRequest), async (c) => {
    const actor = authorize(c, 'registry.write', {});
    const report = await importEnterprises(database(c.env.DB), c.env, actor, c.req.valid('json'));
    if (!report.dryRun && !report.committed) {
      throw new ApiError(422, 'import_invalid', `${report.errorCount} problem(s) in ${report.fileName}; nothing was imported`, report);
    }
    return c.json(report, 200);
  })
  .get('/enterprises/:id', validate('param', EnterpriseParam), async (c) => {
    authorize(c, 'registry.read', {});
    return c.json(await findEnterprise(database(c.env.DB), c.req.valid('param').id));
  })
  .patch('/enterprises/:id', validate('param', EnterpriseParam), validate('json', EnterprisePatch), async (c) => {
    const actor = authorize(c, 'registry.write', {});
    const db = database(c.env.DB);
    const current = await findEnterprise(db, c.req.valid('param').id);
    const { version, domains, ...typed } = c.req.valid('json');
    const changes = { ...typed, ...(typed.street === undefined ? {} : await streetColumns(db, typed.street)) };
    const creditCode = changes.creditCode ?? current.creditCode;
    if (domains) await assertDomainsFree(db, domains, current.creditCode);
    const after = { ...current, ...changes, domains: domains ?? current.domains, version: version + 1 };
    // Its industry decides which indicators apply, its street where it counts: every round it is in takes the change.
    const change = await derivedChange(db, (await openRoundsEnrolling(db, [current.creditCode])).map(({ round, enterpriseId }) => ({ round, enterprises: [enterpriseId] })));
    try {
      const statements = [
        db
          .update(enterprise)
          .set({ ...changes, searchKey: enterpriseSearchKey(after), version: version + 1, updatedAt: new Date().toISOString() })
          .where(sql`${enterprise.id} = ${current.id} AND ${enterprise.version} = ${version}`),
        abortUnlessChanged,
        auditStatement(actor, { action: 'enterprise.update', resourceType: 'enterprise', resourceId: current.id, before: current, after }),
        ...change.statements,
        ...(domains ? domainReplaceStatements([{ creditCode, domains }]) : []),
      ];
      await change.schedule(c.env, await runVersionedBatch(db, statements, 'The enterprise', () => findEnterprise(db, current.id)));
    } catch (err) {
      if (isUniqueViolation(err)) throw new ApiError(409, 'credit_code_taken', `An enterprise with the credit code ${creditCode} is already registered`);
      throw err;
    }
    return c.json(await findEnterprise(db, current.id));
  })
  .delete('/enterprises/:id', validate('param', EnterpriseParam), async (c) => {
    const actor = authorize(c, 'registry.write', {});
    const db = database(c.env.DB);
    const current = await findEnterprise(db, c.req.valid('param').id);
    if (await isEnrolledAnywhere(db, current.id)) throw new ApiError(409, 'conflict', 'The enterprise is enrolled in a round; its evaluations keep it');
    await runBatch(db, [
      db.delete(enterpriseDomain).where(eq(enterpriseDomain.enterpriseId, current.id)),
      db.delete(enterprise).where(eq(enterprise.id, current.id)),
      auditStatement(actor, { action: 'enterprise.delete', resourceType: 'enterprise', resourceId: current.id, before: current }),
    ]);
    return c.body(null, 204);
  });
