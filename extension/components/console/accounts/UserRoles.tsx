/** A person's roles, one line per round they take part in: the round's name, the role and what it is bound to. */
import { i18n } from '../../../lib/ports/messages';
import type { Membership } from '../../../../shared/schemas/auth';
import type { Round } from '../../../../shared/schemas/round';
import { localized } from '../../../lib/locale';

export type UserRolesProps = { memberships: Membership[]; rounds: Round[] };

export function UserRoles({ memberships, rounds }: UserRolesProps) {
  if (memberships.length === 0) return <span class="muted">{i18n.t('console.accounts.noRole')}</span>;
  const roundName = (id: number) => {
    const round = rounds.find((r) => r.id === id);
    return round ? localized(round.name) : `#${id}`;
  };
  return (
    <ul class="user-roles" data-testid="user-roles">
      {memberships.map((m) => (
        <li key={m.roundId} data-round-id={m.roundId} data-role={m.role}>
          {roundName(m.roundId)}: {i18n.t(`console.role.${m.role}`)}
          {(m.street ?? m.bureau) && <span class="muted"> · {m.street ?? m.bureau}</span>}
        </li>
      ))}
    </ul>
  );
}
