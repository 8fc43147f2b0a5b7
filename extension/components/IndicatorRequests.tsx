/** The documentation requests asked of the enterprise on one indicator, with their state and due date, and
 * the form an expert or reviewer asks a new one with. */
import { useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import type { PanelRequest } from '../../shared/schemas/panel';
import { request } from '../lib/api';
import { usePanel } from '../lib/panel-context';
import type { Failure } from '../lib/result';
import { ErrorNote } from './ErrorNote';

export type IndicatorRequestsProps = { indicatorId: number; requests: PanelRequest[]; mayAsk: boolean };

const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

export function IndicatorRequests({ indicatorId, requests, mayAsk }: IndicatorRequestsProps) {
  const { roundId, enterpriseId, refresh } = usePanel();
  const [asking, setAsking] = useState(false);
  const [question, setQuestion] = useState('');
  const [dueOn, setDueOn] = useState(inTwoWeeks);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const ask = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const json = { indicatorId, question: question.trim(), dueOn };
    const sent = await request((api) => api.api.v1.rounds[':roundId'].enterprises[':enterpriseId']['documentation-requests'].$post({ param: { roundId: String(roundId), enterpriseId: String(enterpriseId) }, json }));
    setBusy(false);
    setError(sent.ok ? null : sent.error);
    if (!sent.ok) return;
    setQuestion('');
    setAsking(false);
    await refresh();
  };
  return (
    <div class="requests" data-testid="indicator-requests">
      {requests.map((r) => (
        <p key={r.id} class="tight" data-request-id={r.id} data-status={r.status}>
          <span class={`badge request-${r.status}`}>{i18n.t(`rigour.requests.status_${r.status}`)}</span>
          {r.overdue && <span class="badge bad">{i18n.t('rigour.requests.overdue')}</span>} {r.question} <span class="muted">{i18n.t('rigour.requests.due', [r.dueOn])}</span>
        </p>
      ))}
      {mayAsk &&
        (asking ? (
          <form class="request-form" data-testid="request-form" onSubmit={ask}>
            <label for={`request-question-${indicatorId}`}>{i18n.t('rigour.requests.question')}</label>
            <textarea id={`request-question-${indicatorId}`} rows={2} maxLength={2000} data-testid="request-question" value={question} onInput={(e) => setQuestion(e.currentTarget.value)} />
            <label for={`request-due-${indicatorId}`}>{i18n.t('rigour.requests.dueOn')}</label>
            <input id={`request-due-${indicatorId}`} type="date" data-testid="request-due" value={dueOn} onInput={(e) => setDueOn(e.currentTarget.value)} />
            <div class="row">
              <button type="submit" class="primary" data-testid="request-send" disabled={busy || !question.trim() || !dueOn}>{i18n.t('rigour.requests.send')}</button>
              <button type="button" onClick={() => setAsking(false)}>{i18n.t('common.cancel')}</button>
            </div>
          </form>
        ) : (
          <button type="button" data-testid="request-open" onClick={() => setAsking(true)}>{i18n.t('rigour.requests.ask')}</button>
        ))}
      {error && <ErrorNote error={error} />}
    </div>
  );
}
