/** The reports the finder reads for one enterprise: each with its state — queued, fetched, indexed (pages and
 * passages) or failed with the reason — and its source link (http(s) only). Titles and messages are text. */
import { i18n } from '../../../lib/ports/messages';
import { httpUrlOrNull } from '../../../../shared/domain/url';
import type { FinderReport } from '../../../../shared/schemas/finder';
import { request } from '../../../lib/api';
import { formatDateTime } from '../../../lib/locale';
import { useLoad } from '../../../lib/use-load';
import { LoadState } from '../common/LoadState';

const badge: Record<FinderReport['status'], string> = { queued: '', fetched: '', indexed: 'ok', failed: 'bad' };

function ReportState({ report }: { report: FinderReport }) {
  if (report.status === 'indexed') return <>{i18n.t('finderConsole.indexedFigures', [String(report.pageCount ?? 0), String(report.passageCount ?? 0), formatDateTime(report.indexedAt ?? report.updatedAt)])}</>;
  if (report.status === 'failed') return <>{i18n.t('finderConsole.failedBecause', [report.reason ?? '', report.message ?? ''])}</>;
  return <>{formatDateTime(report.updatedAt)}</>;
}

export function FinderReportList({ roundId, enterpriseId }: { roundId: number; enterpriseId: number }) {
  const reports = useLoad(
    () => request((api) => api.api.v1.rounds[':roundId'].enterprises[':enterpriseId'].finder.reports.$get({ param: { roundId: String(roundId), enterpriseId: String(enterpriseId) } })),
    [roundId, enterpriseId],
  );
  if (!reports.value) return <LoadState loaded={reports} />;
  if (reports.value.items.length === 0) return <p class="muted">{i18n.t('finderConsole.noReports')}</p>;
  return (
    <ul class="plain" data-testid="finder-reports">
      {reports.value.items.map((report) => {
        const url = httpUrlOrNull(report.url);
        return (
          <li key={report.id} data-status={report.status} data-reason={report.reason ?? undefined}>
            <span class={`badge ${badge[report.status]}`}>{i18n.t(`finderConsole.status_${report.status}`)}</span>{' '}
            {url ? <a href={url} target="_blank" rel="noopener noreferrer">{report.title ?? report.url}</a> : (report.title ?? report.url)}
            {report.format && <span class="muted"> · {report.format.toUpperCase()}</span>}
            <div class="muted"><ReportState report={report} /></div>
            {report.status === 'indexed' && report.message && <div class="muted">{report.message}</div>}
          </li>
        );
      })}
    </ul>
  );
}
