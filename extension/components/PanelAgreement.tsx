/** For reviewers and administrators: how far the experts agree on this enterprise's indicators and in the
 * whole round (Krippendorff's alpha), reloaded when this enterprise's scores or settlements change. Not on
 * every change of the panel's state: reviewing evidence changes it often, and the round's alpha is the
 * costliest figure the panel asks for (~200 ms of the worker's time for 500 enterprises). */
import { i18n } from '../lib/ports/messages';
import type { PanelState } from '../../shared/schemas/panel';
import { request } from '../lib/api';
import { useLoad } from '../lib/use-load';

const alpha = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(3));

export function PanelAgreement({ state }: { state: PanelState }) {
  const param = { roundId: String(state.round.id) };
  const scored = [...state.scores.map((s) => `${s.id}.${s.version}`), ...state.settlements.map((s) => `s${s.indicatorId}.${s.version}`)].join();
  const agreement = useLoad(
    () => request((api) => api.api.v1.rounds[':roundId'].agreement.$get({ param, query: { enterpriseId: String(state.enterprise.id) } })),
    [state.round.id, state.enterprise.id, scored],
  );
  const value = agreement.value;
  if (!value?.enterprise) return null;
  return (
    <p class="tight muted" data-testid="panel-agreement">
      {i18n.t('rigour.agreement.enterprise', [alpha(value.enterprise.alpha), String(value.enterprise.units)])} · {i18n.t('rigour.agreement.round')} {alpha(value.round.alpha)}
    </p>
  );
}
