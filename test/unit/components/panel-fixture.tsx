// A small side-panel state for component tests: two dimensions, a mandatory, a voluntary and a special
// indicator, evidence of every kind of interest, three experts' scores, and a stand-in worker.
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { vi } from 'vitest';
import type { PanelEvidence, PanelState } from '../../../shared/schemas/panel';
import type { IndicatorNode } from '../../../shared/schemas/round';
import type { Score } from '../../../shared/schemas/score';
import { PanelContext, type PanelContextValue } from '../../../extension/lib/panel-context';
import { sessionItem } from '../../../extension/lib/storage';

const rubric = [
  { min: 0, label: { zh: '未达标', en: 'Not met' }, description: { zh: '没有相关制度', en: 'No policy in place' } },
  { min: 6, label: { zh: '达标', en: 'Met' }, description: { zh: '制度健全并执行', en: 'Policy in place and applied' } },
  { min: 9, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '超出要求', en: 'Beyond the requirement' } },
];
const node = (id: number, parentId: number | null, level: 1 | 2 | 3, code: string, en: string, extra: Partial<IndicatorNode> = {}): IndicatorNode => ({
  id,
  parentId,
  level,
  position: id,
  code,
  name: { zh: en, en },
  guidance: null,
  kind: level === 3 ? 'voluntary' : null,
  industries: [],
  weight: 1,
  maxScore: level === 3 ? 10 : null,
  rubric: level === 3 ? rubric : null,
  keywords: { zh: [], en: [] },
  validity: null,
  ...extra,
});

export const ids = { staff: 1, staff1: 2, contracts: 3, hours: 4, env: 5, env1: 6, dust: 7 };

export function evidenceItem(id: number, indicatorId: number, extra: Partial<PanelEvidence> = {}): PanelEvidence {
  return {
    id,
    roundId: 1,
    enterpriseId: 10,
    indicatorId,
    indicatorCode: '',
    kind: 'clip',
    url: 'https://huaxin-auto.com.cn/csr/2025.html',
    canonicalUrl: null,
    title: '2025 CSR report',
    siteName: 'Huaxin',
    lang: 'zh-CN',
    publishedOn: null,
    quote: `Quote ${id}`,
    quoteSha256: null,
    selectors: null,
    pageNumber: null,
    documentSha256: null,
    stance: 'supports',
    note: null,
    expiresOn: null,
    status: 'pending',
    reviewComment: null,
    reviewedAt: null,
    capturedBy: { id: 2, displayName: 'Li (labour)' },
    capturedAt: '2026-11-20T08:00:00.000Z',
    receivedAt: '2026-11-20T08:00:01.000Z',
    screenshotSha256: null,
    anchorStatus: null,
    lastSeenAt: null,
    validity: { status: 'valid', validUntil: null },
    version: 1,
    may: { review: false, edit: false, withdraw: false, flagSource: false },
    freshness: null,
    ...extra,
  };
}

export function score(id: number, indicatorId: number, expertId: number, value: number, extra: Partial<Score> = {}): Score {
  return {
    id,
    roundId: 1,
    enterpriseId: 10,
    indicatorId,
    indicatorCode: '',
    expert: { id: expertId, displayName: `Expert ${expertId}` },
    value,
    rubricLevel: value >= 9 ? 2 : value >= 6 ? 1 : 0,
    rationale: `Rationale of expert ${expertId}`,
    evidenceIds: [],
    createdAt: '2026-11-25T08:00:00.000Z',
    updatedAt: null,
    version: 1,
    ...extra,
  };
}

const outcome = (extra: Partial<NonNullable<PanelState['indicators'][number]['outcome']>> = {}) => ({
  expertCount: 3,
  minValue: 7,
  maxValue: 8,
  computedConsensus: 7.5,
  settled: false,
  consensus: 7.5,
  rubricLevel: 1,
  disagreement: false,
  failedMandatory: false,
  belowRectification: false,
  ...extra,
});

/** The state as a reviewer (userId 9) sees it; `viewer` and lists can be swapped per test. */
export function panelState(extra: Partial<PanelState> = {}): PanelState {
  return {
    version: 'W/"v1"',
    round: {
      id: 1,
      name: { zh: '2026年度测评', en: '2026 evaluation' },
      year: 2026,
      status: 'scoring',
      framework: { id: 1, code: 'mini', version: 1 },
      statusChangedAt: null,
      resultsStale: false,
      resultsComputedAt: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      version: 1,
    },
    enterprise: { id: 10, name: 'Huaxin', creditCode: '91310114MA1GT35K7H', street: 'Anting', industry: 'manufacturing', status: 'enrolled', signedOffBy: null, signedOffAt: null, signOffComment: null },
    viewer: { userId: 9, role: 'reviewer', seesScores: true, seesResults: true, maySignOff: false, mayProposeAdjustment: false },
    completeness: { applicable: 2, evidenced: 1, share: 0.5 },
    result: { weightedTotal: 72.5, adjustments: [], adjustmentTotal: 0, total: 72.5, grade: 'A', bandGrade: 'A', vetoCodes: [], provisional: true, scoredCount: 2, scoredShare: 1, disagreementCount: 1, unsettledCount: 1 },
    tree: [
      node(ids.staff, null, 1, 'STAFF', 'Staff'),
      node(ids.staff1, ids.staff, 2, 'STAFF.1', 'Labour relations'),
      node(ids.contracts, ids.staff1, 3, 'STAFF.1.1', 'Labour contracts', { kind: 'mandatory' }),
      node(ids.hours, ids.staff1, 3, 'STAFF.1.2', 'Working hours'),
      node(ids.env, null, 1, 'ENV', 'Environment'),
      node(ids.env1, ids.env, 2, 'ENV.1', 'Pollution'),
      node(ids.dust, ids.env1, 3, 'ENV.1.2', 'Dust control', { kind: 'special', industries: ['construction'] }),
    ],
    indicators: [
      { indicatorId: ids.contracts, applicable: true, evidenceCount: 2, acceptedCount: 1, contradictingCount: 1, outcome: outcome({ minValue: 3, maxValue: 9, consensus: 4, computedConsensus: 4, disagreement: true, failedMandatory: true }), blind: false, may: { score: false, settle: true, ask: true, decideSuggestions: false } },
      { indicatorId: ids.hours, applicable: true, evidenceCount: 0, acceptedCount: 0, contradictingCount: 0, outcome: outcome(), blind: false, may: { score: false, settle: false, ask: false, decideSuggestions: false } },
      { indicatorId: ids.dust, applicable: false, evidenceCount: 0, acceptedCount: 0, contradictingCount: 0, outcome: null, blind: false, may: { score: false, settle: false, ask: false, decideSuggestions: false } },
    ],
    evidence: [
      evidenceItem(101, ids.contracts, { stance: 'contradicts', kind: 'record', title: 'Labour inspection penalty', may: { review: true, edit: false, withdraw: false, flagSource: false } }),
      evidenceItem(102, ids.contracts, { status: 'accepted', pageNumber: 14, may: { review: true, edit: false, withdraw: false, flagSource: false } }),
    ],
    scores: [score(201, ids.contracts, 2, 9), score(202, ids.contracts, 3, 3), score(203, ids.contracts, 4, 4)],
    settlements: [],
    rectifications: [{ id: 301, roundId: 1, indicatorCode: 'STAFF.1.2', reason: 'below_threshold', status: 'submitted', dueOn: '2026-03-01', requiredAction: 'Cut overtime' }],
    requests: [],
    adjustments: [],
    adjustmentItems: [],
    ...extra,
  };
}

/** Renders `ui` inside the panel's context; refresh and update are spies. */
export function renderInPanel(ui: ComponentChildren, state: PanelState, context: Partial<PanelContextValue> = {}) {
  const value: PanelContextValue = { viewer: state.viewer, roundId: state.round.id, enterpriseId: state.enterprise.id, refresh: vi.fn(async () => {}), update: vi.fn(), ...context };
  const inContext = (node: ComponentChildren) => <PanelContext.Provider value={value}>{node}</PanelContext.Provider>;
  const result = render(inContext(ui));
  return { ...result, rerender: (next: ComponentChildren) => result.rerender(inContext(next)), context: value };
}

/** A stand-in worker: answers each request with the next queued reply (status 0: the network is down) and keeps what it was sent. */
export async function standInWorker() {
  await sessionItem.setValue({ token: 'test-token-0123456789abcdef', expiresAt: '2099-01-01T00:00:00.000Z', user: { id: 9, login: 'reviewer', displayName: 'Zhao', isAdmin: false, memberships: [] } });
  const sent: { method: string; path: string; body: unknown; headers: Headers }[] = [];
  const replies: { status: number; body?: unknown }[] = [];
  vi.stubGlobal('fetch', async (input: string | URL, init: RequestInit = {}) => {
    sent.push({ method: init.method ?? 'GET', path: new URL(String(input)).pathname, body: init.body ? JSON.parse(String(init.body)) : undefined, headers: new Headers(init.headers) });
    const reply = replies.shift() ?? { status: 500, body: { error: { code: 'internal', message: 'no reply queued' } } };
    if (reply.status === 0) throw new TypeError('Failed to fetch');
    if (reply.status === 304 || reply.status === 204) return new Response(null, { status: reply.status });
    return new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': 'application/json' } });
  });
  return { sent, reply: (status: number, body?: unknown) => replies.push({ status, body }) };
}
