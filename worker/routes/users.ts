// Accounts: admins list, create, change and invite users; a user or an admin ends all of a user's sessions.
import { Hono } from 'hono';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { UserCreate, UserListQuery, UserUpdate, type InviteCreated, type UserCreated } from '../../shared/schemas/users';
import { auditStatement, insertedRowId } from '../audit';
import { inviteLink } from '../../shared/domain/invite-code';
import { issueInvite } from '../auth/invites';
import { isUniqueViolation, runBatch } from '../db/batch';
import { database } from '../db/client';
import { user } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { authorize } from '../policy/authorize';
import { inviteStatements } from '../queries/invites';
import { revokeSessions } from '../queries/sessions';
import { findUser, findUserIdByLogin, listUsers, userSearchKey } from '../queries/users';
import { validate } from '../validate';

const UserParam = z.object({ userId: IdParam });
const loginTaken = (login: string) => new ApiError(409, 'login_taken', `The login ${login} is already taken`);

export const userRoutes = new Hono<AppEnv>()
  .get('/users', validate('query', UserListQuery), async (c) => {
    authorize(c, 'user.list', {});
    return c.json(await listUsers(database(c.env.DB), c.req.valid('query')));
  })
  .post('/users', validate('json', UserCreate), async (c) => {
    const actor = authorize(c, 'user.create', {});
    const body = c.req.valid('json');
    const db = database(c.env.DB);
    if ((await findUserIdByLogin(db, body.login)) !== null) throw loginTaken(body.login);
    const now = new Date();
    const issued = await issueInvite(now);
    try {
      await runBatch(db, [
        db.insert(user).values({ ...body, searchKey: userSearchKey(body) }),
        auditStatement(actor, { action: 'user.create', resourceType: 'user', resourceId: insertedRowId, after: { ...body, inviteExpiresAt: issued.expiresAt } }),
        ...inviteStatements(db, issued, sql`(SELECT id FROM user WHERE login = ${body.login})`, 'activate', actor.userId, now),
      ]);
    } catch (err) {
      // Another admin created the same login a moment earlier.
      if (isUniqueViolation(err)) throw loginTaken(body.login);
      throw err;
    }
    const created = await findUser(db, (await findUserIdByLogin(db, body.login))!);
    return c.json({ user: created, invite: { code: issued.code, link: inviteLink(new URL(c.req.url).origin, issued.code), expiresAt: issued.expiresAt, purpose: 'activate' } } satisfies UserCreated, 201);
  })
  .get('/users/:userId', validate('param', UserParam), async (c) => {
    const { userId } = c.req.valid('param');
    // Decided on the id alone, before the lookup, so a 404 tells nobody but admins which ids exist.
    authorize(c, 'user.read', { user: { id: userId } });
    return c.json(await findUser(database(c.env.DB), userId));
  })
  .patch('/users/:userId', validate('param', UserParam), validate('json', UserUpdate), async (c) => {
    const { userId } = c.req.valid('param');
    const change = c.req.valid('json');
    const actor = authorize(c, 'user.update', { user: { id: userId }, change });
    const db = database(c.env.DB);
    const before = await findUser(db, userId);
    if (change.isAdmin && before.memberships.length > 0) {
      throw new ApiError(409, 'admin_is_global', 'Remove the user’s round roles before making them an administrator');
    }
    const now = new Date().toISOString();
    const unchanged = and(eq(user.id, userId), eq(user.version, change.version));
    const results = await runBatch(db, [
      // A disabled account signs out everywhere at once (only when the version check below passes).
      ...(change.disabled ? [revokeSessions(db, userId, now, sql`EXISTS (SELECT 1 FROM user WHERE ${unchanged})`)] : []),
      db
        .update(user)
        .set({
          displayName: change.displayName,
          searchKey: change.displayName === undefined ? undefined : userSearchKey({ login: before.login, displayName: change.displayName }),
          isAdmin: change.isAdmin,
          disabledAt: change.disabled === undefined ? undefined : change.disabled ? sql`coalesce(${user.disabledAt}, ${now})` : null,
          version: sql`${user.version} + 1`,
        })
        .where(unchanged),
      auditStatement(actor, {
        action: 'user.update',
        resourceType: 'user',
        resourceId: userId,
        before: { displayName: before.displayName, isAdmin: before.isAdmin, disabled: before.disabled },
        after: change,
      }),
    ]);
    if (results.at(-2)!.meta.changes === 0) {
      throw new ApiError(409, 'conflict', 'The user was changed meanwhile', { current: await findUser(db, userId) });
    }
    return c.json(await findUser(db, userId));
  })
  .post('/users/:userId/invites', validate('param', UserParam), async (c) => {
    const { userId } = c.req.valid('param');
    const actor = authorize(c, 'user.invite', { user: { id: userId } });
    const db = database(c.env.DB);
    const target = await findUser(db, userId);
    if (target.disabled) throw new ApiError(409, 'conflict', 'Enable the account before inviting its user');
    const now = new Date();
    const issued = await issueInvite(now);
    // A user who already has a password gets a reset: it stays valid until they set the new one.
    const purpose = target.activated ? 'reset' : 'activate';
    await runBatch(db, [
      ...inviteStatements(db, issued, userId, purpose, actor.userId, now),
      auditStatement(actor, { action: 'user.invite', resourceType: 'user', resourceId: userId, after: { purpose, expiresAt: issued.expiresAt } }),
    ]);
    return c.json({ code: issued.code, link: inviteLink(new URL(c.req.url).origin, issued.code), expiresAt: issued.expiresAt, purpose } satisfies InviteCreated, 201);
  })
  .delete('/users/:userId/sessions', validate('param', UserParam), async (c) => {
    const { userId } = c.req.valid('param');
    const actor = authorize(c, 'user.revokeSessions', { user: { id: userId } });
    const db = database(c.env.DB);
    await findUser(db, userId);
    const [revoked] = await runBatch(db, [
      revokeSessions(db, userId, new Date().toISOString()),
      auditStatement(actor, { action: 'user.revokeSessions', resourceType: 'user', resourceId: userId }),
    ]);
    return c.json({ revoked: revoked!.meta.changes });
  });
