/** One scored indicator in the tree: its row (code, name, facts) that opens and closes, and beneath it the
 * evidence, the reader's own score, the documentation requests and the experts' scores. Memoised: a poll that changed nothing of this
 * indicator leaves it untouched, and its forms keep what is typed in them. */
import { useCallback, useRef, useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import { memo } from '../lib/memo';
import type { Evidence } from '../../shared/schemas/evidence';
import type { Score } from '../../shared/schemas/score';
import { formatScore, localized } from '../lib/locale';
import { usePanel } from '../lib/panel-context';
import { withEvidence, withScore, type IndicatorSlice } from '../lib/panel-view';
import { DisagreementView } from './DisagreementView';
import { EvidenceCard } from './EvidenceCard';
import { IndicatorFacts } from './IndicatorFacts';
import { IndicatorRequests } from './IndicatorRequests';
import { IndicatorSuggestions } from './IndicatorSuggestions';
import { ScoreForm } from './ScoreForm';
import { TreeRowButton } from './TreeRowButton';

/** A row's body is laid out only near the screen (content-visibility); until then it stands in at about this size:
 * the score form and suggestions, and each card (the cards' own stand-in, in ui.css). */
const BODY_PX = 120;
const CARD_PX = 140;

export type IndicatorRowProps = {
  slice: IndicatorSlice;
  expanded: boolean;
  active: boolean;
  /** Filtered out: kept mounted (and its forms with it), not shown. */
  hidden: boolean;
  /** Its turn to render what is beneath the row has come (IndicatorTree shows long lists in batches). */
  ready: boolean;
  onToggle: (id: number) => void;
};

export const IndicatorRow = memo(function IndicatorRow({ slice, expanded, active, hidden, ready, onToggle }: IndicatorRowProps) {
  const { node, facts, evidence, scores, myScore, settlement } = slice;
  const { viewer, update, refresh } = usePanel();
  const [scoring, setScoring] = useState(false);
  // Once opened, the body stays mounted (hidden while closed): closing a row never drops what was typed in it.
  const opened = useRef(false);
  if (expanded && ready) opened.current = true;
  const evidenceChanged = useCallback((id: number, changed: Evidence | null) => (update((s) => withEvidence(s, id, changed)), void refresh()), [update, refresh]);
  const scoreSaved = (score: Score) => (update((s) => withScore(s, score)), void refresh());
  const level = myScore && node.rubric?.[myScore.rubricLevel];

  return (
    <section class="indicator" data-indicator-code={node.code} data-applicable={facts.applicable} hidden={hidden}>
      <h4>
        <TreeRowButton id={node.id} parentId={node.parentId} expanded={expanded} active={active} onToggle={onToggle}>
          <span class="code">{node.code}</span> <span class="name">{localized(node.name)}</span> <IndicatorFacts slice={slice} />
        </TreeRowButton>
      </h4>
      {opened.current && (
        <div class="indicator-body" id={`tree-body-${node.id}`} hidden={!expanded} style={{ containIntrinsicSize: `auto ${BODY_PX + evidence.length * CARD_PX}px` }}>
          {evidence.map((item) => (
            <EvidenceCard key={item.id} evidence={item} onChange={evidenceChanged} />
          ))}
          {facts.may.decideSuggestions && <IndicatorSuggestions indicatorId={node.id} />}
          {facts.may.score && (
            <div class="my-score">
              {myScore && !scoring && (
                <p class="tight" data-testid="my-score-line">
                  {i18n.t('panel.score.mine', [formatScore(myScore.value), level ? localized(level.label) : '', String(myScore.version)])}
                </p>
              )}
              {scoring ? (
                <ScoreForm node={node} myScore={myScore} evidence={evidence} onSaved={scoreSaved} onClose={() => setScoring(false)} />
              ) : (
                <button type="button" data-testid="score-open" onClick={() => setScoring(true)}>{i18n.t(myScore ? 'panel.score.edit' : 'panel.score.start')}</button>
              )}
            </div>
          )}
          {(slice.requests.length > 0 || facts.may.ask) && <IndicatorRequests indicatorId={node.id} requests={slice.requests} mayAsk={facts.may.ask} />}
          {viewer.seesScores && (scores.length > 0 || facts.may.settle) && (
            <DisagreementView node={node} scores={scores} outcome={facts.outcome} settlement={settlement} maySettle={facts.may.settle} />
          )}
        </div>
      )}
    </section>
  );
});
