/** Hands out the scope's invitation codes: as a CSV or XLSX file, or as a printable page per street. Issuing new
 * codes makes earlier unused ones stop working and the codes are shown only once, so each asks first. */
import type { ClientResponse } from 'hono/client';
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { EnterpriseAccountScope, InvitationSheet } from '../../../../shared/schemas/enterprise-accounts';
import type { Round } from '../../../../shared/schemas/round';
import { request, requestFile } from '../../../lib/api';
import { formatTime } from '../../../lib/locale';
import type { Failure } from '../../../lib/result';
import { saveFile } from '../../../lib/save-file';
import { ConfirmButton } from '../../ConfirmButton';
import { ErrorNote } from '../../ErrorNote';
import { InvitationSheetView } from './InvitationSheetView';

export type InvitationSheetPanelProps = { round: Round; scope: EnterpriseAccountScope | null; disabled: boolean };

type Format = 'csv' | 'xlsx';

export function InvitationSheetPanel({ round, scope, disabled }: InvitationSheetPanelProps) {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ fileName: string; at: Date } | null>(null);
  const [sheet, setSheet] = useState<InvitationSheet | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const param = { roundId: String(round.id) };

  const download = async (format: Format) => {
    if (!scope) return;
    setBusy(true);
    const file = await requestFile((api) => api.api.v1.rounds[':roundId']['enterprise-accounts'].invitations.$post({ param, json: { scope, format } }));
    setBusy(false);
    if (!file.ok) return setError(file.error);
    setError(null);
    setSaved({ fileName: file.value.fileName, at: new Date() });
    saveFile(file.value.blob, file.value.fileName);
  };
  const showSheet = async () => {
    if (!scope) return;
    setBusy(true);
    // The route answers files too; asked for JSON, it answers the sheet.
    const answer = await request((api) => api.api.v1.rounds[':roundId']['enterprise-accounts'].invitations.$post({ param, json: { scope, format: 'json' } }) as Promise<ClientResponse<InvitationSheet>>);
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setSheet(answer.value);
  };
  const off = disabled || busy || !scope;
  return (
    <section class="panel" data-testid="invitation-sheet-panel" aria-label={i18n.t('console.accounts.invitations')}>
      <div class="no-print">
        <h2>{i18n.t('console.accounts.invitations')}</h2>
        <p class="muted">{i18n.t('console.accounts.invitationsHint')}</p>
        <p class="warn">{i18n.t('console.accounts.onceWarning')}</p>
        <div class="row">
          {(['csv', 'xlsx'] as const).map((format) => (
            <ConfirmButton key={format} testId={`invitations-${format}`} label={i18n.t(`console.accounts.download_${format}`)} question={i18n.t('console.accounts.issueQuestion')} disabled={off} onConfirm={() => void download(format)} />
          ))}
          <ConfirmButton testId="invitations-sheet" label={i18n.t('console.accounts.printable')} question={i18n.t('console.accounts.issueQuestion')} disabled={off} onConfirm={() => void showSheet()} />
        </div>
        {busy && <p class="muted">{i18n.t('common.loading')}</p>}
        {saved && <p class="muted" role="status">{i18n.t('console.accounts.saved', [saved.fileName, formatTime(saved.at)])}</p>}
        {error && <ErrorNote error={error} />}
      </div>
      {sheet && <InvitationSheetView sheet={sheet} round={round} />}
    </section>
  );
}
