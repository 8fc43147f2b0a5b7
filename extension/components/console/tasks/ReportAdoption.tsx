/** An expert reads an enterprise's submitted reports and takes an item into the round as evidence on an
 * indicator in one action; items taken already say where they went. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { leavesInOrder } from '../../../../shared/domain/indicator-tree';
import type { Report, ReportItem } from '../../../../shared/schemas/report';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { enterpriseReports } from '../../../lib/enterprise-lists';
import { formatDateTime, localized } from '../../../lib/locale';
import { ok, type Failure } from '../../../lib/result';
import { useLoad } from '../../../lib/use-load';
import { FailureNote } from '../common/FailureNote';
import { LoadState } from '../common/LoadState';
import { ReportItems } from './ReportItems';
import { RoundEnterpriseSelect } from '../rounds/RoundEnterpriseSelect';

async function loadReports(roundId: number, enterpriseId: number | null) {
  if (enterpriseId === null) return ok(null);
  const loaded = await enterpriseReports(roundId, enterpriseId);
  return loaded.ok ? ok({ reports: loaded.value.items.filter((r) => r.status === 'submitted'), indicators: leavesInOrder(loaded.value.indicators) }) : loaded;
}

export function ReportAdoption({ round }: { round: Round }) {
  const [enterpriseId, setEnterpriseId] = useState<number | null>(null);
  const loaded = useLoad(() => loadReports(round.id, enterpriseId), [round.id, enterpriseId]);
  const [target, setTarget] = useState<Record<string, number>>({});
  const [error, setError] = useState<Failure | null>(null);
  const key = (report: Report, item: ReportItem) => `${report.id}.${item.item}`;
  const adopt = async (report: Report, item: ReportItem) => {
    const indicatorId = target[key(report, item)];
    if (!indicatorId) return;
    const done = await request((api) =>
      api.api.v1.reports[':id'].items[':item'].adopt.$post({ param: { id: String(report.id), item: String(item.item) }, json: { roundId: round.id, indicatorId } }),
    );
    setError(done.ok ? null : done.error);
    if (done.ok) loaded.reload();
  };
  const indicators = loaded.value?.indicators ?? [];
  return (
    <section aria-labelledby="adopt-title" data-testid="report-adoption">
      <h2 id="adopt-title">{i18n.t('console.reports.adoptTitle')}</h2>
      <RoundEnterpriseSelect roundId={round.id} chosen={enterpriseId} onChoose={setEnterpriseId} />
      <LoadState loaded={loaded} />
      {error && <FailureNote error={error} />}
      {loaded.value && loaded.value.reports.length === 0 && <p class="muted">{i18n.t('console.reports.noneSubmitted')}</p>}
      {loaded.value?.reports.map((report) => (
        <article key={report.id} class="panel" data-report-id={report.id}>
          <h3>{i18n.t('console.reports.reportOf', [report.schedule.period, report.submittedAt ? formatDateTime(report.submittedAt) : ''])}</h3>
          <ReportItems
            report={report}
            action={(item) => (
              <div class="row wrap">
                {report.adoptions
                  .filter((a) => a.item === item.item && a.roundId === round.id)
                  .map((a) => <span key={a.evidenceId} class="badge ok">{i18n.t('console.reports.adoptedAs', [a.indicatorCode])}</span>)}
                <select aria-label={i18n.t('console.diff.indicator')} value={target[key(report, item)] ?? ''} onChange={(e) => setTarget({ ...target, [key(report, item)]: Number(e.currentTarget.value) })}>
                  <option value="">{i18n.t('console.reports.chooseIndicator')}</option>
                  {indicators.map((i) => <option key={i.id} value={i.id}>{i.code} {localized(i.name)}</option>)}
                </select>
                <button type="button" disabled={!target[key(report, item)]} onClick={() => void adopt(report, item)}>{i18n.t('console.reports.adopt')}</button>
              </div>
            )}
          />
        </article>
      ))}
    </section>
  );
}
