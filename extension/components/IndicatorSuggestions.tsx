/** "建议证据" beneath an indicator whose suggestions the reader may decide on (an expert of its assignment, while evidence is collected): the finder's suggested passages, labelled as suggestions
 * (not evidence until confirmed), as a list the keyboard walks with ↑ and ↓. A confirmed passage joins the
 * indicator's evidence at once and the panel's figures are asked again. */
import type { Evidence } from '../../shared/schemas/evidence';
import { i18n } from '../lib/ports/messages';
import { usePanel } from '../lib/panel-context';
import { useSuggestions } from '../lib/panel-suggestions';
import { withEvidence } from '../lib/panel-view';
import { SuggestionCard } from './SuggestionCard';

export type IndicatorSuggestionsProps = { indicatorId: number };

/** ↑/↓ on a card moves the focus to the previous or next card of the same list. */
function moveFocus(e: KeyboardEvent) {
  const card = e.target as HTMLElement;
  if (!card.classList?.contains('suggestion-card') || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
  const next = (e.key === 'ArrowDown' ? card.nextElementSibling : card.previousElementSibling) as HTMLElement | null;
  if (!next) return;
  e.preventDefault();
  next.focus();
}

export function IndicatorSuggestions({ indicatorId }: IndicatorSuggestionsProps) {
  const suggestions = useSuggestions();
  const { update, refresh } = usePanel();
  const items = suggestions?.of(indicatorId) ?? [];
  if (!suggestions || items.length === 0) return null;
  const confirmed = (passageKey: string, evidence: Evidence) => {
    suggestions.decided(indicatorId, passageKey);
    update((s) => withEvidence(s, evidence.id, evidence));
    void refresh();
  };
  const headingId = `suggestions-${indicatorId}`;
  return (
    <section class="suggestions" data-testid="indicator-suggestions" aria-labelledby={headingId}>
      <h5 id={headingId}>{i18n.t('finderPanel.heading', [String(items.length)])}</h5>
      <p class="muted tight">{i18n.t('finderPanel.notEvidence')}</p>
      <p class="muted tight" data-testid="suggestion-keys">{i18n.t('finderPanel.keys')}</p>
      <ol class="suggestion-list" onKeyDown={moveFocus}>
        {items.map((item) => (
          <SuggestionCard
            key={item.passageKey}
            roundId={suggestions.roundId}
            enterpriseId={suggestions.enterpriseId}
            indicatorId={indicatorId}
            suggestion={item}
            report={suggestions.report(item.reportId)}
            onConfirmed={(evidence) => confirmed(item.passageKey, evidence)}
            onDismissed={() => suggestions.decided(indicatorId, item.passageKey)}
          />
        ))}
      </ol>
    </section>
  );
}
