// Which parts of the console a user sees: everything for administrators; in a round, what their role
// there lets them read (the worker's policy decides again on every request).
import type { Me } from '../../shared/schemas/auth';
import type { Round } from '../../shared/schemas/round';
import type { RoundPage, RoundSection } from './console-route';

export type Section = 'frameworks' | 'enterprises' | 'rounds';

/** The sections outside any round. */
export const globalSections = (me: Me): Section[] => (me.isAdmin ? ['frameworks', 'enterprises', 'rounds'] : []);

const published = (round: Round) => round.status === 'published' || round.status === 'closed';

/** The pages of `round` this user may open, in the order the navigation lists them. */
export function roundPages(me: Me, round: Round): RoundSection[] {
  if (me.isAdmin) return ['round', 'assignments', 'progress', 'results', 'rectifications', 'requests', 'quality'];
  const role = me.memberships.find((m) => m.roundId === round.id)?.role;
  switch (role) {
    case 'coordinator':
    case 'reviewer':
      return ['progress', 'results', ...(published(round) ? (['rectifications'] as const) : []), 'requests', 'quality'];
    case 'expert':
      // Blind scoring: experts read the computed results once the round is published.
      return ['progress', ...(published(round) ? (['results'] as const) : []), 'requests'];
    case 'enterprise':
      return ['my-enterprise', 'requests'];
    default:
      return [];
  }
}

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
  const role = me.memberships.find((m) => m.roundId === round.id)?.role;
  if (role === 'coordinator') return ['results', 'evidence'];
  if (role === 'enterprise') return published(round) ? ['results', 'scores', 'evidence'] : ['evidence'];
  // Blind scoring: experts download the computed results once the round is published.
  if (role === 'expert' && !published(round)) return ['scores', 'evidence'];
  return role ? ['results', 'scores', 'evidence'] : [];
}
