/** Progress street by street, in the registry's official order: enterprises, evidence collected and accepted, indicators scored, open disagreements, sign-offs;
 * a street's name opens its enterprises below (`onChoose`). */
import { i18n } from '../../../lib/ports/messages';
import type { StreetProgress } from '../../../../shared/schemas/progress';
import { ShareBar } from '../common/ShareBar';

export type StreetProgressTableProps = { streets: StreetProgress[]; chosen?: string | null; onChoose?: (street: string) => void };

export function StreetProgressTable({ streets, chosen = null, onChoose }: StreetProgressTableProps) {
  type Figures = Omit<StreetProgress, 'street' | 'streetId'>;
  const sum = (key: keyof Figures) => streets.reduce((n, s) => n + s[key], 0);
  const row = (s: Figures) => (
    <>
      <td class="num">{s.enterprises}</td>
      <td class="num">{s.evidence} <span class="muted">({i18n.t('console.progress.accepted', [String(s.acceptedEvidence)])})</span></td>
      <td><ShareBar done={s.scoredSlots} of={s.applicableSlots} /></td>
      <td class={s.openDisagreements > 0 ? 'num warn' : 'num'}>{s.openDisagreements}</td>
      <td><ShareBar done={s.signedOff} of={s.enterprises} /></td>
    </>
  );
  return (
    <table class="data" data-testid="street-progress">
      <thead>
        <tr>
          <th>{i18n.t('console.enterprises.street')}</th>
          <th class="num">{i18n.t('console.progress.enterprises')}</th>
          <th class="num">{i18n.t('console.progress.evidence')}</th>
          <th>{i18n.t('console.progress.scored')}</th>
          <th class="num">{i18n.t('console.progress.disagreements')}</th>
          <th>{i18n.t('console.progress.signedOff')}</th>
        </tr>
      </thead>
      <tbody>
        {streets.map((s) => (
          <tr key={s.streetId} data-street={s.street} aria-current={chosen === s.street ? 'true' : undefined}>
            <th scope="row">
              {onChoose ? (
                <button type="button" class="link" onClick={() => onChoose(s.street)} title={i18n.t('console.progress.openStreet', [s.street])}>{s.street}</button>
              ) : (
                s.street
              )}
            </th>
            {row(s)}
          </tr>
        ))}
      </tbody>
      {streets.length > 1 && (
        <tfoot>
          <tr>
            <th scope="row">{i18n.t('console.progress.total')}</th>
            {row({ enterprises: sum('enterprises'), evidence: sum('evidence'), acceptedEvidence: sum('acceptedEvidence'), applicableSlots: sum('applicableSlots'), scoredSlots: sum('scoredSlots'), openDisagreements: sum('openDisagreements'), signedOff: sum('signedOff') })}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
