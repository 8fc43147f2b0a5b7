/** The audit page's filters, applied together when the administrator asks: action (with quick choices such
 * as failed sign-ins), the user found by login or name, resource type and id, client address, round and a range of days. */
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { User } from '../../../shared/schemas/users';
import { request } from '../../lib/api';
import { actionLabel, quickActions } from '../../lib/audit-actions';
import { ok } from '../../lib/result';
import { SearchChoice } from './SearchChoice';

/** The filters as the form holds them; empty strings are left out of the query. */
export type AuditFilterValues = { action: string; userId: string; resourceType: string; resourceId: string; clientIp: string; roundId: string; fromDay: string; toDay: string };

export const noAuditFilters: AuditFilterValues = { action: '', userId: '', resourceType: '', resourceId: '', clientIp: '', roundId: '', fromDay: '', toDay: '' };

/** Accounts whose login or name holds `q`, for choosing whose entries to read. */
async function searchUsers(q: string) {
  const found = await request((api) => api.api.v1.users.$get({ query: { q, limit: '20' } }));
  return found.ok ? ok(found.value.items) : found;
}

/** The query the worker takes: days are local days, `to` the start of the day after the last one. */
export function auditQueryOf(f: AuditFilterValues): Record<string, string> {
  const start = (day: string, plusDays = 0) => {
    const date = new Date(`${day}T00:00:00`);
    date.setDate(date.getDate() + plusDays);
    return date.toISOString();
  };
  const query: Record<string, string> = {};
  for (const key of ['action', 'userId', 'resourceType', 'resourceId', 'clientIp', 'roundId'] as const) if (f[key].trim()) query[key] = f[key].trim();
  if (f.fromDay) query.from = start(f.fromDay);
  if (f.toDay) query.to = start(f.toDay, 1);
  return query;
}

export function AuditFilters({ onApply }: { onApply: (filters: AuditFilterValues) => void }) {
  const [values, setValues] = useState(noAuditFilters);
  const [user, setUser] = useState<User | null>(null);
  const chooseUser = (chosen: User | null) => (setUser(chosen), setValues((v) => ({ ...v, userId: chosen ? String(chosen.id) : '' })));
  const field = (key: Exclude<keyof AuditFilterValues, 'userId'>, label: string, type = 'text') => (
    <label>
      {label}
      <input type={type} name={key} value={values[key]} onInput={(e) => setValues((v) => ({ ...v, [key]: e.currentTarget.value }))} />
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
        {field('action', i18n.t('console.audit.action'))}
        {field('resourceType', i18n.t('console.audit.resourceType'))}
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
