/** The form that turns a captured quote into evidence: enterprise, indicator, stance and note. */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ClipDraft } from '../../shared/schemas/clip';
import type { Stance } from '../../shared/schemas/evidence';
import type { IndicatorNode } from '../../shared/schemas/round';
import { sendMessage, type ClipContext } from '../lib/messaging';
import type { Failure } from '../lib/result';
import { EnterpriseField, type EnterpriseRef } from './EnterpriseField';
import { ErrorNote } from './ErrorNote';
import { IndicatorPicker } from './IndicatorPicker';
import { SessionBanner } from './SessionBanner';
import { StanceChoice } from './StanceChoice';

export type ClipPickerProps = { draftId: string };

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: Failure };

/** How long "Saved" stays on screen before the picker closes itself. */
const SAVED_LINGER_MS = 900;

export function ClipPicker({ draftId }: ClipPickerProps) {
  const [draft, setDraft] = useState<ClipDraft | null>(null);
  const [context, setContext] = useState<ClipContext | null>(null);
  const [loadError, setLoadError] = useState<Failure | null>(null);
  const [enterprise, setEnterprise] = useState<EnterpriseRef | null>(null);
  const [indicator, setIndicator] = useState<IndicatorNode | null>(null);
  const [stance, setStance] = useState<Stance>('supports');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const close = () => void sendMessage('dismissPicker', { draftId });

  const load = async () => {
    const loaded = await sendMessage('getDraft', { draftId });
    if (!loaded) return setLoadError({ code: 'not_found', message: i18n.t('picker.noSelection'), status: 0 });
    setDraft(loaded);
    const ctx = await sendMessage('getClipContext', { url: loaded.capture.url });
    if (!ctx.ok) return setLoadError(ctx.error);
    setLoadError(null);
    setContext(ctx.value);
    const first = ctx.value.detected[0];
    setEnterprise(first ? { id: first.id, name: first.name } : ctx.value.remembered);
  };
  useEffect(() => void load(), [draftId]);

  const save = async () => {
    if (!draft || !context || !enterprise || !indicator || status.kind === 'saving') return;
    setStatus({ kind: 'saving' });
    const result = await sendMessage('saveClip', { draftId, roundId: context.round.id, enterprise, indicatorId: indicator.id, stance, note });
    if (!result.ok) return setStatus({ kind: 'failed', error: result.error });
    setStatus({ kind: 'saved' });
    setTimeout(close, SAVED_LINGER_MS);
  };

  /** Signed in again from the banner: finish what the ended session interrupted, with everything as typed. */
  const resume = () => {
    if (!context) return void load();
    if (status.kind === 'failed' && status.error.code === 'unauthenticated') void save();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save();
  };

  const detected = context !== null && enterprise !== null && context.detected.some((e) => e.id === enterprise.id);

  return (
    <main onKeyDown={onKeyDown} style={{ padding: '10px 12px' }}>
      <header class="row">
        <h1 class="grow">{i18n.t('picker.title')}</h1>
        <button type="button" class="icon" aria-label={i18n.t('common.close')} onClick={close}>×</button>
      </header>
      <SessionBanner onSignedIn={resume} />
      {loadError && <ErrorNote error={loadError} />}
      {!loadError && (!draft || !context) && <p class="muted">{i18n.t('common.loading')}</p>}
      {draft && context && (
        <form onSubmit={(e) => (e.preventDefault(), void save())}>
          <label>{i18n.t('picker.quote')}</label>
          <div class="quote clamped" data-testid="picker-quote">{draft.capture.quote}</div>
          <label>{i18n.t('picker.enterprise')}</label>
          <EnterpriseField
            value={enterprise}
            detected={detected}
            onChange={setEnterprise}
            search={async (q) => {
              const found = await sendMessage('searchEnterprises', { roundId: context.round.id, q });
              return found.ok ? found.value : [];
            }}
          />
          <label for="indicator-search">
            {i18n.t('picker.indicator')}
            {indicator && <span class="code" data-testid="chosen-indicator"> · {indicator.code}</span>}
          </label>
          <IndicatorPicker
            indicators={context.indicators}
            quote={draft.capture.quote}
            lastUsedId={context.lastIndicatorId}
            selectedId={indicator?.id ?? null}
            onSelect={setIndicator}
          />
          <label>{i18n.t('picker.stance')}</label>
          <StanceChoice value={stance} onChange={setStance} />
          <label for="clip-note">{i18n.t('picker.note')}</label>
          <textarea id="clip-note" rows={2} maxLength={4000} placeholder={i18n.t('picker.notePlaceholder')} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          <div class="row" style={{ marginTop: '10px' }}>
            <button type="submit" class="primary" disabled={!enterprise || !indicator || status.kind === 'saving' || status.kind === 'saved'}>
              {status.kind === 'saving' ? i18n.t('picker.saving') : i18n.t('picker.save')}
            </button>
            <span class="grow" role="status">
              {status.kind === 'saved' && <span class="ok">{i18n.t('picker.saved')}</span>}
              {!enterprise && <span class="muted">{i18n.t('picker.chooseEnterprise')}</span>}
              {enterprise && !indicator && <span class="muted">{i18n.t('picker.chooseIndicator')}</span>}
            </span>
          </div>
          {status.kind === 'failed' && <ErrorNote error={status.error} />}
          <p class="muted">{i18n.t('picker.keyboardHint')}</p>
        </form>
      )}
    </main>
  );
}
