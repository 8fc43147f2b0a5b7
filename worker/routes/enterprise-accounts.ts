// Enterprise staff accounts in bulk for a round: POST …/enterprise-accounts creates the scope's accounts (from
// the registry's contacts) and enterprise roles chunk by chunk, skipping those that exist, and answers the
// progress (repeat with `after` until `next` is null); POST …/enterprise-accounts/invitations hands out new
// invitation codes for those who have not set a password yet, as CSV, XLSX or data for a printable page per street.
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import {
  ACCOUNTS_CHUNK,
  EnterpriseAccountsRequest,
  InvitationSheetRequest,
  MAX_INVITATION_SHEET,
  type EnterpriseAccountsProgress,
} from '../../shared/schemas/enterprise-accounts';
import { inviteLink } from '../../shared/domain/invite-code';
import { issueInvite } from '../auth/invites';
import { runBatch } from '../db/batch';
import { database } from '../db/client';
import { accountPlan, enterpriseAccountName, enterpriseLogin, invitationSheet, invitationTable } from '../domain/enterprise-accounts';
import { csvOf } from '../domain/export-table';
import { xlsxOf } from '../domain/export-xlsx';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { authorize } from '../policy/authorize';
import { accountChunk, accountsAwaitingPassword, accountStatements, bulkInviteStatements, codesNotEnrolled } from '../queries/enterprise-accounts';
import { findRound } from '../queries/rounds';
import { validate } from '../validate';

const RoundParam = z.object({ roundId: IdParam });

const contentTypes = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

export const enterpriseAccountRoutes = new Hono<AppEnv>()
  .post('/rounds/:roundId/enterprise-accounts', validate('param', RoundParam), validate('json', EnterpriseAccountsRequest), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'enterpriseAccounts.manage', { round });
    const { scope, after } = c.req.valid('json');
    const chunk = await accountChunk(db, round.id, scope, after ?? 0, ACCOUNTS_CHUNK, enterpriseLogin);
    const planned = chunk.enterprises.map((e) => ({ e, plan: accountPlan(e) }));
    const accounts = planned
      .filter(({ plan }) => plan !== 'skip')
      .map(({ e, plan }) => ({ enterpriseId: e.enterpriseId, login: enterpriseLogin(e.creditCode), displayName: enterpriseAccountName(e.name, e.contactName), create: plan === 'create' }));
    await runBatch(db, accountStatements(actor, round.id, accounts));
    const count = (plan: string) => planned.filter((p) => p.plan === plan).length;
    const progress: EnterpriseAccountsProgress = {
      total: chunk.total,
      done: chunk.done,
      created: count('create'),
      rolesGiven: count('give_role'),
      skipped: count('skip'),
      next: chunk.enterprises.length === ACCOUNTS_CHUNK && chunk.done < chunk.total ? chunk.last : null,
      // Said once, with the first chunk: which pasted codes the run will not reach.
      ...(scope.by === 'codes' && after === undefined && { notEnrolled: await codesNotEnrolled(db, round.id, scope.creditCodes) }),
    };
    return c.json(progress);
  })
  .post('/rounds/:roundId/enterprise-accounts/invitations', validate('param', RoundParam), validate('json', InvitationSheetRequest), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'enterpriseAccounts.manage', { round });
    const { scope, format } = c.req.valid('json');
    const accounts = await accountsAwaitingPassword(db, round.id, scope, MAX_INVITATION_SHEET + 1);
    if (accounts.length > MAX_INVITATION_SHEET) {
      throw new ApiError(400, 'selection_too_large', `More than ${MAX_INVITATION_SHEET} accounts wait for a password: ask for a street or a selection at a time`);
    }
    const now = new Date();
    const issued = await Promise.all(accounts.map(async (a) => ({ account: a, invite: await issueInvite(now) })));
    const expiresAt = issued[0]?.invite.expiresAt ?? new Date(now.getTime()).toISOString();
    await runBatch(db, bulkInviteStatements(actor, round.id, issued.map(({ account, invite }) => ({ userId: account.userId, codeHash: invite.codeHash })), expiresAt, now.toISOString()));
    const sheet = invitationSheet(
      issued.map(({ account: a, invite }) => ({
        enterprise: { id: a.enterpriseId, name: a.name, creditCode: a.creditCode, street: a.street },
        contactName: a.contactName,
        contactPhone: a.contactPhone,
        login: a.login,
        code: invite.code,
        link: inviteLink(new URL(c.req.url).origin, invite.code),
      })),
      expiresAt,
    );
    // Codes are shown once: nothing may keep a copy on the way.
    c.header('cache-control', 'private, no-store');
    if (format === 'json') return c.json(sheet, 201);
    c.header('content-type', contentTypes[format]);
    c.header('content-disposition', `attachment; filename="round-${round.id}-invitations.${format}"`);
    const table = invitationTable(sheet);
    return format === 'csv' ? c.body(csvOf(table), 201) : c.body(await xlsxOf(table), 201);
  });
