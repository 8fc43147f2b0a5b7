/** The round's enterprise accounts for administrators: choose whose, create their accounts and round role in bulk,
 * then hand out the invitation codes as a file or a printable page per street. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Round } from '../../../../shared/schemas/round';
import { localized } from '../../../lib/locale';
import { PageHeader } from '../common/PageHeader';
import { AccountCreation } from './AccountCreation';
import { AccountScopeChooser, firstChoice, scopeOf } from './AccountScopeChooser';
import { InvitationSheetPanel } from './InvitationSheetPanel';

export function EnterpriseAccountsPage({ round }: { round: Round }) {
  const [choice, setChoice] = useState(firstChoice);
  const [running, setRunning] = useState(false);
  const scope = scopeOf(choice);
  return (
    <section class="invitation-sheet-page" data-testid="enterprise-accounts-page">
      <div class="no-print">
        <PageHeader title={i18n.t('console.accounts.title')} subtitle={localized(round.name)} />
        <p class="muted">{i18n.t('console.accounts.subtitle')}</p>
        <AccountScopeChooser choice={choice} onChange={setChoice} disabled={running} />
        <AccountCreation round={round} scope={scope} onRunning={setRunning} />
      </div>
      <InvitationSheetPanel round={round} scope={scope} disabled={running} />
    </section>
  );
}
