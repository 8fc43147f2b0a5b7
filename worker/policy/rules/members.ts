// Who may see and change the roles people hold in a round: admins, while the round is not closed.
import { allow, deny, type Rule } from './common';

export const memberRules = {
  'member.read': (actor) => (actor.isAdmin ? allow : deny('Only administrators see the members of a round')),
  'member.manage': (actor, { round }) => {
    if (!actor.isAdmin) return deny('Only administrators give roles in a round');
    // A closed round is a record: nobody changes who took part in it.
    return round.status === 'closed' ? deny('A closed round is read-only') : allow;
  },
} satisfies Record<string, Rule>;
