/** A round's state as a coloured label. */
import { i18n } from '../../../lib/ports/messages';
import type { RoundStatus } from '../../../../shared/schemas/round';

export const roundStatusLabel = (status: RoundStatus) => i18n.t(`console.status.${status}`);

export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  return <span class={`badge round-${status}`} data-status={status}>{roundStatusLabel(status)}</span>;
}
