/** The registry as a table: search by name or credit code, filters, sorting by column and pages of 50, all
 * done by the worker (an index per sort key), so thousands of rows stay as quick as fifty; all but the page in the URL. */
import { i18n } from '../../../lib/ports/messages';
import { SEARCH_TEXT_MAX } from '../../../../shared/schemas/values';
import { industryCodes, type Industry } from '../../../../shared/industries';
import { EnterpriseListQuery, type Enterprise } from '../../../../shared/schemas/enterprise';
import { request } from '../../../lib/api';
import { industryLabel } from '../../../lib/labels';
import { useCursorPages } from '../../../lib/use-cursor-pages';
import { useLoad } from '../../../lib/use-load';
import { useQueryState, useQueryText } from '../../../lib/use-query-state';
import { LoadState } from '../common/LoadState';
import { Pager } from '../common/Pager';
import { SortHeader } from '../common/SortHeader';
import { StreetSelect } from '../common/StreetSelect';

export type EnterpriseTableProps = { generation: number; onEdit: (enterprise: Enterprise) => void };

type Sort = EnterpriseListQuery['sort'];
const PAGE = 50;
/** The table's search, filter and sort in the URL, read as the worker reads them. */
const registryQuery = EnterpriseListQuery.pick({ q: true, streetId: true, industry: true, sort: true, order: true }).shape;
const columns: { sort: Sort | null; label: () => string }[] = [
  { sort: 'name', label: () => i18n.t('console.enterprises.name') },
  { sort: 'creditCode', label: () => i18n.t('console.enterprises.creditCode') },
  { sort: 'street', label: () => i18n.t('console.enterprises.street') },
  { sort: 'industry', label: () => i18n.t('console.enterprises.industry') },
  { sort: null, label: () => i18n.t('console.enterprises.domains') },
];

export function EnterpriseTable({ generation, onEdit }: EnterpriseTableProps) {
  const [{ q, streetId, industry, sort: by, order }, setQuery] = useQueryState(registryQuery);
  const [text, setText] = useQueryText(q, (typed) => setQuery({ q: typed }, { replace: true }));
  const pages = useCursorPages([q, streetId, industry, by, order, generation]);
  const cursor = pages.cursor;

  const page = useLoad(
    () =>
      request((api) =>
        api.api.v1.enterprises.$get({
          query: { sort: by, order, limit: String(PAGE), ...(q && { q }), ...(streetId && { streetId: String(streetId) }), ...(industry && { industry }), ...(cursor && { cursor }) },
        }),
      ),
    [q, streetId, industry, by, order, cursor, generation],
  );

  const sortBy = (column: Sort) => setQuery({ sort: column, order: by === column && order === 'asc' ? 'desc' : 'asc' });
  const rows = page.value?.items ?? [];
  return (
    <div>
      <div class="row filters">
        <input type="search" maxLength={SEARCH_TEXT_MAX} aria-label={i18n.t('console.enterprises.search')} placeholder={i18n.t('console.enterprises.search')} data-testid="enterprise-search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <StreetSelect value={streetId} onChange={(id) => setQuery({ streetId: id })} />
        <select aria-label={i18n.t('console.enterprises.industry')} value={industry ?? ''} onChange={(e) => setQuery({ industry: (e.currentTarget.value || undefined) as Industry | undefined })}>
          <option value="">{i18n.t('console.enterprises.allIndustries')}</option>
          {industryCodes.map((code) => (
            <option key={code} value={code}>{industryLabel(code)}</option>
          ))}
        </select>
      </div>
      {page.error && <LoadState loaded={page} />}
      <table class="data" data-testid="enterprise-table" aria-busy={page.loading}>
        <thead>
          <tr>
            {columns.map(({ sort, label }) => (sort ? <SortHeader key={sort} label={label()} active={by === sort} direction={order} onSort={() => sortBy(sort)} /> : <th key={label()}>{label()}</th>))}
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id} data-enterprise-id={e.id}>
              <td>{e.name}{e.nameEn && <div class="muted">{e.nameEn}</div>}</td>
              <td class="code">{e.creditCode}</td>
              <td>{e.street}</td>
              <td>{industryLabel(e.industry)}</td>
              <td class="muted">{e.domains.join(' ')}</td>
              <td><button type="button" class="link" onClick={() => onEdit(e)}>{i18n.t('console.common.edit')}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager pages={pages} nextCursor={page.value?.nextCursor} empty={page.value !== undefined && rows.length === 0} total={page.value?.total} pageSize={PAGE} />
    </div>
  );
}
