/** Checked evidence as a table: enterprise, indicator, source (http(s) links only), the quote as clipped and
 * what the source says now, the status with its reason and when it was checked. */
import { i18n } from '../../../lib/ports/messages';
import { httpUrlOrNull } from '../../../../shared/domain/url';
import type { FreshnessItem, FreshnessStatus } from '../../../../shared/schemas/freshness';
import { formatDateTime } from '../../../lib/locale';

const badge: Record<FreshnessStatus, string> = { stands: 'ok', changed: 'warn', gone: 'bad', unchecked: '' };

export function FreshnessTable({ items }: { items: FreshnessItem[] }) {
  return (
    <table class="data" data-testid="freshness-table">
      <thead>
        <tr>
          <th>{i18n.t('console.enterprises.name')}</th>
          <th>{i18n.t('console.freshness.source')}</th>
          <th>{i18n.t('console.freshness.quote')}</th>
          <th>{i18n.t('console.freshness.nowSays')}</th>
          <th>{i18n.t('console.freshness.status')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const url = httpUrlOrNull(item.url);
          const { freshness } = item;
          return (
            <tr key={item.evidenceId} data-evidence-id={item.evidenceId} data-status={freshness.status}>
              <td>{item.enterprise.name}<div class="muted">{item.enterprise.street}</div></td>
              <td><span class="code">{item.indicatorCode}</span> {url ? <a href={url} target="_blank" rel="noopener noreferrer">{item.title}</a> : item.title}</td>
              <td><blockquote class="quote clamped">{item.quote ?? '—'}</blockquote></td>
              <td data-testid="nearest-text">{freshness.nearestText ? <blockquote class="quote clamped">{freshness.nearestText}</blockquote> : '—'}</td>
              <td>
                <span class={`badge ${badge[freshness.status]}`}>{i18n.t(`console.freshness.status_${freshness.status}`)}</span>
                {freshness.reason && <div class="muted">{i18n.t('console.freshness.reason', [freshness.reason])}</div>}
                <div class="muted">{i18n.t('console.freshness.checkedAt', [formatDateTime(freshness.checkedAt)])}</div>
                {freshness.previousStatus && <div class="muted">{i18n.t('console.freshness.was', [i18n.t(`console.freshness.status_${freshness.previousStatus}`), formatDateTime(freshness.changedAt)])}</div>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
