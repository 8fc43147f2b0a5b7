// The district's streets and towns: everyone reads the list (in official order, for every street filter); the
// administrator creates, renames, gives aliases, reorders, retires (only when nothing uses it) and restores, audited.
import { Hono } from 'hono';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { spellingClashes } from '../../shared/domain/street-names';
import type { FieldIssue } from '../../shared/issues';
import { IdParam } from '../../shared/schemas/common';
import { StreetCreate, StreetOrder, StreetPatch, StreetVersion } from '../../shared/schemas/streets';
import { auditStatement, insertedRowId } from '../audit';
import { abortUnlessChanged, isUniqueViolation, runBatch, runVersionedBatch } from '../db/batch';
import { database, type Database } from '../db/client';
import { street } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError, invalidField, invalidFields } from '../errors';
import { allows, authorize } from '../policy/authorize';
import { aliasStatements, findStreet, listStreets, nextPosition, renameCopies, streetIdByName, streetUse } from '../queries/streets';
import { validate } from '../validate';

const StreetParam = z.object({ id: IdParam });

const unused = (streetId: number) =>
  sql`NOT EXISTS (SELECT 1 FROM enterprise WHERE street_id = ${streetId}) AND NOT EXISTS (SELECT 1 FROM round_member WHERE street_id = ${streetId})`;

/** Refuses a name, alias or code another street already has (as field problems the form shows by the field). */
async function assertSpellingsFree(db: Database, candidate: { id?: number; name: string; aliases: readonly string[]; code: string | null }) {
  const streets = await listStreets(db);
  const clashes = spellingClashes(streets, candidate);
  const sameCode = candidate.code === null ? undefined : streets.find((s) => s.code === candidate.code && s.id !== candidate.id);
  if (clashes.length === 0 && !sameCode) return;
  const codeField: FieldIssue[] = sameCode
    ? [{ path: 'code', code: 'custom', reason: 'street_code_taken', message: `${candidate.code} is the code of ${sameCode.name}`, params: { value: candidate.code, street: sameCode.name } }]
    : [];
  const fields: FieldIssue[] = clashes.map((c) => ({
    path: c.field === 'name' ? 'name' : `aliases.${c.index}`,
    code: 'custom',
    reason: 'street_name_taken',
    message: `"${c.spelling}" is already a name of ${c.takenBy}`,
    params: { value: c.spelling, street: c.takenBy },
  }));
  throw invalidFields([...fields, ...codeField]);
}

/** A name, alias or code another write took between the check and this one: a conflict to try again. */
async function guarded<T>(write: () => Promise<T>) {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ApiError(409, 'conflict', 'Another change took this name, alias or code meanwhile');
    throw err;
  }
}

export const streetRoutes = new Hono<AppEnv>()
  .get('/streets', async (c) => {
    authorize(c, 'street.read', {});
    const items = await listStreets(database(c.env.DB));
    // How many enterprises and coordinators each holds is the registry's, which only administrators read.
    const counted = allows(c, 'registry.read', {});
    return c.json({ items: counted ? items : items.map((s) => ({ ...s, enterprises: 0, coordinators: 0 })) });
  })
  .post('/streets', validate('json', StreetCreate), async (c) => {
    const actor = authorize(c, 'street.write', {});
    const db = database(c.env.DB);
    const body = c.req.valid('json');
    await assertSpellingsFree(db, body);
    const created = await guarded(
      () =>
        runBatch(db, [
          db.insert(street).values({ code: body.code, name: body.name, nameEn: body.nameEn, position: nextPosition }),
          auditStatement(actor, { action: 'street.create', resourceType: 'street', resourceId: insertedRowId, after: body }),
          ...aliasStatements(db, streetIdByName(body.name), body.aliases),
          sql`SELECT id FROM street WHERE name = ${body.name}`,
        ]),
    );
    return c.json(await findStreet(db, (created.at(-1)!.results[0] as { id: number }).id), 201);
  })
  .patch('/streets/:id', validate('param', StreetParam), validate('json', StreetPatch), async (c) => {
    const actor = authorize(c, 'street.write', {});
    const db = database(c.env.DB);
    const current = await findStreet(db, c.req.valid('param').id);
    const { version, aliases, ...changes } = c.req.valid('json');
    const name = changes.name ?? current.name;
    await assertSpellingsFree(db, { id: current.id, name, aliases: aliases ?? current.aliases, code: changes.code === undefined ? current.code : changes.code });
    const after = { ...current, ...changes, aliases: aliases ?? current.aliases, version: version + 1 };
    await guarded(
      () =>
        runVersionedBatch(
          db,
          [
            db
              .update(street)
              .set({ ...changes, version: version + 1, updatedAt: new Date().toISOString() })
              .where(and(eq(street.id, current.id), eq(street.version, version))),
            abortUnlessChanged,
            ...(aliases ? aliasStatements(db, current.id, aliases) : []),
            ...(changes.name && changes.name !== current.name ? renameCopies(db, current.id, changes.name) : []),
            auditStatement(actor, { action: 'street.update', resourceType: 'street', resourceId: current.id, before: current, after }),
          ],
          'The street',
          () => findStreet(db, current.id),
        ),
    );
    return c.json(await findStreet(db, current.id));
  })
  .put('/streets/order', validate('json', StreetOrder), async (c) => {
    const actor = authorize(c, 'street.write', {});
    const db = database(c.env.DB);
    const { ids } = c.req.valid('json');
    const active = (await listStreets(db)).filter((s) => s.retiredAt === null);
    const known = new Set(active.map((s) => s.id));
    if (ids.length !== active.length || ids.some((id) => !known.has(id))) {
      throw invalidField('ids', 'street_order_incomplete', 'List every active street once, and only those', { expected: active.length, given: ids.length });
    }
    const positions = JSON.stringify(ids.map((id, i) => ({ id, position: i + 1 })));
    await runBatch(db, [
      sql`UPDATE street SET position = (SELECT j.value ->> 'position' FROM json_each(${positions}) j WHERE j.value ->> 'id' = street.id),
            version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
          WHERE id IN (SELECT j.value ->> 'id' FROM json_each(${positions}) j)`,
      auditStatement(actor, { action: 'street.reorder', resourceType: 'street', resourceId: 'order', before: active.map((s) => s.name), after: ids.map((id) => active.find((s) => s.id === id)!.name) }),
    ]);
    return c.json({ items: await listStreets(db) });
  })
  .post('/streets/:id/retire', validate('param', StreetParam), validate('json', StreetVersion), async (c) => {
    const actor = authorize(c, 'street.write', {});
    const db = database(c.env.DB);
    const current = await findStreet(db, c.req.valid('param').id);
    const { version } = c.req.valid('json');
    const use = await streetUse(db, current.id);
    if (use.enterprises > 0 || use.coordinators > 0) {
      throw new ApiError(409, 'street_in_use', `${current.name} still has ${use.enterprises} enterprise(s) and ${use.coordinators} coordinator binding(s)`, use);
    }
    const retiredAt = new Date().toISOString();
    await runVersionedBatch(
      db,
      [
        // Checked again inside the write: an enterprise moved in meanwhile makes it a conflict, not a retired street in use.
        db
          .update(street)
          .set({ retiredAt, version: version + 1 })
          .where(and(eq(street.id, current.id), eq(street.version, version), isNull(street.retiredAt), unused(current.id))),
        abortUnlessChanged,
        auditStatement(actor, { action: 'street.retire', resourceType: 'street', resourceId: current.id, before: { retiredAt: null }, after: { retiredAt } }),
      ],
      'The street',
      () => findStreet(db, current.id),
    );
    return c.json(await findStreet(db, current.id));
  })
  .post('/streets/:id/restore', validate('param', StreetParam), validate('json', StreetVersion), async (c) => {
    const actor = authorize(c, 'street.write', {});
    const db = database(c.env.DB);
    const current = await findStreet(db, c.req.valid('param').id);
    const { version } = c.req.valid('json');
    await runVersionedBatch(
      db,
      [
        db
          .update(street)
          .set({ retiredAt: null, position: nextPosition, version: version + 1 })
          .where(and(eq(street.id, current.id), eq(street.version, version), sql`${street.retiredAt} IS NOT NULL`)),
        abortUnlessChanged,
        auditStatement(actor, { action: 'street.restore', resourceType: 'street', resourceId: current.id, before: { retiredAt: current.retiredAt }, after: { retiredAt: null } }),
      ],
      'The street',
      () => findStreet(db, current.id),
    );
    return c.json(await findStreet(db, current.id));
  });
