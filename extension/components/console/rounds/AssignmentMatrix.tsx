/** Experts in rows, dimensions in columns: a ticked cell means the expert scores that whole dimension for every
 * enterprise. Dimensions some applicable indicator of which nobody scores are marked as gaps. */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Assignment, CoverageReport } from '../../../../shared/schemas/assignment';
import type { Member } from '../../../../shared/schemas/members';
import type { IndicatorNode, Round } from '../../../../shared/schemas/round';
import { cellState, editableAssignment, gapsByDimension, switchedDimensions } from '../../../lib/assignment-matrix';
import { request } from '../../../lib/api';
import { localized } from '../../../lib/locale';
import type { Failure } from '../../../lib/result';
import { ErrorNote } from '../../ErrorNote';

export type AssignmentMatrixProps = {
  round: Round;
  editable: boolean;
  experts: Member[];
  assignments: Assignment[];
  dimensions: IndicatorNode[];
  coverage: CoverageReport;
  onChanged: () => void;
};

export function AssignmentMatrix({ round, editable, experts, assignments, dimensions, coverage, onChanged }: AssignmentMatrixProps) {
  const [error, setError] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  // Cells switched but not yet read back, shown as switched meanwhile (keyed "expertId:dimension").
  const [pending, setPending] = useState<Record<string, boolean>>({});
  useEffect(() => setPending({}), [assignments]);
  const gaps = gapsByDimension(coverage);
  const param = { roundId: String(round.id) };

  const save = async (expertId: number, current: Assignment | null, codes: string[]) => {
    if (current && codes.length === 0) return request((api) => api.api.v1.rounds[':roundId'].assignments[':id'].$delete({ param: { ...param, id: String(current.id) } }));
    if (current) return request((api) => api.api.v1.rounds[':roundId'].assignments[':id'].$put({ param: { ...param, id: String(current.id) }, json: { version: current.version, dimensionCodes: codes } }));
    return request((api) => api.api.v1.rounds[':roundId'].assignments.$post({ param, json: { expertId, dimensionCodes: codes } }));
  };
  const toggle = async (expertId: number, current: Assignment | null, code: string, on: boolean) => {
    setBusy(true);
    setPending((p) => ({ ...p, [`${expertId}:${code}`]: on }));
    const done = await save(expertId, current, switchedDimensions(current, code, on));
    setBusy(false);
    if (!done.ok) {
      setPending({});
      return setError(done.error);
    }
    setError(null);
    onChanged();
  };

  if (experts.length === 0) return <p class="muted">{i18n.t('console.assignments.noExperts')}</p>;
  return (
    <>
      {error && <ErrorNote error={error} />}
      <table class="data matrix" data-testid="assignment-matrix">
        <thead>
          <tr>
            <th>{i18n.t('console.assignments.expert')}</th>
            {dimensions.map((d) => {
              const gap = gaps.get(d.code);
              return (
                <th key={d.code} class={gap ? 'gap' : ''} data-dimension={d.code}>
                  {localized(d.name)}
                  {gap && <div class="gap-note">{i18n.t('console.assignments.gap', [String(gap.indicators)])}</div>}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {experts.map((m) => {
            const own = assignments.filter((a) => a.expert.id === m.user.id);
            const target = editableAssignment(own);
            return (
              <tr key={m.user.id} data-login={m.user.login}>
                <th scope="row">
                  {m.user.displayName}
                  <div class="muted">{m.bureau}</div>
                </th>
                {dimensions.map((d) => {
                  const state = cellState(own, d.code);
                  const label = `${m.user.displayName} · ${localized(d.name)}`;
                  return (
                    <td key={d.code} class={`cell-${state}${gaps.has(d.code) ? ' gap' : ''}`} data-dimension={d.code} data-state={state}>
                      {target === 'locked' || !editable ? (
                        <span title={i18n.t('console.assignments.locked')}>{i18n.t(`console.assignments.state_${state}`)}</span>
                      ) : (
                        <input type="checkbox" aria-label={label} checked={pending[`${m.user.id}:${d.code}`] ?? state === 'full'} disabled={busy} onChange={(e) => void toggle(m.user.id, target, d.code, e.currentTarget.checked)} />
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
