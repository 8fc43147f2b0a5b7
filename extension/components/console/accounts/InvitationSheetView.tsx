/** The invitation sheet on screen and on paper: one page per street, each a table of the street's enterprises with
 * their login, one-time code and set-password link. Registry text is shown as text only. */
import { i18n } from '../../../lib/ports/messages';
import type { InvitationLine, InvitationSheet } from '../../../../shared/schemas/enterprise-accounts';
import type { Round } from '../../../../shared/schemas/round';
import { formatDateTime, localized } from '../../../lib/locale';

export type InvitationSheetViewProps = { sheet: InvitationSheet; round: Round };

const contactOf = (line: InvitationLine) => [line.contactName, line.contactPhone].filter(Boolean).join(' ');

export function InvitationSheetView({ sheet, round }: InvitationSheetViewProps) {
  const expires = formatDateTime(sheet.expiresAt);
  return (
    <div class="invitation-sheet" data-testid="invitation-sheet">
      <div class="row no-print">
        <p class="grow" role="status">{sheet.count === 0 ? i18n.t('console.accounts.sheetEmpty') : i18n.t('console.accounts.sheetCount', [String(sheet.count), expires])}</p>
        {sheet.count > 0 && <button type="button" data-testid="invitations-print" onClick={() => window.print()}>{i18n.t('console.accounts.print')}</button>}
      </div>
      {sheet.streets.map(({ street, items }) => (
        <section key={street} class="invitation-street" data-street={street}>
          <h2>{i18n.t('console.accounts.sheetTitle', [street])}</h2>
          <p class="muted">{localized(round.name)}</p>
          <table class="data">
            <thead>
              <tr>
                <th>{i18n.t('console.accounts.enterprise')}</th>
                <th>{i18n.t('console.accounts.creditCode')}</th>
                <th>{i18n.t('console.accounts.contact')}</th>
                <th>{i18n.t('console.accounts.login')}</th>
                <th>{i18n.t('console.accounts.code')}</th>
                <th>{i18n.t('console.accounts.link')}</th>
                <th>{i18n.t('console.accounts.expires')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((line) => (
                <tr key={line.enterprise.id} data-enterprise-id={line.enterprise.id}>
                  <td>{line.enterprise.name}</td>
                  <td class="code">{line.enterprise.creditCode}</td>
                  <td>{contactOf(line)}</td>
                  <td class="code">{line.login}</td>
                  <td class="code" data-testid="invitation-code">{line.code}</td>
                  <td class="code link">{line.link}</td>
                  <td>{expires}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
