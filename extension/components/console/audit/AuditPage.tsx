/** The audit trail for administrators: entries newest first, filtered, and more loaded by cursor at the foot. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { request } from '../../../lib/api';
import { useLoad } from '../../../lib/use-load';
import { AuditEntryRow } from './AuditEntryRow';
import { AuditFilters, auditQueryOf, noAuditFilters, type AuditFilterValues } from './AuditFilters';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';

const PAGE = 50;

export function AuditPage() {
  const [filters, setFilters] = useState<AuditFilterValues>(noAuditFilters);
  const query = auditQueryOf(filters);
  return (
    <section>
      <PageHeader title={i18n.t('console.audit.title')} subtitle={i18n.t('console.audit.subtitle')} />
      <AuditFilters onApply={setFilters} />
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
      {last && next && foot(<button type="button" onClick={() => onMore(next)} data-testid="audit-more">{i18n.t('console.audit.more')}</button>)}
    </tbody>
  );
}
