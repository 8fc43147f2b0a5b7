/** The audit page's filters, applied together when the administrator asks: the action and the kind of resource
 * chosen from the lists the worker writes (with quick choices such as failed sign-ins), the user found by login or
 * name, the resource id, client address, round and a range of days (in the shown time zone). */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { User } from '../../../../shared/schemas/users';
import { request } from '../../../lib/api';
import { auditResourceTypes } from '../../../../shared/audit-actions';
import { actionGroups, actionLabel, quickActions, resourceLabel } from '../../../lib/audit-actions';
import { dayStart } from '../../../lib/locale';
import { ok } from '../../../lib/result';
import { SearchChoice } from '../common/SearchChoice';

/** The filters as the form holds them; empty strings are left out of the query. */
export type AuditFilterValues = { action: string; userId: string; resourceType: string; resourceId: string; clientIp: string; roundId: string; fromDay: string; toDay: string };

export const noAuditFilters: AuditFilterValues = { action: '', userId: '', resourceType: '', resourceId: '', clientIp: '', roundId: '', fromDay: '', toDay: '' };

/** Accounts whose login or name holds `q`, for choosing whose entries to read. */
async function searchUsers(q: string) {
  const found = await request((api) => api.api.v1.users.$get({ query: { q, limit: '20' } }));
  return found.ok ? ok(found.value.items) : found;
}

/** The query the worker takes: days are days in the shown time zone, `to` the start of the day after the last one. */
export function auditQueryOf(f: AuditFilterValues): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of ['action', 'userId', 'resourceType', 'resourceId', 'clientIp', 'roundId'] as const) if (f[key].trim()) query[key] = f[key].trim();
  if (f.fromDay) query.from = dayStart(f.fromDay);
  if (f.toDay) query.to = dayStart(f.toDay, 1);
  return query;
}

export type AuditFiltersProps = { onApply: (filters: AuditFilterValues) => void; applied?: AuditFilterValues };

/** `applied`: the filters shown (from the URL); the form follows them when they change (back, forward), keeping the chosen user. */
export function AuditFilters({ onApply, applied = noAuditFilters }: AuditFiltersProps) {
  const [values, setValues] = useState(applied);
  useEffect(() => setValues((v) => ({ ...applied, userId: v.userId })), [JSON.stringify(applied)]);
  const [user, setUser] = useState<User | null>(null);
  const chooseUser = (chosen: User | null) => (setUser(chosen), setValues((v) => ({ ...v, userId: chosen ? String(chosen.id) : '' })));
  const set = (key: keyof AuditFilterValues, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const field = (key: Exclude<keyof AuditFilterValues, 'userId' | 'action' | 'resourceType'>, label: string, type = 'text') => (
    <label>
      {label}
      <input type={type} name={key} value={values[key]} onInput={(e) => set(key, e.currentTarget.value)} />
    </label>
  );
  const quick = (action: string) => {
    const next = { ...values, action };
    setValues(next);
    onApply(next);
  };
  return (
    <form class="panel audit-filters" onSubmit={(e) => (e.preventDefault(), onApply(values))}>
      <div class="row">
        {quickActions.map((action) => (
          <button key={action} type="button" aria-pressed={values.action === action} onClick={() => quick(action)} data-action={action}>{actionLabel(action)}</button>
        ))}
      </div>
      <SearchChoice id="audit-user" label={i18n.t('console.audit.user')} chosen={user} search={searchUsers} describe={(u) => `${u.displayName} (${u.login})`} onChoose={chooseUser} />
      <div class="row filters">
        <label>
          {i18n.t('console.audit.action')}
          <select name="action" value={values.action} onChange={(e) => set('action', e.currentTarget.value)}>
            <option value="">{i18n.t('audit.anyAction')}</option>
            {actionGroups().map(({ resourceType, actions }) => (
              <optgroup key={resourceType} label={resourceLabel(resourceType)}>
                {actions.map((action) => <option key={action} value={action}>{actionLabel(action)}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          {i18n.t('console.audit.resourceType')}
          <select name="resourceType" value={values.resourceType} onChange={(e) => set('resourceType', e.currentTarget.value)}>
            <option value="">{i18n.t('audit.anyResource')}</option>
            {auditResourceTypes.map((type) => <option key={type} value={type}>{resourceLabel(type)}</option>)}
          </select>
        </label>
        {field('resourceId', i18n.t('console.audit.resourceId'))}
        {field('clientIp', i18n.t('console.audit.clientIp'))}
        {field('roundId', i18n.t('console.audit.roundId'), 'number')}
        {field('fromDay', i18n.t('console.audit.fromDay'), 'date')}
        {field('toDay', i18n.t('console.audit.toDay'), 'date')}
      </div>
      <div class="row">
        <button type="submit" class="primary">{i18n.t('console.audit.apply')}</button>
        <button type="button" onClick={() => (setValues(noAuditFilters), setUser(null), onApply(noAuditFilters))}>{i18n.t('console.audit.clear')}</button>
      </div>
    </form>
  );
}
