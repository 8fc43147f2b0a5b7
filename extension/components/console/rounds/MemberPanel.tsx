/** Who takes part in the round and in which role (a street's coordinator, a bureau's expert, a reviewer, an
 * enterprise's staff), with giving, changing and removing roles and inviting new people. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Member } from '../../../../shared/schemas/members';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import type { Failure } from '../../../lib/result';
import { useLoad } from '../../../lib/use-load';
import { ConfirmButton } from '../../ConfirmButton';
import { ErrorNote } from '../../ErrorNote';
import { LoadState } from '../common/LoadState';
import { MemberForm } from './MemberForm';
import { UserCreateForm } from '../accounts/UserCreateForm';

const binding = (m: Member) => m.street ?? m.bureau ?? m.enterprise?.name ?? '';

export function MemberPanel({ round }: { round: Round }) {
  const members = useLoad(() => request((api) => api.api.v1.rounds[':roundId'].members.$get({ param: { roundId: String(round.id) }, query: { limit: '500' } })), [round.id]);
  const [error, setError] = useState<Failure | null>(null);
  const remove = async (userId: number) => {
    const done = await request((api) => api.api.v1.rounds[':roundId'].members[':userId'].$delete({ param: { roundId: String(round.id), userId: String(userId) } }));
    if (!done.ok) return setError(done.error);
    members.reload();
  };
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{i18n.t('console.members.title')}</h2>
      <LoadState loaded={members} />
      {error && <ErrorNote error={error} />}
      {members.value && (
        <table class="data" data-testid="member-list">
          <thead>
            <tr>
              <th>{i18n.t('console.members.person')}</th>
              <th>{i18n.t('console.members.role')}</th>
              <th>{i18n.t('console.members.binding')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {members.value.items.map((m) => (
              <tr key={m.user.id} data-login={m.user.login}>
                <td>{m.user.displayName} <span class="code">{m.user.login}</span></td>
                <td>{i18n.t(`console.role.${m.role}`)}</td>
                <td>{binding(m)}</td>
                <td><ConfirmButton label={i18n.t('console.members.remove')} question={i18n.t('console.members.removeQuestion')} onConfirm={() => void remove(m.user.id)} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MemberForm round={round} members={members.value?.items ?? []} onSaved={members.reload} />
      <UserCreateForm />
    </section>
  );
}
