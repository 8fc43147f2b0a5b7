/** The form that turns a capture into evidence: enterprise, indicator, stance, note, kind and screenshot. */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import { suggestStance, type StanceSuggestion } from '../../shared/domain/stance-suggestion';
import type { AttachKind, ClipDraft, SaveOutcome } from '../../shared/schemas/clip';
import type { Stance } from '../../shared/schemas/evidence';
import type { IndicatorNode } from '../../shared/schemas/round';
import { sendMessage, type ClipContext } from '../lib/messaging';
import type { Failure } from '../lib/result';
import { AttachKindChoice } from './AttachKindChoice';
import { ClipSource } from './ClipSource';
import { EnterpriseField, type EnterpriseRef } from './EnterpriseField';
import { ErrorNote } from './ErrorNote';
import { IndicatorPicker } from './IndicatorPicker';
import { SessionBanner } from './SessionBanner';
import { StanceChoice } from './StanceChoice';

export type ClipPickerProps = { draftId: string };

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; outcome: SaveOutcome } | { kind: 'failed'; error: Failure };

/** How long "Saved" (or "Queued") stays on screen before the picker closes itself. */
const LINGER_MS = { saved: 900, queued: 2_500 };

/** The picker in a window of its own (a queued clip reopened, a page no script may enter) closes itself. */
const standalone = window.top === window;

export function ClipPicker({ draftId }: ClipPickerProps) {
  const [draft, setDraft] = useState<ClipDraft | null>(null);
  const [context, setContext] = useState<ClipContext | null>(null);
  const [loadError, setLoadError] = useState<Failure | null>(null);
  const [enterprise, setEnterprise] = useState<EnterpriseRef | null>(null);
  const [indicator, setIndicator] = useState<IndicatorNode | null>(null);
  /** Null until chosen: a quote reading as a penalty is suggested 相反, any other is asked, never assumed. */
  const [stance, setStance] = useState<Stance | null>(null);
  const [suggestion, setSuggestion] = useState<StanceSuggestion>(null);
  const [kind, setKind] = useState<AttachKind>('link');
  const [note, setNote] = useState('');
  const [screenshot, setScreenshot] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const close = () => {
    void sendMessage('dismissPicker', { draftId });
    if (standalone) window.close();
  };

  const load = async () => {
    const loaded = await sendMessage('getDraft', { draftId });
    if (!loaded) return setLoadError({ code: 'not_found', message: i18n.t('picker.draftGone'), status: 0 });
    setDraft(loaded);
    const ctx = await sendMessage('getClipContext', { draftId });
    if (!ctx.ok) return setLoadError(ctx.error);
    setLoadError(null);
    setContext(ctx.value);
    const previous = loaded.previous;
    const detected = ctx.value.detected[0];
    setEnterprise(previous?.enterprise ?? (detected ? { id: detected.id, name: detected.name } : (ctx.value.own ?? ctx.value.remembered)));
    setIndicator(ctx.value.indicators.find((i) => i.id === previous?.indicatorId) ?? null);
    const suggested = loaded.capture.selection ? suggestStance(loaded.capture.selection.quote) : null;
    setSuggestion(previous ? null : suggested);
    setStance(previous?.stance ?? suggested?.stance ?? null);
    setNote(previous?.note ?? '');
    setKind(previous?.kind ?? (loaded.capture.pdf ? 'report' : 'link'));
    setScreenshot(previous?.screenshot ?? (loaded.tabId !== undefined && ctx.value.screenshotByDefault));
  };
  useEffect(() => void load(), [draftId]);

  const save = async () => {
    if (!draft || !context || !enterprise || !indicator || !stance || status.kind === 'saving') return;
    setStatus({ kind: 'saving' });
    const result = await sendMessage('saveClip', {
      draftId,
      roundId: context.round.id,
      enterprise,
      indicatorId: indicator.id,
      stance,
      note,
      kind: draft.capture.selection ? undefined : kind,
      screenshot,
    });
    if (!result.ok) return setStatus({ kind: 'failed', error: result.error });
    const outcome = result.value;
    if (outcome.state === 'attention') return setStatus({ kind: 'failed', error: { ...outcome.error, code: outcome.error.code as Failure['code'] } });
    setStatus({ kind: 'done', outcome });
    setTimeout(close, LINGER_MS[outcome.state]);
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

  const basis = (enterprise && context?.detected.find((e) => e.id === enterprise.id)?.basis) ?? null;
  /** What the save button waits for, said beside it. */
  const missing = !enterprise ? 'chooseEnterprise' : !indicator ? 'chooseIndicator' : !stance ? 'chooseStance' : null;
  const done = status.kind === 'done';
  const selection = draft?.capture.selection;

  return (
    <main onKeyDown={onKeyDown} style={{ padding: '10px 12px' }}>
      <header class="row">
        <h1 class="grow">{i18n.t(selection || !draft ? 'picker.title' : 'picker.attachTitle')}</h1>
        <button type="button" class="icon" aria-label={i18n.t('common.close')} onClick={close}>×</button>
      </header>
      <SessionBanner onSignedIn={resume} />
      {loadError && <ErrorNote error={loadError} />}
      {!loadError && (!draft || !context) && <p class="muted">{i18n.t('common.loading')}</p>}
      {draft && context && (
        <form onSubmit={(e) => (e.preventDefault(), void save())}>
          <ClipSource capture={draft.capture} />
          {!selection && <AttachKindChoice value={kind} onChange={setKind} />}
          <label>{i18n.t('picker.enterprise')}</label>
          <EnterpriseField
            value={enterprise}
            basis={basis}
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
            quote={selection?.quote ?? draft.capture.title}
            lastUsedId={context.lastIndicatorId}
            selectedId={indicator?.id ?? null}
            onSelect={setIndicator}
          />
          <label>{i18n.t('picker.stance')}</label>
          <StanceChoice value={stance} onChange={setStance} />
          {suggestion && (
            <p class="muted tight" data-testid="stance-suggestion">{i18n.t('picker.stanceSuggested', [i18n.t(`stance.${suggestion.stance}`), suggestion.sign])}</p>
          )}
          <label for="clip-note">{i18n.t('picker.note')}</label>
          <textarea id="clip-note" rows={2} maxLength={4000} placeholder={i18n.t('picker.notePlaceholder')} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          {draft.tabId !== undefined && (
            <label class="row" style={{ fontWeight: 400 }}>
              <input type="checkbox" id="clip-screenshot" checked={screenshot} onChange={(e) => setScreenshot(e.currentTarget.checked)} />
              {i18n.t('picker.screenshot')}
            </label>
          )}
          <div class="row" style={{ marginTop: '10px' }}>
            <button type="submit" class="primary" aria-describedby="picker-status" disabled={missing !== null || status.kind === 'saving' || done}>
              {status.kind === 'saving' ? i18n.t('picker.saving') : i18n.t('picker.save')}
            </button>
            <span class="grow" role="status" id="picker-status" data-testid="picker-status">
              {done && status.outcome.state === 'saved' && <span class="ok">{i18n.t('picker.saved')}</span>}
              {done && status.outcome.state === 'queued' && <span class="warn">{i18n.t('picker.queued')}</span>}
              {missing && <span class="muted" data-testid="picker-missing">{i18n.t(`picker.${missing}`)}</span>}
            </span>
          </div>
          {status.kind === 'failed' && <ErrorNote error={status.error} />}
          <p class="muted">{i18n.t('picker.keyboardHint')}</p>
        </form>
      )}
    </main>
  );
}
