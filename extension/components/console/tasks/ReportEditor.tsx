/** The enterprise's report for one schedule: per dimension what was done, figures and links, saved as a
 * draft and then submitted; once submitted it is shown as sent. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Report, Schedule } from '../../../../shared/schemas/report';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { enterpriseReports } from '../../../lib/enterprise-lists';
import { formatDateTime, localized } from '../../../lib/locale';
import { draftFor, fromDraft, type DraftItem } from '../../../lib/report-draft';
import { ok, type Failure } from '../../../lib/result';
import { useLoad } from '../../../lib/use-load';
import { FailureNote } from '../common/FailureNote';
import { LoadState } from '../common/LoadState';
import { ReportItems } from './ReportItems';

export type ReportEditorProps = { round: Round; schedule: Schedule; enterpriseId: number };

async function loadReport(roundId: number, enterpriseId: number, scheduleId: number) {
  const loaded = await enterpriseReports(roundId, enterpriseId);
  if (!loaded.ok) return loaded;
  const { items, indicators } = loaded.value;
  return ok({ report: (items.find((r) => r.schedule.id === scheduleId) ?? null) as Report | null, dimensions: indicators.filter((i) => i.level === 1) });
}

export function ReportEditor({ round, schedule, enterpriseId }: ReportEditorProps) {
  const loaded = useLoad(() => loadReport(round.id, enterpriseId, schedule.id), [round.id, enterpriseId, schedule.id]);
  const [saved, setSaved] = useState<Report | null | undefined>(undefined);
  const [draft, setDraft] = useState<DraftItem[] | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  if (!loaded.value) return <LoadState loaded={loaded} />;
  const report = saved === undefined ? loaded.value.report : saved;
  const items = draft ?? draftFor(loaded.value.dimensions.map((d) => d.code), report?.items ?? []);
  const edit = (index: number, patch: Partial<DraftItem>) => setDraft(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const answer = (result: { ok: true; value: Report } | { ok: false; error: Failure }) => (result.ok ? (setSaved(result.value), setDraft(null), setError(null)) : setError(result.error));
  const param = { id: String(schedule.id), enterpriseId: String(enterpriseId) };
  const save = async () => answer(await request((api) => api.api.v1['report-schedules'][':id'].reports[':enterpriseId'].$put({ param, json: { items: fromDraft(items), version: report?.version ?? 0 } })));
  const submit = async () => answer(await request((api) => api.api.v1['report-schedules'][':id'].reports[':enterpriseId'].submit.$post({ param, json: { version: report!.version } })));

  if (report?.status === 'submitted')
    return (
      <section class="panel" data-testid="report-submitted">
        <h2>{i18n.t('console.reports.submittedOn', [report.submittedAt ? formatDateTime(report.submittedAt) : ''])}</h2>
        <ReportItems report={report} />
      </section>
    );
  const nameOf = (code: string) => localized(loaded.value!.dimensions.find((d) => d.code === code)!.name);
  return (
    <form class="panel" data-testid="report-editor" onSubmit={(e) => (e.preventDefault(), void save())}>
      <h2>{i18n.t('console.reports.yourReport', [schedule.period])}</h2>
      <p class="muted">{report ? i18n.t('console.reports.draftSaved', [formatDateTime(report.updatedAt)]) : i18n.t('console.reports.dueHint', [schedule.dueOn])}</p>
      {items.map((item, i) => (
        <fieldset key={item.dimensionCode} data-dimension={item.dimensionCode}>
          <legend><span class="code">{item.dimensionCode}</span> {nameOf(item.dimensionCode)}</legend>
          <label for={`done-${i}`}>{i18n.t('console.reports.done')}</label>
          <textarea id={`done-${i}`} name={`done-${item.dimensionCode}`} rows={3} value={item.done} onInput={(e) => edit(i, { done: e.currentTarget.value })} />
          <label for={`figures-${i}`}>{i18n.t('console.reports.figures')}</label>
          <textarea id={`figures-${i}`} rows={2} placeholder={i18n.t('console.reports.figuresHint')} value={item.figures} onInput={(e) => edit(i, { figures: e.currentTarget.value })} />
          <label for={`links-${i}`}>{i18n.t('console.reports.links')}</label>
          <textarea id={`links-${i}`} rows={2} value={item.links} onInput={(e) => edit(i, { links: e.currentTarget.value })} />
        </fieldset>
      ))}
      <div class="row">
        <button type="submit" data-testid="report-save">{i18n.t('console.reports.saveDraft')}</button>
        <button type="button" data-testid="report-submit" disabled={!report || draft !== null} onClick={() => void submit()}>{i18n.t('console.reports.submit')}</button>
      </div>
      {draft !== null && report && <p class="muted">{i18n.t('console.reports.saveFirst')}</p>}
      {error && <FailureNote error={error} />}
    </form>
  );
}
