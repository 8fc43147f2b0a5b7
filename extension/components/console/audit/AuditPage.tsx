/** The audit trail for administrators: entries newest first, filtered, and more loaded by cursor at the foot beside how many match. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { AuditQuery } from '../../../../shared/schemas/audit';
import { CalendarDate } from '../../../../shared/schemas/common';
import { request } from '../../../lib/api';
import { useLoad } from '../../../lib/use-load';
import { useQueryState } from '../../../lib/use-query-state';
import { AuditEntryRow } from './AuditEntryRow';
import { AuditFilters, auditQueryOf, noAuditFilters, type AuditFilterValues } from './AuditFilters';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';
import { totalText } from '../common/Pager';

const PAGE = 50;
/** The applied filters in the URL, but the user: the form shows a chosen user by name, which a link would not carry. */
const auditUrlQuery = { ...AuditQuery.pick({ action: true, resourceType: true, resourceId: true, clientIp: true, roundId: true }).shape, fromDay: CalendarDate.optional(), toDay: CalendarDate.optional() };
const urlKeys = Object.keys(auditUrlQuery) as (keyof typeof auditUrlQuery)[];

export function AuditPage() {
  const [inUrl, setInUrl] = useQueryState(auditUrlQuery);
  const [userId, setUserId] = useState('');
  const filters: AuditFilterValues = { ...noAuditFilters, userId };
  for (const key of urlKeys) filters[key] = inUrl[key] === undefined ? '' : String(inUrl[key]);
  const apply = (applied: AuditFilterValues) => {
    setUserId(applied.userId);
    // The form's strings, read as the URL reads them (an empty field is no filter).
    setInUrl(Object.fromEntries(urlKeys.map((key) => [key, auditUrlQuery[key].safeParse(applied[key] || undefined).data])));
  };
  const query = auditQueryOf(filters);
  return (
    <section>
      <PageHeader title={i18n.t('console.audit.title')} subtitle={i18n.t('console.audit.subtitle')} />
      <AuditFilters applied={filters} onApply={apply} />
      {/* Keyed by the query, so other filters start again from the newest entry. */}
      <AuditList key={JSON.stringify(query)} query={query} />
    </section>
  );
}

function AuditList({ query }: { query: Record<string, string> }) {
  // The cursors of the pages loaded so far; each page loads itself, the last one offers the next.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return (
    <table class="data" data-testid="audit-table">
      <thead>
        <tr>
          <th>{i18n.t('console.audit.at')}</th>
          <th>{i18n.t('console.audit.who')}</th>
          <th>{i18n.t('console.audit.role')}</th>
          <th>{i18n.t('console.audit.action')}</th>
          <th>{i18n.t('console.audit.resource')}</th>
          <th>{i18n.t('console.audit.change')}</th>
        </tr>
      </thead>
      {cursors.map((cursor, index) => (
        <AuditChunk key={cursor ?? ''} query={query} cursor={cursor} first={index === 0} last={index === cursors.length - 1} onMore={(next) => setCursors((c) => [...c, next])} />
      ))}
    </table>
  );
}

type AuditChunkProps = { query: Record<string, string>; cursor: string | undefined; first: boolean; last: boolean; onMore: (cursor: string) => void };

function AuditChunk({ query, cursor, first, last, onMore }: AuditChunkProps) {
  const page = useLoad(() => request((api) => api.api.v1.audit.$get({ query: { ...query, limit: String(PAGE), ...(cursor && { cursor }) } })), [JSON.stringify(query), cursor]);
  const items = page.value?.items ?? [];
  const next = page.value?.nextCursor;
  const foot = (children: ComponentChildren) => (
    <tr>
      <td colSpan={6}>{children}</td>
    </tr>
  );
  return (
    <tbody aria-busy={page.loading}>
      {items.map((entry) => (
        <AuditEntryRow key={entry.id} entry={entry} />
      ))}
      {!page.value && foot(<LoadState loaded={page} />)}
      {first && page.value && items.length === 0 && foot(<p class="muted">{i18n.t('console.common.nothingFound')}</p>)}
      {last && page.value && items.length > 0 && foot(
        <div class="row">
          <span class="muted" data-testid="list-total">{totalText(page.value.total, true)}</span>
          {next && <button type="button" onClick={() => onMore(next)} data-testid="audit-more">{i18n.t('console.audit.more')}</button>}
        </div>,
      )}
    </tbody>
  );
}
