/** Narrows the accounts list to those holding a role, in one round or in any. */
import { i18n } from '../../../lib/ports/messages';
import { Role } from '../../../../shared/schemas/auth';
import type { Round } from '../../../../shared/schemas/round';
import { localized } from '../../../lib/locale';

export type RoleFilter = { role: Role | null; roundId: number | null };

export type UserRoleFilterProps = { filter: RoleFilter; rounds: Round[]; onChange: (filter: RoleFilter) => void };

export function UserRoleFilter({ filter, rounds, onChange }: UserRoleFilterProps) {
  return (
    <>
      <select aria-label={i18n.t('console.accounts.roleFilter')} data-testid="user-role-filter" value={filter.role ?? ''} onChange={(e) => onChange({ ...filter, role: (e.currentTarget.value || null) as Role | null })}>
        <option value="">{i18n.t('console.accounts.anyRole')}</option>
        {Role.options.map((r) => <option key={r} value={r}>{i18n.t(`console.role.${r}`)}</option>)}
      </select>
      {/* Administrators hold their role in no round. */}
      {filter.role !== 'admin' && (
        <select aria-label={i18n.t('console.accounts.roundFilter')} data-testid="user-round-filter" value={filter.roundId ?? ''} onChange={(e) => onChange({ ...filter, roundId: e.currentTarget.value ? Number(e.currentTarget.value) : null })}>
          <option value="">{i18n.t('console.accounts.anyRound')}</option>
          {rounds.map((r) => <option key={r.id} value={r.id}>{localized(r.name)}</option>)}
        </select>
      )}
    </>
  );
}
/** The list query's part for the filter: a round (any role in it, or the role chosen) unless the role is admin. */
export const roleQuery = ({ role, roundId }: RoleFilter) => ({ ...(role && { role }), ...(role !== 'admin' && roundId && { roundId: String(roundId) }) });
