/** Gives a person one role in the round, bound to what the role needs: a street, a bureau or an enrolled enterprise.
 * Changing someone's role names the version the list showed, so another admin's change meanwhile is a 409. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Member, MemberRole } from '../../../../shared/schemas/members';
import type { Round } from '../../../../shared/schemas/round';
import type { User } from '../../../../shared/schemas/users';
import { request } from '../../../lib/api';
import { ok, type Failure } from '../../../lib/result';
import { searchEnrolled } from '../../../lib/search-enrolled';
import { useStreets } from '../../../lib/use-streets';
import { SearchChoice } from '../common/SearchChoice';
import { FailureNote } from '../common/FailureNote';

type Role = MemberRole['role'];
type EnterpriseRef = { id: number; name: string };

export function MemberForm({ round, members, onSaved }: { round: Round; members: Member[]; onSaved: () => void }) {
  const [user, setUser] = useState<User | null>(null);
  const [role, setRole] = useState<Role>('expert');
  const [streetId, setStreetId] = useState('');
  const [bureau, setBureau] = useState('');
  const [enterprise, setEnterprise] = useState<EnterpriseRef | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const streets = useStreets();

  const searchUsers = async (q: string) => {
    const found = await request((api) => api.api.v1.users.$get({ query: { q } }));
    return found.ok ? ok(found.value.items.filter((u) => !u.isAdmin)) : found;
  };
  const body = (): MemberRole | null => {
    if (role === 'coordinator') return streetId ? { role, streetId: Number(streetId) } : null;
    if (role === 'expert') return bureau.trim() ? { role, bureau: bureau.trim() } : null;
    if (role === 'enterprise') return enterprise ? { role, enterpriseId: enterprise.id } : null;
    return { role };
  };
  /** The chosen person's role as the list shows it: changing it names its version. */
  const current = user ? members.find((m) => m.user.id === user.id) : undefined;
  const save = async (event: Event) => {
    event.preventDefault();
    const json = body();
    if (!user || !json) return;
    const saved = await request((api) =>
      api.api.v1.rounds[':roundId'].members[':userId'].$put({ param: { roundId: String(round.id), userId: String(user.id) }, json: { ...json, version: current?.version } }),
    );
    if (!saved.ok) {
      setError(saved.error);
      // Someone changed the role meanwhile: the list reloads to show it, and the next save names its version.
      if (saved.error.code === 'conflict') onSaved();
      return;
    }
    setError(null);
    setUser(null);
    onSaved();
  };

  return (
    <form class="panel" onSubmit={save} data-testid="member-form" aria-labelledby="member-form-title">
      <h3 id="member-form-title">{i18n.t('console.members.give')}</h3>
      <SearchChoice id="member-user" label={i18n.t('console.members.findUser')} chosen={user} search={searchUsers} describe={(u) => `${u.displayName} (${u.login})`} onChoose={setUser} />
      <label for="member-role">{i18n.t('console.members.role')}</label>
      <select id="member-role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
        {(['expert', 'reviewer', 'coordinator', 'enterprise'] as const).map((r) => (
          <option key={r} value={r}>{i18n.t(`console.role.${r}`)}</option>
        ))}
      </select>
      {role === 'coordinator' && (
        <>
          <label for="member-street">{i18n.t('console.enterprises.street')}</label>
          <select id="member-street" value={streetId} onChange={(e) => setStreetId(e.currentTarget.value)}>
            <option value="" />
            {streets.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </>
      )}
      {role === 'expert' && (
        <>
          <label for="member-bureau">{i18n.t('console.members.bureau')}</label>
          <input id="member-bureau" type="text" value={bureau} onInput={(e) => setBureau(e.currentTarget.value)} />
        </>
      )}
      {role === 'enterprise' && (
        <SearchChoice id="member-enterprise" label={i18n.t('console.members.enterprise')} chosen={enterprise} search={(q) => searchEnrolled(round.id, q)} describe={(e) => e.name} onChoose={setEnterprise} />
      )}
      {current && <p class="muted" data-testid="member-current">{i18n.t('console.members.current', [i18n.t(`console.role.${current.role}`)])}</p>}
      {error?.code === 'conflict' ? (
        <p class="error" role="alert" data-testid="member-conflict">{i18n.t('console.members.changedMeanwhile')}</p>
      ) : (
        error && <FailureNote error={error} />
      )}
      <button type="submit" class="primary" data-testid="give-role" disabled={!user || !body()}>{i18n.t('console.members.giveButton')}</button>
    </form>
  );
}
