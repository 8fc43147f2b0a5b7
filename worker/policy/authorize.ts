// Route-side helpers: ask the policy, and turn a denial into the API's 401/403.
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import type { Actor } from './actor';
import { decide, type Action, type SubjectOf } from './decide';

export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw new ApiError(401, 'unauthenticated', 'Sign in to continue');
  return actor;
}

/** Whether the policy allows `action` on `subject`: for the parts of an answer some readers may not see. */
export const allows = <A extends Action>(c: Context<AppEnv>, action: A, subject: SubjectOf<A>): boolean => decide(c.get('actor'), action, subject).allow;

/** Throws unless the policy allows `action` on `subject`; returns the actor it allowed. */
export function authorize<A extends Action>(c: Context<AppEnv>, action: A, subject: SubjectOf<A>): Actor {
  const decision = decide(c.get('actor'), action, subject);
  if (!decision.allow) {
    throw new ApiError(decision.status, decision.status === 401 ? 'unauthenticated' : 'forbidden', decision.reason);
  }
  return requireActor(c);
}

/** Whether the reader may learn which evaluator did something in `round` (score.readEvaluatorNames), by the framework's settings. */
export const namesEvaluators = (c: Context<AppEnv>, round: SubjectOf<'score.readEvaluatorNames'>['round'], settings: { showExpertNames: boolean }) =>
  allows(c, 'score.readEvaluatorNames', { round, framework: { status: 'published', showExpertNames: settings.showExpertNames } });
