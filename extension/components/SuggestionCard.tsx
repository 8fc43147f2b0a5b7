/** One passage the evidence finder suggests for an indicator — its report, page, words (as text) and why it
 * matched — with confirm (the expert chooses the stance; it becomes ordinary evidence), dismiss and open (the
 * passage highlighted in its page or in the PDF viewer). Keys on the focused card: Enter or C confirms, D
 * dismisses, O opens; ↑ and ↓ move between cards (IndicatorSuggestions). */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Evidence, Stance } from '../../shared/schemas/evidence';
import type { Suggestion } from '../../shared/schemas/finder';
import { request } from '../lib/api';
import { sendMessage } from '../lib/messaging';
import { i18n } from '../lib/ports/messages';
import type { SuggestedReport } from '../lib/panel-suggestions';
import type { Failure, Result } from '../lib/result';
import { ErrorNote } from './ErrorNote';
import { StanceChoice } from './StanceChoice';

export type SuggestionCardProps = {
  roundId: number;
  enterpriseId: number;
  indicatorId: number;
  suggestion: Suggestion;
  report: SuggestedReport | undefined;
  onConfirmed: (evidence: Evidence) => void;
  onDismissed: () => void;
};

/** A fresh key per confirmation: a retried request returns the first evidence, never a second one. */
const newKey = () => crypto.randomUUID();

export function SuggestionCard({ roundId, enterpriseId, indicatorId, suggestion, report, onConfirmed, onDismissed }: SuggestionCardProps) {
  const [confirming, setConfirming] = useState(false);
  const [stance, setStance] = useState<Stance | null>(null);
  const [key, setKey] = useState(newKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // At once, not after paint: keys typed right after C land on the stance choice.
  useLayoutEffect(() => {
    if (confirming) form.current?.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
  }, [confirming]);

  const param = { roundId: String(roundId), enterpriseId: String(enterpriseId) };
  const passage = { indicatorId, reportId: suggestion.reportId, passageKey: suggestion.passageKey };
  const run = async <T,>(action: () => Promise<Result<T>>, after: (value: T) => void) => {
    setBusy(true);
    const result = await action();
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) after(result.value);
  };
  const confirm = (chosen: Stance) =>
    run(() => request((api) => api.api.v1.rounds[':roundId'].enterprises[':enterpriseId'].finder.confirmations.$post({ param, json: { ...passage, stance: chosen, idempotencyKey: key } })), onConfirmed);
  const dismiss = () => run(() => request((api) => api.api.v1.rounds[':roundId'].enterprises[':enterpriseId'].finder.dismissals.$post({ param, json: passage })), onDismissed);
  const open = () =>
    report &&
    run(
      () => sendMessage('openSuggestionSource', { url: report.url, quote: suggestion.quote, start: suggestion.start, end: suggestion.end, pageNumber: report.format === 'pdf' ? suggestion.page : null }),
      () => undefined,
    );
  const startConfirming = () => {
    setKey(newKey());
    setConfirming(true);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // Keys act on the focused card only, never while a control inside it (the stance form) has the focus.
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey || busy) return;
    const key = e.key.toLowerCase();
    if (key === 'enter' || key === 'c') startConfirming();
    else if (key === 'd') void dismiss();
    else if (key === 'o') void open();
    else return;
    e.preventDefault();
  };

  return (
    <li class="suggestion-card" tabIndex={0} data-testid="suggestion" data-passage-key={suggestion.passageKey} onKeyDown={onKeyDown} aria-busy={busy}>
      <div class="row muted wrap">
        <span class="badge suggested" data-testid="suggestion-label">{i18n.t('finderPanel.label')}</span>
        <span class="anywhere" data-testid="suggestion-report" title={report?.url}>{report?.title ?? report?.url ?? ''}</span>
        {report?.format === 'pdf' && <span data-testid="suggestion-page">{i18n.t('sidepanel.page', [String(suggestion.page)])}</span>}
      </div>
      <blockquote class="quote clamped" data-testid="suggestion-quote">{suggestion.quote}</blockquote>
      {suggestion.why.length > 0 && (
        <p class="row wrap tight why" aria-label={i18n.t('finderPanel.why')} data-testid="suggestion-why">
          <span class="muted">{i18n.t('finderPanel.why')}</span>
          {suggestion.why.map((word) => <span key={word} class="chip">{word}</span>)}
        </p>
      )}
      {confirming ? (
        <form
          ref={form}
          class="suggestion-confirm"
          onSubmit={(e) => {
            e.preventDefault();
            if (stance) void confirm(stance);
          }}
        >
          <StanceChoice value={stance} onChange={setStance} />
          <div class="row">
            <button type="submit" data-testid="suggestion-confirm-save" disabled={!stance || busy}>{i18n.t('finderPanel.confirmSave')}</button>
            <button type="button" onClick={() => setConfirming(false)}>{i18n.t('common.cancel')}</button>
          </div>
        </form>
      ) : (
        <div class="row wrap actions">
          <button type="button" data-testid="suggestion-confirm" disabled={busy} onClick={startConfirming}>{i18n.t('finderPanel.confirm')}</button>
          <button type="button" data-testid="suggestion-dismiss" disabled={busy} onClick={() => void dismiss()}>{i18n.t('finderPanel.dismiss')}</button>
          {report && <button type="button" data-testid="suggestion-open" disabled={busy} onClick={() => void open()}>{i18n.t('finderPanel.open')}</button>}
        </div>
      )}
      {error && <ErrorNote error={error} />}
    </li>
  );
}
