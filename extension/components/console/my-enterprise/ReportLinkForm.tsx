/** An enterprise attaches a published report or page by its address and title to one indicator: evidence of kind "report". */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { IndicatorNode, Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { localized } from '../../../lib/locale';
import type { Failure } from '../../../lib/result';
import { FailureNote } from '../common/FailureNote';

export type ReportLinkFormProps = { round: Round; enterpriseId: number; indicators: IndicatorNode[]; onSaved: () => void };

export function ReportLinkForm({ round, enterpriseId, indicators, onSaved }: ReportLinkFormProps) {
  const leaves = indicators.filter((n) => n.level === 3);
  const [indicatorId, setIndicatorId] = useState('');
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<Failure | null>(null);
  const [saved, setSaved] = useState(false);
  const save = async (event: Event) => {
    event.preventDefault();
    const json = { roundId: round.id, enterpriseId, indicatorId: Number(indicatorId), kind: 'report' as const, url: url.trim(), title: title.trim(), capturedAt: new Date().toISOString(), idempotencyKey: crypto.randomUUID() };
    const done = await request((api) => api.api.v1.evidence.$post({ json }));
    if (!done.ok) return setError(done.error);
    setError(null);
    setSaved(true);
    setUrl('');
    setTitle('');
    onSaved();
  };
  return (
    <details class="panel" data-testid="report-link-form">
      <summary>{i18n.t('reportLink.attach')}</summary>
      <form onSubmit={save}>
        <label for="report-link-indicator">{i18n.t('picker.indicator')}</label>
        <select id="report-link-indicator" required value={indicatorId} onChange={(e) => setIndicatorId(e.currentTarget.value)}>
          <option value="">{i18n.t('reportLink.chooseIndicator')}</option>
          {leaves.map((n) => (
            <option key={n.id} value={n.id}>{`${n.code} ${localized(n.name)}`}</option>
          ))}
        </select>
        <label for="report-link-url">{i18n.t('reportLink.url')}</label>
        <input id="report-link-url" type="url" required placeholder="https://" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        <label for="report-link-title">{i18n.t('reportLink.title')}</label>
        <input id="report-link-title" type="text" required maxLength={500} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        <button type="submit" class="primary" disabled={!indicatorId || !url.trim() || !title.trim()}>{i18n.t('reportLink.save')}</button>
        {saved && <p class="ok" role="status">{i18n.t('picker.saved')}</p>}
        {error && <FailureNote error={error} />}
      </form>
    </details>
  );
}
