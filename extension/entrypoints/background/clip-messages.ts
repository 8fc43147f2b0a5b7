// Answers the picker, popup and content script: a draft's targets (round, enterprise detected, indicators),
// saving a clip through the queue, and the popup's actions on queued clips.
import { browser } from 'wxt/browser';
import { i18n } from '../../lib/ports/messages';
import { hostOf } from '../../../shared/domain/url';
import type { ClipChoice } from '../../../shared/schemas/clip';
import type { IndicatorNode } from '../../../shared/schemas/round';
import { request } from '../../lib/api';
import { evidenceFrom } from '../../lib/evidence-payload';
import { onMessage, sendMessage, type ClipContext } from '../../lib/messaging';
import { withOfflineCopy } from '../../lib/offline-copy';
import { fail, ok, type Result } from '../../lib/result';
import { isRetryable } from '../../lib/retry-policy';
import { resolveRound } from '../../lib/rounds';
import { draftFor, dropDraft } from '../../lib/drafts';
import { screenshotOf, sessionItem } from '../../lib/storage';
import { recallChoices, rememberChoice } from '../../lib/user-choices';
import { showPicker, startAttach, startClip } from './clip-commands';
import { discardQueued, enqueueAndSend, findQueued, retryQueued } from './clip-queue';
import { detectFor } from './enterprise-detection';
import { captureVisible } from './page-link';

/** A framework version never changes once a round uses it, so its tree is fetched once per service-worker life. */
const indicatorCache = new Map<number, IndicatorNode[]>();

async function indicatorsOf(roundId: number): Promise<Result<IndicatorNode[]>> {
  const cached = indicatorCache.get(roundId);
  if (cached) return ok(cached);
  const result = await withOfflineCopy(`indicators:${roundId}`, () =>
    request((api) => api.api.v1.rounds[':roundId'].indicators.$get({ param: { roundId: String(roundId) } })),
  );
  if (result.ok) indicatorCache.set(roundId, result.value.items);
  return result.ok ? ok(result.value.items) : result;
}

const findEnterprises = (roundId: number, query: { host?: string; q?: string }) =>
  request((api) => api.api.v1.rounds[':roundId'].enterprises.$get({ param: { roundId: String(roundId) }, query }));

async function clipContext(draftId: string): Promise<Result<ClipContext>> {
  const draft = await draftFor(draftId);
  if (!draft) return fail('not_found', i18n.t('picker.draftGone'));
  const round = await resolveRound();
  if (!round.ok) return round;
  const host = hostOf(draft.capture.url);
  const session = await sessionItem.getValue();
  const isStaff = session?.user.memberships.some((m) => m.roundId === round.value.id && m.role === 'enterprise');
  const [indicators, detected, own] = await Promise.all([
    indicatorsOf(round.value.id),
    detectFor(round.value.id, draft.capture),
    // Enterprise staff see exactly one enterprise: theirs.
    isStaff ? withOfflineCopy(`enterprises:${round.value.id}`, () => findEnterprises(round.value.id, {})) : Promise.resolve(ok({ items: [] })),
  ]);
  if (!indicators.ok) return indicators;
  // Offline with no copy for this site: the user picks the enterprise (or the one remembered) instead.
  if (!detected.ok && !isRetryable(detected.error)) return detected;
  const ownFirst = own.ok ? own.value.items[0] : undefined;
  return ok({
    round: round.value,
    indicators: indicators.value,
    detected: detected.ok ? detected.value : [],
    own: ownFirst ? { id: ownFirst.id, name: ownFirst.name } : null,
    ...(await recallChoices(session?.user.id ?? null, round.value.id, host)),
  });
}

async function saveClip(choice: ClipChoice) {
  const draft = await draftFor(choice.draftId);
  if (!draft) return fail('not_found', i18n.t('picker.draftGone'));
  const session = await sessionItem.getValue();
  if (!session) return fail('unauthenticated', i18n.t('common.notSignedIn'));
  // The screenshot is taken when saving, with the picker hidden, and kept with the queued clip.
  const shot = screenshotOf(draft.id);
  if (!choice.screenshot) await shot.removeValue();
  else if (draft.tabId !== undefined && !(await shot.getValue())) {
    const image = await captureVisible(draft.tabId).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
    if (image instanceof Error) return fail('internal', i18n.t('picker.screenshotFailed', [image.message]));
    await shot.setValue(image);
  }
  await rememberChoice(session.user.id, choice, hostOf(draft.capture.url));
  const outcome = await enqueueAndSend({
    key: draft.id,
    userId: session.user.id,
    evidence: evidenceFrom(draft, choice, browser.runtime.getManifest().version),
    draft,
    choice,
    state: 'pending',
    screenshot: choice.screenshot && (await shot.getValue()) ? 'pending' : 'none',
    attempts: 0,
    queuedAt: new Date().toISOString(),
  });
  return ok(outcome);
}

async function dismissPicker(draftId: string) {
  const draft = await dropDraft(draftId);
  if (!draft) return;
  if (draft.tabId !== undefined) await sendMessage('closePicker', { draftId }, draft.tabId).catch(() => undefined);
}

export function setupClipMessages() {
  onMessage('getDraft', ({ data }) => draftFor(data.draftId));
  onMessage('getClipContext', ({ data }) => clipContext(data.draftId));
  onMessage('searchEnterprises', async ({ data }) => {
    const found = await findEnterprises(data.roundId, { q: data.q });
    return found.ok ? ok(found.value.items) : found;
  });
  onMessage('saveClip', ({ data }) => saveClip(data));
  onMessage('dismissPicker', ({ data }) => dismissPicker(data.draftId));
  onMessage('clipTab', ({ data }) => startClip(data.tabId));
  onMessage('attachTab', ({ data }) => startAttach(data.tabId));
  onMessage('clipSelectionInSender', ({ sender }) => (sender.tab?.id === undefined ? fail('not_found', 'No tab') : startClip(sender.tab.id)));
  onMessage('retryQueuedClip', ({ data }) => retryQueued(data.key));
  onMessage('discardQueuedClip', ({ data }) => discardQueued(data.key));
  onMessage('editQueuedClip', async ({ data }) => {
    const item = await findQueued(data.key);
    // Reopened on its own: the tab it came from may be long gone, and the screenshot is already kept.
    if (item) await showPicker({ ...item.draft, tabId: undefined, previous: item.choice, userId: item.userId });
  });
}
