/** The round's evidence whose validity window ends soon or has ended, with its enterprise and indicator. */
import { i18n } from '../../../lib/ports/messages';
import { httpUrlOrNull } from '../../../../shared/domain/url';
import type { ExpiringEvidence } from '../../../../shared/schemas/expiring-evidence';
import { localized } from '../../../lib/locale';

export function ExpiringEvidenceList({ items }: { items: ExpiringEvidence[] }) {
  if (items.length === 0) return <p class="muted">{i18n.t('rigour.expiring.none')}</p>;
  return (
    <table class="data" data-testid="expiring-evidence">
      <thead>
        <tr>
          <th>{i18n.t('console.enterprises.name')}</th>
          <th>{i18n.t('console.diff.indicator')}</th>
          <th>{i18n.t('rigour.expiring.evidence')}</th>
          <th>{i18n.t('rigour.expiring.validUntil')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const url = httpUrlOrNull(item.evidence.url);
          return (
            <tr key={item.evidence.id} data-status={item.status}>
              <td>{item.enterprise.name}<div class="muted">{item.enterprise.street}</div></td>
              <td><span class="code">{item.indicator.code}</span> {localized(item.indicator.name)}</td>
              <td>{url ? <a href={url} target="_blank" rel="noopener noreferrer">{item.evidence.title}</a> : item.evidence.title}</td>
              <td class={item.status === 'expired' ? 'error' : ''}>
                {i18n.t(item.status === 'expired' ? 'rigour.validity_expired' : 'rigour.validity_expiring', [item.validUntil])}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
