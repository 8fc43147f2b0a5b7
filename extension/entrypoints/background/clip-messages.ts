// Answers the picker and popup: a draft's targets (round, enterprise, indicators) and saving the clip.
import { browser } from 'wxt/browser';
import type { ClipChoice, ClipDraft } from '../../../shared/schemas/clip';
import type { EvidenceCreate } from '../../../shared/schemas/evidence';
import type { IndicatorNode } from '../../../shared/schemas/round';
import { request } from '../../lib/api';
import { onMessage, sendMessage, type ClipContext } from '../../lib/messaging';
import { fail, ok, type Result } from '../../lib/result';
import { resolveRound } from '../../lib/rounds';
import { clipDrafts, enterpriseBySite, lastIndicatorByRound } from '../../lib/storage';
import { startClip } from './clip-commands';

/** A framework version never changes once a round uses it, so its tree is fetched once per service-worker life. */
const indicatorCache = new Map<number, IndicatorNode[]>();

async function indicatorsOf(roundId: number): Promise<Result<IndicatorNode[]>> {
  const cached = indicatorCache.get(roundId);
  if (cached) return ok(cached);
  const result = await request((api) => api.api.v1.rounds[':roundId'].indicators.$get({ param: { roundId: String(roundId) } }));
  if (result.ok) indicatorCache.set(roundId, result.value.items);
  return result.ok ? ok(result.value.items) : result;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

async function clipContext(url: string): Promise<Result<ClipContext>> {
  const round = await resolveRound();
  if (!round.ok) return round;
  const host = hostOf(url);
  const [indicators, detected] = await Promise.all([
    indicatorsOf(round.value.id),
    host
      ? request((api) => api.api.v1.rounds[':roundId'].enterprises.$get({ param: { roundId: String(round.value.id) }, query: { host } }))
      : Promise.resolve(ok({ items: [] })),
  ]);
  if (!indicators.ok) return indicators;
  if (!detected.ok) return detected;
  const remembered = (await enterpriseBySite.getValue())[`${round.value.id}:${host}`];
  return ok({
    round: round.value,
    indicators: indicators.value,
    detected: detected.value.items,
    remembered: remembered ?? null,
    lastIndicatorId: (await lastIndicatorByRound.getValue())[round.value.id] ?? null,
  });
}

function evidenceFrom(draft: ClipDraft, choice: ClipChoice): EvidenceCreate {
  const { capture } = draft;
  return {
    roundId: choice.roundId,
    enterpriseId: choice.enterprise.id,
    indicatorId: choice.indicatorId,
    kind: 'clip',
    url: capture.url,
    canonicalUrl: capture.canonicalUrl,
    title: capture.title.slice(0, 500),
    siteName: capture.siteName?.slice(0, 200),
    lang: capture.lang?.slice(0, 35),
    publishedOn: capture.publishedOn,
    quote: capture.quote,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: capture.quote, prefix: capture.prefix, suffix: capture.suffix },
      position: { type: 'TextPositionSelector', start: capture.start, end: capture.end },
    },
    stance: choice.stance,
    note: choice.note.trim() || undefined,
    capturedAt: draft.createdAt,
    // The draft's id is the clip's identity: saving it again can never make a second record.
    idempotencyKey: draft.id,
    extensionVersion: browser.runtime.getManifest().version,
  };
}

async function saveClip(choice: ClipChoice) {
  const draft = (await clipDrafts.getValue())[choice.draftId];
  if (!draft) return fail('not_found', 'This clip is no longer open');
  const saved = await request((api) => api.api.v1.evidence.$post({ json: evidenceFrom(draft, choice) }));
  if (!saved.ok) return saved;
  const host = hostOf(draft.capture.url);
  await Promise.all([
    lastIndicatorByRound.setValue({ ...(await lastIndicatorByRound.getValue()), [choice.roundId]: choice.indicatorId }),
    enterpriseBySite.setValue({ ...(await enterpriseBySite.getValue()), [`${choice.roundId}:${host}`]: choice.enterprise }),
  ]);
  return saved;
}

async function dismissPicker(draftId: string) {
  const drafts = await clipDrafts.getValue();
  const draft = drafts[draftId];
  if (!draft) return;
  delete drafts[draftId];
  await clipDrafts.setValue(drafts);
  await sendMessage('closePicker', undefined, draft.tabId).catch(() => undefined);
}

export function setupClipMessages() {
  onMessage('getDraft', async ({ data }) => (await clipDrafts.getValue())[data.draftId] ?? null);
  onMessage('getClipContext', ({ data }) => clipContext(data.url));
  onMessage('searchEnterprises', async ({ data }) => {
    const found = await request((api) =>
      api.api.v1.rounds[':roundId'].enterprises.$get({ param: { roundId: String(data.roundId) }, query: { q: data.q } }),
    );
    return found.ok ? ok(found.value.items) : found;
  });
  onMessage('saveClip', ({ data }) => saveClip(data));
  onMessage('dismissPicker', ({ data }) => dismissPicker(data.draftId));
  onMessage('clipActiveTab', async () => {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? fail('not_found', 'No active tab') : startClip(tab.id);
  });
}
