/** A save that met a newer version of the same score: the newer value and rationale beside what was typed,
 * to keep either. */
import { i18n } from '../lib/ports/messages';
import type { RubricLevel } from '../../shared/schemas/framework';
import type { Score } from '../../shared/schemas/score';
import { formatDateTime, formatScore, localized } from '../lib/locale';

export type ConflictChoiceProps = {
  newer: Score;
  rubric: readonly RubricLevel[];
  /** The value as typed, shown beside the newer one. */
  typedValue: string;
  onKeepMine: () => void;
  onTakeNewer: () => void;
};

export function ConflictChoice({ newer, rubric, typedValue, onKeepMine, onTakeNewer }: ConflictChoiceProps) {
  const level = rubric[newer.rubricLevel];
  return (
    <section class="banner" role="alert" data-testid="conflict-choice">
      <p><strong>{i18n.t('panel.conflict.title', [String(newer.version)])}</strong></p>
      <p data-testid="conflict-newer">
        {i18n.t('panel.conflict.newer', [formatScore(newer.value), level ? localized(level.label) : ''])}
        <span class="muted"> · {formatDateTime(newer.updatedAt ?? newer.createdAt)}</span>
      </p>
      <p class="muted anywhere">{newer.rationale}</p>
      <p data-testid="conflict-yours">{i18n.t('panel.conflict.yours', [typedValue || '—'])}</p>
      <div class="row">
        <button type="button" class="primary" data-testid="conflict-keep-mine" onClick={onKeepMine}>{i18n.t('panel.conflict.keepMine')}</button>
        <button type="button" data-testid="conflict-take-newer" onClick={onTakeNewer}>{i18n.t('panel.conflict.takeNewer')}</button>
      </div>
    </section>
  );
}
