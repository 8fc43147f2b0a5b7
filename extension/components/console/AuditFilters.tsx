/** The audit page's filters, applied together when the administrator asks: action (with quick choices such
 * as failed sign-ins), user id, resource type and id, client address, round and a range of days. */
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { actionLabel, quickActions } from '../../lib/audit-actions';

/** The filters as the form holds them; empty strings are left out of the query. */
export type AuditFilterValues = { action: string; userId: string; resourceType: string; resourceId: string; clientIp: string; roundId: string; fromDay: string; toDay: string };

export const noAuditFilters: AuditFilterValues = { action: '', userId: '', resourceType: '', resourceId: '', clientIp: '', roundId: '', fromDay: '', toDay: '' };

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
  const field = (key: keyof AuditFilterValues, label: string, type = 'text') => (
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
      <div class="row filters">
        {field('action', i18n.t('console.audit.action'))}
        {field('userId', i18n.t('console.audit.userId'))}
        {field('resourceType', i18n.t('console.audit.resourceType'))}
        {field('resourceId', i18n.t('console.audit.resourceId'))}
        {field('clientIp', i18n.t('console.audit.clientIp'))}
        {field('roundId', i18n.t('console.audit.roundId'))}
        {field('fromDay', i18n.t('console.audit.fromDay'), 'date')}
        {field('toDay', i18n.t('console.audit.toDay'), 'date')}
      </div>
      <div class="row">
        <button type="submit" class="primary">{i18n.t('console.audit.apply')}</button>
        <button type="button" onClick={() => (setValues(noAuditFilters), onApply(noAuditFilters))}>{i18n.t('console.audit.clear')}</button>
      </div>
    </form>
  );
}
