// The side panel: one enterprise's whole evaluation state in a round, in one request. Polls send the
// ETag back; while nothing changed they get a 304 after one statement.
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { database } from '../db/client';
import { buildPanelState } from '../domain/panel-state';
import type { AppEnv } from '../env';
import { roleInRound } from '../policy/actor';
import { allows, authorize, namesEvaluators, requireActor } from '../policy/authorize';
import { blindExpert } from '../policy/scope';
import { findPanelSubject, matchesEtag, panelEtag, readPanelRows } from '../queries/panel';
import { today } from '../today';
import { validate } from '../validate';

/** The panel is personal and changes under the reader: never stored by a cache, always asked again. */
const headers = (etag: string) => ({ etag, 'cache-control': 'private, no-cache' });

export const panelRoutes = new Hono<AppEnv>().get(
  '/rounds/:roundId/enterprises/:enterpriseId/panel',
  validate('param', z.object({ roundId: IdParam, enterpriseId: IdParam })),
  async (c) => {
    const db = database(c.env.DB);
    const { roundId, enterpriseId } = c.req.valid('param');
    const subject = await findPanelSubject(db, roundId, enterpriseId, requireActor(c).userId);
    const actor = authorize(c, 'panel.read', subject);
    const reader = { userId: actor.userId, role: roleInRound(actor, roundId), blind: blindExpert(actor, subject.round) !== null };
    const day = today();
    const version = panelEtag(subject, reader, day);
    if (matchesEtag(c.req.header('if-none-match'), version)) return c.body(null, 304, headers(version));

    const rows = await readPanelRows(db, actor, subject, reader.role === 'expert' ? actor.userId : null);
    const evaluatorNames = namesEvaluators(c, subject.round, rows.settings);
    const state = buildPanelState({ version, today: day, subject, reader, rows, evaluatorNames, allows: (action, what) => allows(c, action, what) });
    return c.json(state, 200, headers(version));
  },
);
