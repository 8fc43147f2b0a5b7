/** An enterprise's self-statement on one indicator: evidence of kind "statement", written here rather than clipped. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { IndicatorNode, Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import type { Failure } from '../../../lib/result';
import { IndicatorPicker } from '../../IndicatorPicker';
import { FailureNote } from '../common/FailureNote';

export type StatementFormProps = { round: Round; enterpriseId: number; indicators: IndicatorNode[]; onSaved: () => void };

export function StatementForm({ round, enterpriseId, indicators, onSaved }: StatementFormProps) {
  const [indicator, setIndicator] = useState<IndicatorNode | null>(null);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<Failure | null>(null);
  const [saved, setSaved] = useState(false);
  const save = async (event: Event) => {
    event.preventDefault();
    if (!indicator) return;
    const done = await request((api) =>
      api.api.v1.evidence.$post({
        json: { roundId: round.id, enterpriseId, indicatorId: indicator.id, kind: 'statement', title: title.trim(), quote: text.trim(), capturedAt: new Date().toISOString(), idempotencyKey: crypto.randomUUID() },
      }),
    );
    if (!done.ok) return setError(done.error);
    setError(null);
    setSaved(true);
    setTitle('');
    setText('');
    onSaved();
  };
  return (
    <details class="panel" data-testid="statement-form">
      <summary>{i18n.t('console.mine.writeStatement')}</summary>
      <form onSubmit={save}>
        <label>{i18n.t('picker.indicator')}</label>
        <IndicatorPicker indicators={indicators.filter((n) => n.level === 3)} quote={`${title} ${text}`} lastUsedId={null} selectedId={indicator?.id ?? null} onSelect={setIndicator} />
        <label for="statement-title">{i18n.t('console.mine.statementTitle')}</label>
        <input id="statement-title" type="text" required maxLength={500} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        <label for="statement-text">{i18n.t('console.mine.statementText')}</label>
        <textarea id="statement-text" rows={5} required maxLength={10_000} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" class="primary" disabled={!indicator || !title.trim() || !text.trim()}>{i18n.t('console.mine.saveStatement')}</button>
        {saved && <p class="ok" role="status">{i18n.t('picker.saved')}</p>}
        {error && <FailureNote error={error} />}
      </form>
    </details>
  );
}
