/** A failed mandatory indicator in words that agree with the veto: the threshold it had to reach and by how much
 * it missed it, shown instead of the rubric level its score would otherwise read as. */
import { i18n } from '../../../lib/ports/messages';
import type { VetoShortfall } from '../../../../shared/domain/scoring/veto';
import { formatScore } from '../../../lib/locale';

export function VetoNote({ veto }: { veto: VetoShortfall }) {
  return (
    <span class="badge bad" data-testid="veto-note">
      {i18n.t('rigour.explanation.veto', [formatScore(veto.threshold), formatScore(veto.missedBy)])}
    </span>
  );
}
