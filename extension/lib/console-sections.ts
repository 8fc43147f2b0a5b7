// Which parts of the console a user sees: everything for administrators; in a round, what their role
// there lets them read (the worker's policy decides again on every request).
import type { Me } from '../../shared/schemas/auth';
import type { Round } from '../../shared/schemas/round';
import type { RoundPage, RoundSection } from './console-route';

export type Section = 'frameworks' | 'enterprises' | 'streets' | 'rounds' | 'users' | 'audit';

/** The sections outside any round. */
export const globalSections = (me: Me): Section[] => (me.isAdmin ? ['frameworks', 'enterprises', 'streets', 'rounds', 'users', 'audit'] : []);

const published = (round: Round) => round.status === 'published' || round.status === 'closed';

/** The pages of `round` this user may open, in the order the navigation lists them. */
export function roundPages(me: Me, round: Round): RoundSection[] {
  // Cases are made of published results; regular reports and freshness go on between rounds.
  const cases = published(round) ? (['cases'] as const) : [];
  const rectifications = published(round) ? (['rectifications'] as const) : [];
  // Bulk settling is for a round being scored or reviewed; the queue reads any round's open disagreements.
  // Accounts are made while the round is open (the policy's enterpriseAccounts.manage).
  const accounts = round.status === 'closed' ? [] : (['enterprise-accounts'] as const);
  if (me.isAdmin) return ['round', ...accounts, 'assignments', 'progress', 'review-queue', 'results', 'disagreements', 'rectifications', 'requests', 'quality', 'reports', ...cases, 'freshness', 'finder'];
  switch (roleIn(me, round.id)) {
    case 'coordinator':
      return ['progress', 'results', ...rectifications, 'requests', 'quality', 'reports', ...cases, 'freshness'];
    case 'reviewer':
      return ['progress', 'review-queue', 'results', 'disagreements', ...rectifications, 'requests', 'quality', 'freshness', 'finder'];
    case 'expert':
      // Blind scoring: experts read the computed results once the round is published. They read the
      // enterprises' regular reports to take items into the round as evidence.
      return ['progress', 'to-score', ...(published(round) ? (['results'] as const) : []), 'requests', 'reports', 'finder'];
    case 'enterprise':
      return ['my-enterprise', 'requests', 'reports', ...cases];
    default:
      return [];
  }
}

/** The user's role in a round (administrators hold none). */
export const roleIn = (me: Me, roundId: number) => me.memberships.find((m) => m.roundId === roundId)?.role;

/** The enterprise a user works for in a round, if they are its staff there. */
export const ownEnterpriseId = (me: Me, roundId: number) => me.memberships.find((m) => m.roundId === roundId && m.role === 'enterprise')?.enterpriseId ?? null;

/** Whether the navigation would lead this user to `page` of `round`; an enterprise's result and report
 * pages belong to the results (evaluators) and to the enterprise view (its own staff). */
export function mayOpen(me: Me, round: Round, page: RoundPage): boolean {
  const pages = roundPages(me, round);
  if (page === 'result' || page === 'report') return pages.includes('results') || pages.includes('my-enterprise');
  return (pages as RoundPage[]).includes(page);
}

/** The downloads this user may take of the round (the worker narrows each to their street or enterprise). */
export function exportDatasets(me: Me, round: Round): ('results' | 'scores' | 'evidence')[] {
  if (me.isAdmin) return ['results', 'scores', 'evidence'];
  const role = roleIn(me, round.id);
  if (role === 'coordinator') return ['results', 'evidence'];
  if (role === 'enterprise') return published(round) ? ['results', 'scores', 'evidence'] : ['evidence'];
  // Blind scoring: experts download the computed results once the round is published.
  if (role === 'expert' && !published(round)) return ['scores', 'evidence'];
  return role ? ['results', 'scores', 'evidence'] : [];
}
