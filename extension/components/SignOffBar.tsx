/** The enterprise's sign-off: what still stands in its way (unscored indicators, unsettled disagreements), the
 * reviewer's sign-off with an optional comment once nothing does (open items, such as pending evidence, are shown
 * with their counts and need a confirmation with a reason), and who signed off when, to revoke. */
import { useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import type { PanelState } from '../../shared/schemas/panel';
import type { SignOffOpenItems } from '../../shared/schemas/round';
import { request } from '../lib/api';
import { formatDateTime } from '../lib/locale';
import { usePanel } from '../lib/panel-context';
import { signOffBlockers } from '../lib/panel-view';
import type { Failure } from '../lib/result';
import { ConfirmButton } from './ConfirmButton';
import { ErrorNote } from './ErrorNote';
import { OpenItemsWarning } from './OpenItemsWarning';

export type SignOffBarProps = { state: PanelState };

export function SignOffBar({ state }: SignOffBarProps) {
  const { roundId, enterpriseId, refresh } = usePanel();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  /** What the worker said is still open, once a sign-off asked for a confirmation. */
  const [openItems, setOpenItems] = useState<SignOffOpenItems | null>(null);
  const blockers = signOffBlockers(state);
  const { enterprise, viewer } = state;
  const param = { roundId: String(roundId), enterpriseId: String(enterpriseId) };
  if (!blockers) return null;
  const ready = blockers.unscored === 0 && blockers.unsettled === 0;

  const run = async (call: () => Promise<{ ok: boolean; error?: Failure }>) => {
    setBusy(true);
    const result = await call();
    setBusy(false);
    const asked = !result.ok && result.error?.code === 'sign_off_needs_confirmation';
    setOpenItems(asked ? (result.error!.details as SignOffOpenItems) : null);
    setError(result.ok || asked ? null : (result.error ?? null));
    await refresh();
  };
  const signOff = (reason?: string) =>
    run(() =>
      request((api) =>
        api.api.v1.rounds[':roundId'].enterprises[':enterpriseId']['sign-off'].$post({ param, json: { comment: comment.trim() || undefined, confirm: reason ? { reason } : undefined } }),
      ),
    );
  const revoke = () => run(() => request((api) => api.api.v1.rounds[':roundId'].enterprises[':enterpriseId']['sign-off'].$delete({ param })));

  if (enterprise.status === 'signed_off') {
    return (
      <section class="sign-off done" data-testid="sign-off-bar" data-signed-off="true">
        <p class="ok tight" data-testid="signed-off">
          {i18n.t('panel.signOff.signedOff', [enterprise.signedOffBy?.displayName ?? '', enterprise.signedOffAt ? formatDateTime(enterprise.signedOffAt) : ''])}
        </p>
        {enterprise.signOffComment && <p class="muted tight">{enterprise.signOffComment}</p>}
        {viewer.maySignOff && <ConfirmButton testId="sign-off-revoke" disabled={busy} label={i18n.t('panel.signOff.revoke')} question={i18n.t('panel.signOff.revokeConfirm')} onConfirm={() => void revoke()} />}
        {error && <ErrorNote error={error} />}
      </section>
    );
  }
  return (
    <section class="sign-off" data-testid="sign-off-bar" data-ready={ready}>
      <p class={`tight ${ready ? 'ok' : 'warn'}`} data-testid="sign-off-status">
        {ready ? i18n.t('panel.signOff.ready') : i18n.t('panel.signOff.blocked', [String(blockers.unscored), String(blockers.unsettled)])}
      </p>
      {viewer.maySignOff ? (
        <div class="row">
          <input type="text" class="grow" maxLength={2000} aria-label={i18n.t('panel.signOff.comment')} placeholder={i18n.t('panel.signOff.comment')} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
          <button type="button" class="primary" data-testid="sign-off" disabled={busy || !ready || openItems !== null} onClick={() => void signOff()}>{i18n.t('panel.signOff.action')}</button>
        </div>
      ) : (
        viewer.role === 'reviewer' && <p class="muted tight">{i18n.t('panel.signOff.notYet')}</p>
      )}
      {openItems && viewer.maySignOff && <OpenItemsWarning items={openItems} busy={busy} onConfirm={(reason) => void signOff(reason)} onCancel={() => setOpenItems(null)} />}
      {error && <ErrorNote error={error} />}
    </section>
  );
}
