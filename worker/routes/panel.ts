// The side panel: one enterprise's whole evaluation state in a round. A first load reads it in one D1 batch;
// a poll sends the ETag back and, while nothing changed, gets a 304 after one statement, else the rest in a
// second batch (ADR 007).
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { database } from '../db/client';
import { buildPanelState } from '../domain/panel-state';
import type { AppEnv } from '../env';
import { roleInRound } from '../policy/actor';
import { allows, authorize, namesEvaluators, requireActor } from '../policy/authorize';
import { blindExpert } from '../policy/scope';
import { matchesEtag, panelEtag, panelRowQueries, panelSubjectQuery, toPanelRows, toPanelSubject } from '../queries/panel';
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
    const viewer = requireActor(c);
    const expertId = roleInRound(viewer, roundId) === 'expert' ? viewer.userId : null;
    const conditional = c.req.header('if-none-match');
    const subjectQuery = panelSubjectQuery(db, roundId, enterpriseId, viewer.userId);
    // Without an ETag to compare, the rows come in the subject's batch: they are thrown away unless the policy allows.
    const [subjectRows, ...prefetched] = conditional
      ? [await subjectQuery]
      : await db.batch([subjectQuery, ...panelRowQueries(db, viewer, { roundId, enterpriseId, status: null, expertId })]);
    const subject = toPanelSubject(subjectRows, roundId, enterpriseId);
    const actor = authorize(c, 'panel.read', subject);
    const reader = { userId: actor.userId, role: roleInRound(actor, roundId), blind: blindExpert(actor, subject.round) !== null };
    const day = today();
    const version = panelEtag(subject, reader, day);
    if (matchesEtag(conditional, version)) return c.body(null, 304, headers(version));

    const results = prefetched.length > 0 ? prefetched : await db.batch(panelRowQueries(db, actor, { roundId, enterpriseId, status: subject.round.status, expertId }));
    const rows = await toPanelRows(db, subject.round.framework.id, expertId, results);
    const evaluatorNames = namesEvaluators(c, subject.round, rows.settings);
    const state = buildPanelState({ version, today: day, subject, reader, rows, evaluatorNames, allows: (action, what) => allows(c, action, what) });
    return c.json(state, 200, headers(version));
  },
);
