// The side panel: one enterprise's whole evaluation state in a round, in one request. Polls send the
// ETag back; while nothing changed they get a 304 before anything but the version is read.
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { database } from '../db/client';
import { buildPanelState } from '../domain/panel-state';
import type { AppEnv } from '../env';
import { roleInRound } from '../policy/actor';
import { allows, authorize } from '../policy/authorize';
import { matchesEtag, panelVersion, readPanelRows } from '../queries/panel';
import { findEnrolledEnterprise, findRound } from '../queries/rounds';
import { validate } from '../validate';

/** The panel is personal and changes under the reader: never stored by a cache, always asked again. */
const headers = (etag: string) => ({ etag, 'cache-control': 'private, no-cache' });

export const panelRoutes = new Hono<AppEnv>().get(
  '/rounds/:roundId/enterprises/:enterpriseId/panel',
  validate('param', z.object({ roundId: IdParam, enterpriseId: IdParam })),
  async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const enterprise = await findEnrolledEnterprise(db, round.id, c.req.valid('param').enterpriseId);
    const actor = authorize(c, 'panel.read', { round, enterprise });
    const reader = { userId: actor.userId, role: roleInRound(actor, round.id) };
    const today = new Date().toISOString().slice(0, 10);
    const key = { roundId: round.id, enterpriseId: enterprise.id };

    const version = await panelVersion(db, key, reader, today);
    if (matchesEtag(c.req.header('if-none-match'), version)) return c.body(null, 304, headers(version));

    const rows = await readPanelRows(db, actor, { ...key, frameworkId: round.framework.id, expertId: reader.role === 'expert' ? actor.userId : null });
    const state = buildPanelState({ version, today, round, enterprise, reader, rows, allows: (action, subject) => allows(c, action, subject) });
    return c.json(state, 200, headers(version));
  },
);
