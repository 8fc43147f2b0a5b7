// An enterprise's published result explained: per indicator the consensus, its rubric level, the experts'
// rationales (without names unless the framework shows them), the evidence cited and any settlement's reason,
// with the adjustment lines. For the enterprise itself and the evaluators, once the round is published.
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { database } from '../db/client';
import { buildExplanation } from '../domain/explanation';
import type { AppEnv } from '../env';
import { authorize, namesEvaluators } from '../policy/authorize';
import { listEnterpriseEvidence } from '../queries/evidence';
import { pinnedFramework } from '../queries/pinned-framework';
import { enterpriseResultDetail } from '../queries/results-detail';
import { findEnrolment } from '../queries/panel';
import { toIndicatorNode } from '../queries/rounds';
import { visibleScores } from '../queries/scores';
import { validate } from '../validate';

export const explanationRoutes = new Hono<AppEnv>().get(
  '/rounds/:roundId/enterprises/:enterpriseId/explanation',
  validate('param', z.object({ roundId: IdParam, enterpriseId: IdParam })),
  async (c) => {
    const db = database(c.env.DB);
    const { round, enterprise } = await findEnrolment(db, c.req.valid('param').roundId, c.req.valid('param').enterpriseId);
    const actor = authorize(c, 'explanation.read', { round, enterprise });
    const { tree, settings } = await pinnedFramework(db, round.framework.id);
    const evaluatorNames = namesEvaluators(c, round, settings);
    const [result, scores, evidence] = await Promise.all([
      enterpriseResultDetail(db, round, enterprise.id),
      visibleScores(db, actor, round, enterprise.id, { evaluatorNames }),
      listEnterpriseEvidence(db, round.id, enterprise.id, evaluatorNames),
    ]);
    return c.json(buildExplanation({ roundId: round.id, result, adjustments: result.adjustments, tree: tree.map(toIndicatorNode), scores, evidence, mandatoryFailRatio: settings.mandatoryFailRatio }));
  },
);
