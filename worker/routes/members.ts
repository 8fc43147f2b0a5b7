// The roles people hold in a round: admins list them, give or change one (one per user and round), remove it.
import { Hono } from 'hono';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { IdParam, PageQuery } from '../../shared/schemas/common';
import { MemberRole } from '../../shared/schemas/members';
import { auditStatement } from '../audit';
import { abortUnlessChanged, runBatch, runVersionedBatch } from '../db/batch';
import { database, type Database } from '../db/client';
import { roundMember } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError, invalidField } from '../errors';
import { authorize } from '../policy/authorize';
import { findMember, listMembers, memberValues } from '../queries/members';
import { activeStreetEntries } from '../queries/streets';
import { findEnrolledEnterprise, findRound } from '../queries/rounds';
import { findUser } from '../queries/users';
import { derivedChange } from '../queries/results-change';
import { validate } from '../validate';

const RoundParam = z.object({ roundId: IdParam });
const MemberParam = z.object({ roundId: IdParam, userId: IdParam });
const MemberPage = PageQuery.extend({ cursor: IdParam.optional() });

/** Checks that what the role is bound to exists: an enrolled enterprise, an active street of the registry (whose name it returns). */
async function checkBinding(db: Database, roundId: number, role: MemberRole): Promise<string | null> {
  if (role.role === 'enterprise') await findEnrolledEnterprise(db, roundId, role.enterpriseId);
  if (role.role !== 'coordinator') return null;
  const bound = (await activeStreetEntries(db)).find((s) => s.id === role.streetId);
  if (!bound) throw invalidField('streetId', 'street_unknown', `Street ${role.streetId} is not an active street of the registry`, { value: String(role.streetId), suggestions: [] });
  return bound.name;
}

export const memberRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/members', validate('param', RoundParam), validate('query', MemberPage), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    authorize(c, 'member.read', { round });
    return c.json(await listMembers(db, round.id, c.req.valid('query')));
  })
  .put('/rounds/:roundId/members/:userId', validate('param', MemberParam), validate('json', MemberRole), async (c) => {
    const { roundId, userId } = c.req.valid('param');
    const { version, ...role } = c.req.valid('json');
    const db = database(c.env.DB);
    const round = await findRound(db, roundId);
    const actor = authorize(c, 'member.manage', { round });
    const target = await findUser(db, userId);
    if (target.isAdmin) throw new ApiError(409, 'admin_is_global', 'An administrator acts in every round and holds no round role');
    const streetName = await checkBinding(db, round.id, role);
    const before = await findMember(db, round.id, userId);
    const values = memberValues(round.id, userId, role, streetName);
    // The (round, user) key makes "one role per round" structural. Without a version the role is new: one
    // that exists meanwhile is a conflict, not replaced; with one, only the role at that version is changed.
    const write =
      version === undefined
        ? db.insert(roundMember).values(values).onConflictDoNothing()
        : db
            .update(roundMember)
            .set({ ...values, version: sql`${roundMember.version} + 1` })
            .where(and(eq(roundMember.roundId, round.id), eq(roundMember.userId, userId), eq(roundMember.version, version)));
    // Who is an expert decides whose figures the progress lists.
    const change = await derivedChange(db, [{ round }]);
    const results = await runVersionedBatch(
      db,
      [
        write,
        abortUnlessChanged,
        auditStatement(actor, {
          action: version === undefined ? 'member.add' : 'member.change',
          resourceType: 'member',
          resourceId: `${round.id}:${userId}`,
          roundId: round.id,
          before: before ?? undefined,
          after: { ...values, version: (version ?? 0) + 1 },
        }),
        ...change.statements,
      ],
      'This role',
      () => findMember(db, round.id, userId),
    );
    await change.schedule(c.env, results);
    return c.json((await findMember(db, round.id, userId))!, version === undefined ? 201 : 200);
  })
  .delete('/rounds/:roundId/members/:userId', validate('param', MemberParam), async (c) => {
    const { roundId, userId } = c.req.valid('param');
    const db = database(c.env.DB);
    const round = await findRound(db, roundId);
    const actor = authorize(c, 'member.manage', { round });
    const before = await findMember(db, round.id, userId);
    if (!before) throw new ApiError(404, 'member_not_found', `User ${userId} has no role in round ${round.id}`);
    const change = await derivedChange(db, [{ round }]);
    const results = await runBatch(db, [
      db.delete(roundMember).where(and(eq(roundMember.roundId, round.id), eq(roundMember.userId, userId))),
      auditStatement(actor, { action: 'member.remove', resourceType: 'member', resourceId: `${round.id}:${userId}`, roundId: round.id, before }),
      ...change.statements,
    ]);
    await change.schedule(c.env, results);
    return c.body(null, 204);
  });
