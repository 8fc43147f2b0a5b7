// Who may see and change the roles people hold in a round: admins, while the round is not closed.
import { all, allow, deny, notClosed, whileRound, type Rule } from './common';

export const memberRules = {
  'member.read': (actor) => (actor.isAdmin ? allow : deny('Only administrators see the members of a round')),
  // A closed round is a record: nobody changes who took part in it.
  'member.manage': all(
    (actor) => (actor.isAdmin ? allow : deny('Only administrators give roles in a round')),
    whileRound(notClosed, 'Changing the roles of a round'),
  ),
} satisfies Record<string, Rule>;
