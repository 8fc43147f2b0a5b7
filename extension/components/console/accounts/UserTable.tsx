/** The accounts, searched by login or name, sorted and paged by the worker, each with its state and actions. */
import { i18n } from '../../../lib/ports/messages';
import { SEARCH_TEXT_MAX } from '../../../../shared/schemas/values';
import type { Round } from '../../../../shared/schemas/round';
import { UserListQuery, type User } from '../../../../shared/schemas/users';
import { request } from '../../../lib/api';
import { formatDateTime } from '../../../lib/locale';
import { useCursorPages } from '../../../lib/use-cursor-pages';
import { useLoad } from '../../../lib/use-load';
import { useQueryState, useQueryText } from '../../../lib/use-query-state';
import { UserRoleFilter, roleQuery, type RoleFilter } from './UserRoleFilter';
import { UserRoles } from './UserRoles';
import { LoadState } from '../common/LoadState';
import { Pager } from '../common/Pager';
import { SortHeader } from '../common/SortHeader';
import { UserActions } from './UserActions';

const PAGE = 50;
/** The search and the role filter in the URL (`?q=wang&role=expert&roundId=2`), read as the worker reads them. */
const accountsQuery = UserListQuery.pick({ q: true, role: true, roundId: true, sort: true }).shape;

/** What the state column says: disabled first, then whether the invitation was accepted. */
const stateOf = (user: User) =>
  user.disabled ? i18n.t('console.users.stateDisabled') : user.activated ? i18n.t('console.users.stateActive') : i18n.t('console.users.statePending');

export function UserTable({ generation, rounds }: { generation: number; rounds: Round[] }) {
  const [{ q, role, roundId, sort }, setQuery] = useQueryState(accountsQuery);
  const [text, setText] = useQueryText(q, (typed) => setQuery({ q: typed }, { replace: true }));
  const filter: RoleFilter = { role: role ?? null, roundId: roundId ?? null };
  const pages = useCursorPages([q, role, roundId, sort, generation]);
  const cursor = pages.cursor;
  const page = useLoad(
    () => request((api) => api.api.v1.users.$get({ query: { sort, limit: String(PAGE), ...(q && { q }), ...roleQuery(filter), ...(cursor && { cursor }) } })),
    [q, role, roundId, sort, cursor, generation],
  );
  const rows = page.value?.items ?? [];
  return (
    <div>
      <div class="row filters">
        <input type="search" maxLength={SEARCH_TEXT_MAX} aria-label={i18n.t('console.users.search')} placeholder={i18n.t('console.users.search')} data-testid="user-search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <UserRoleFilter filter={filter} rounds={rounds} onChange={(chosen) => setQuery({ role: chosen.role ?? undefined, roundId: chosen.roundId ?? undefined })} />
      </div>
      {page.error && <LoadState loaded={page} />}
      <table class="data" data-testid="user-table" aria-busy={page.loading}>
        <thead>
          <tr>
            <SortHeader label={i18n.t('options.login')} active={sort === 'login'} direction="asc" onSort={() => setQuery({ sort: 'login' })} />
            <SortHeader label={i18n.t('console.users.displayName')} active={sort === 'name'} direction="asc" onSort={() => setQuery({ sort: 'name' })} />
            <th>{i18n.t('console.accounts.roles')}</th>
            <th>{i18n.t('console.users.state')}</th>
            <SortHeader label={i18n.t('console.users.createdAt')} active={sort === 'created'} direction="asc" onSort={() => setQuery({ sort: 'created' })} />
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr key={u.id} data-user-id={u.id} data-state={u.disabled ? 'disabled' : u.activated ? 'active' : 'pending'}>
              <td class="code">{u.login}</td>
              <td>{u.displayName}{u.isAdmin && <span class="muted"> · {i18n.t('console.users.admin')}</span>}</td>
              <td><UserRoles memberships={u.memberships} rounds={rounds} /></td>
              <td>{stateOf(u)}</td>
              <td class="muted">{formatDateTime(u.createdAt)}</td>
              <td><UserActions user={u} onChanged={page.reload} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.value && <Pager pages={pages} nextCursor={page.value.nextCursor} empty={rows.length === 0} total={page.value.total} pageSize={PAGE} />}
    </div>
  );
}
