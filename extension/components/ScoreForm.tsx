/** An expert's own score of one indicator: the rubric levels with their descriptions, the value, the rationale
 * and the evidence cited, saved against the version the form started from. A newer version on the worker
 * (409) is shown beside what was typed, to keep either; nothing typed is ever lost. While nothing is typed,
 * the form follows the worker's latest version. */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import { rubricLevelFor } from '../../shared/domain/scoring/rubric';
import type { PanelEvidence } from '../../shared/schemas/panel';
import type { IndicatorNode } from '../../shared/schemas/round';
import type { Score } from '../../shared/schemas/score';
import { request } from '../lib/api';
import { formatScore, localized } from '../lib/locale';
import { usePanel } from '../lib/panel-context';
import type { Failure } from '../lib/result';
import { ConflictChoice } from './ConflictChoice';
import { ErrorNote } from './ErrorNote';

export type ScoreFormProps = {
  node: IndicatorNode;
  myScore: Score | null;
  /** The indicator's evidence, to cite. */
  evidence: readonly PanelEvidence[];
  onSaved: (score: Score) => void;
  onClose: () => void;
};

type Draft = { value: string; rationale: string; cited: readonly number[] };
const draftOf = (score: Score | null): Draft => ({ value: score ? formatScore(score.value) : '', rationale: score?.rationale ?? '', cited: score?.evidenceIds ?? [] });
const sameDraft = (a: Draft, b: Draft) => a.value === b.value && a.rationale === b.rationale && a.cited.join() === b.cited.join();

export function ScoreForm({ node, myScore, evidence, onSaved, onClose }: ScoreFormProps) {
  const { roundId, enterpriseId } = usePanel();
  const rubric = node.rubric ?? [];
  const max = node.maxScore ?? 0;
  /** The version this form edits; a save sends its version. */
  const [base, setBase] = useState<Score | null>(myScore);
  const [draft, setDraft] = useState<Draft>(() => draftOf(myScore));
  const [conflict, setConflict] = useState<Score | null>(null);
  const [discarded, setDiscarded] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const dirty = !sameDraft(draft, draftOf(base));

  useEffect(() => {
    if (!dirty && !conflict && myScore?.version !== base?.version) {
      setBase(myScore);
      setDraft(draftOf(myScore));
    }
  }, [myScore?.version]);

  const value = draft.value.trim() === '' ? NaN : Number(draft.value);
  const inRange = Number.isFinite(value) && value >= 0 && value <= max;
  const valid = inRange && draft.rationale.trim() !== '';
  /** Why the save button is disabled, said beside it (a value out of range says so under its field). */
  const missing = !Number.isFinite(value) ? 'panel.score.needValue' : inRange && !valid ? 'panel.score.needRationale' : null;
  const level = Number.isFinite(value) ? rubricLevelFor(rubric, value) : null;
  const edit = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setSavedVersion(null);
  };

  const save = async (over: Score | null = base) => {
    setBusy(true);
    const json = { value, rationale: draft.rationale.trim(), evidenceIds: [...draft.cited], version: over?.version ?? 0 };
    const saved = await request((api) =>
      api.api.v1.rounds[':roundId'].enterprises[':enterpriseId'].indicators[':indicatorId']['my-score'].$put({
        param: { roundId: String(roundId), enterpriseId: String(enterpriseId), indicatorId: String(node.id) },
        json,
      }),
    );
    setBusy(false);
    if (saved.ok) {
      setBase(saved.value);
      setDraft(draftOf(saved.value));
      setError(null);
      setSavedVersion(saved.value.version);
      return onSaved(saved.value);
    }
    const current = (saved.error.details as { current?: Score | null } | undefined)?.current;
    if (saved.error.status === 409 && current) return (setConflict(current), setError(null));
    setError(saved.error);
  };
  const keepMine = () => {
    const newer = conflict;
    setConflict(null);
    setBase(newer);
    void save(newer);
  };
  const takeNewer = () => {
    setDiscarded(draft);
    setBase(conflict);
    setDraft(draftOf(conflict));
    setConflict(null);
  };
  const toggleCited = (id: number) => edit({ cited: draft.cited.includes(id) ? draft.cited.filter((c) => c !== id) : [...draft.cited, id] });

  return (
    <form
      class="score-form"
      data-testid="score-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid && !conflict) void save();
      }}
    >
      <fieldset>
        <legend>{i18n.t('panel.score.level')}</legend>
        {rubric.map((band, i) => (
          <label key={i} class={`rubric-level${level === i ? ' chosen' : ''}`}>
            <input
              type="radio"
              name={`level-${node.id}`}
              data-testid={`score-level-${i}`}
              checked={level === i}
              onChange={() => level !== i && edit({ value: formatScore(band.min) })}
            />
            <span>
              <strong>{localized(band.label)}</strong> <span class="muted">{i18n.t('panel.score.from', [formatScore(band.min)])}</span>
              <span class="muted block">{localized(band.description)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label for={`score-value-${node.id}`}>{i18n.t('panel.score.value', [formatScore(max)])}</label>
      <input
        id={`score-value-${node.id}`}
        type="number"
        inputMode="decimal"
        min={0}
        max={max}
        step={0.5}
        data-testid="score-value"
        value={draft.value}
        onInput={(e) => edit({ value: e.currentTarget.value })}
      />
      {draft.value !== '' && !(value >= 0 && value <= max) && <p class="error tight">{i18n.t('panel.score.outOfRange', [formatScore(max)])}</p>}
      <label for={`score-rationale-${node.id}`}>{i18n.t('panel.score.rationale')}</label>
      <textarea
        id={`score-rationale-${node.id}`}
        rows={3}
        maxLength={4000}
        data-testid="score-rationale"
        value={draft.rationale}
        onInput={(e) => edit({ rationale: e.currentTarget.value })}
      />
      <fieldset>
        <legend>{i18n.t('panel.score.cite')}</legend>
        {evidence.length === 0 && <p class="muted tight">{i18n.t('panel.score.noEvidence')}</p>}
        {evidence.map((item) => (
          <label key={item.id} class="cite">
            <input type="checkbox" data-testid={`score-cite-${item.id}`} checked={draft.cited.includes(item.id)} onChange={() => toggleCited(item.id)} />
            <span class="anywhere">{(item.quote ?? item.title).slice(0, 80)}</span>
            <span class="badge" data-status={item.status}>{i18n.t(`reviewStatus.${item.status}`)}</span>
          </label>
        ))}
      </fieldset>
      {dirty && !conflict && myScore && myScore.version > (base?.version ?? 0) && (
        <p class="warn tight" data-testid="score-newer-hint">{i18n.t('panel.score.newerHint')}</p>
      )}
      {conflict && <ConflictChoice newer={conflict} rubric={rubric} typedValue={draft.value} onKeepMine={keepMine} onTakeNewer={takeNewer} />}
      {discarded && (
        <button type="button" class="link" data-testid="restore-draft" onClick={() => (setDraft(discarded), setDiscarded(null))}>
          {i18n.t('panel.conflict.restoreDraft')}
        </button>
      )}
      <div class="row">
        <button type="submit" class="primary" data-testid="score-save" aria-describedby={missing ? `score-missing-${node.id}` : undefined} disabled={busy || !valid || conflict !== null}>
          {i18n.t('panel.score.save')}
        </button>
        <button type="button" onClick={onClose}>{i18n.t('common.close')}</button>
        {missing && <span class="muted" id={`score-missing-${node.id}`} data-testid="score-missing">{i18n.t(missing)}</span>}
        {savedVersion !== null && <span class="ok" role="status" data-testid="score-saved">{i18n.t('panel.score.saved', [String(savedVersion)])}</span>}
      </div>
      {error && <ErrorNote error={error} />}
    </form>
  );
}
