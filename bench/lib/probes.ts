// What the bench asks the worker, per tier: every read the console and the side panel make (ranking pages,
// progress and its drill-down, statistics, agreement, an enterprise's results, the panel and its poll) and
// the writes experts and reviewers make (a clip, a score, a settlement, a review), each with its incremental
// update. Writes rotate over targets read from the tier's data, keeping versions as they move on.
import { queueProbes, type QueueWorld } from './queue-probes';
import type { Iterations, Probe, ProbeRequest } from './worker-figures';

/** Targets of the tier's data, read before the worker starts (worker-tier.ts). */
export type ProbeWorld = {
  roundId: number;
  /** Enrolled enterprises the typical probes rotate over (the heavy one excluded). */
  sample: number[];
  heavyEnterpriseId: number;
  /** Leaf indicators, for clips. */
  indicatorIds: number[];
  /** expert.labour's own scores on the sample enterprises, with their versions. */
  scoreSlots: { enterpriseId: number; indicatorId: number; version: number; maxScore: number }[];
  /** Slots where the experts disagree, no reviewer has settled yet. */
  disputedSlots: { enterpriseId: number; indicatorId: number; maxScore: number }[];
  /** Pending evidence items (captured by experts) a reviewer may review, with their versions. */
  pendingEvidence: { id: number; version: number }[];
  /** Names and credit codes of the sample, for searches. */
  named: { name: string; creditCode: string }[];
  /** The queues' next-page cursors and streets. */
  queue: QueueWorld;
  /** The heavy enterprise's panel ETag for the poll probe, read once the worker runs. */
  heavyEtag?: string;
  /** The second page of the ranking, read once the worker runs. */
  rankingCursor?: string;
};

const warm = (iterations: number) => Math.max(2, Math.ceil(iterations / 10));

/**
 * A probe timed one at a time and four at once. A read has a raw floor; a write has none, since a replay would
 * write something else.
 */
const timedProbe =
  (kind: 'read' | 'write') =>
  (id: string, label: string, login: Probe['login'], iterations: number, request: (i: number) => ProbeRequest, ok = [200]): Probe => ({
    id,
    label,
    kind,
    login,
    request,
    ok,
    iterations,
    warmup: warm(iterations),
    concurrency: [1, 4],
    floor: kind === 'read',
  });
const read = timedProbe('read');
const write = timedProbe('write');

/** Hands out `targets` in turn, each with the version its next write names (its last one's, moved on). */
function versioned<T>(targets: readonly T[], first: (target: T) => number) {
  const next = new Map<T, number>();
  return (i: number) => {
    const target = targets[i % targets.length]!;
    const version = next.get(target) ?? first(target);
    next.set(target, version + 1);
    return { target, version };
  };
}

export function probes(world: ProbeWorld, n: Iterations, runId: string): Probe[] {
  const { roundId, sample, heavyEnterpriseId } = world;
  const round = `/rounds/${roundId}`;
  const panelOf = (enterpriseId: number) => `${round}/enterprises/${enterpriseId}/panel`;
  const each = (i: number) => sample[i % sample.length]!;
  const get = (path: string): ProbeRequest => ({ method: 'GET', path });
  const score = versioned(world.scoreSlots, (s) => s.version);
  const settlement = versioned(world.disputedSlots, () => 0);
  const review = versioned(world.pendingEvidence, (e) => e.version);
  return [
    { id: 'transport', label: 'baseline: HTTP to wrangler dev, no D1 (404)', kind: 'other', login: null, request: () => get('/no-such-route'), ok: [404], iterations: n.reads, warmup: warm(n.reads), concurrency: [1], floor: false },
    read('a', '(a) side-panel state, typical enterprise', 'reviewer', n.panel, (i) => get(panelOf(each(i)))),
    read('a-heavy', '(a) side-panel state, 300 evidence items', 'reviewer', n.heavy, () => get(panelOf(heavyEnterpriseId))),
    read('a-poll', '(a) side-panel poll, unchanged (304)', 'reviewer', n.heavy, () => ({ ...get(panelOf(heavyEnterpriseId)), headers: { 'if-none-match': world.heavyEtag ?? '' } }), [304]),
    read('agreement-enterprise', "side panel: an enterprise's agreement", 'reviewer', n.reads, (i) => get(`${round}/agreement?enterpriseId=${each(i)}`)),
    read('ranking', 'ranking, first page of 50', 'admin', n.reads, () => get(`${round}/results?limit=50`)),
    read('ranking-next', 'ranking, second page of 50 (cursor)', 'admin', n.reads, () => get(`${round}/results?limit=50&cursor=${encodeURIComponent(world.rankingCursor ?? '')}`)),
    read('ranking-street', 'ranking within streets, first page of 50', 'admin', n.reads, () => get(`${round}/results?by=street&limit=50`)),
    read('result', "an enterprise's results", 'admin', n.reads, (i) => get(`${round}/results/enterprises/${each(i)}`)),
    read('statistics', 'result statistics', 'admin', n.reads, () => get(`${round}/results/statistics`)),
    read('d', "the round's progress (streets, experts)", 'admin', n.reads, () => get(`${round}/progress`)),
    read('progress-street', "a coordinator's progress (one street)", 'coordinator.anting', n.reads, () => get(`${round}/progress`)),
    read('behind', 'progress by enterprise, most behind first (50)', 'admin', n.reads, () => get(`${round}/progress/enterprises?limit=50`)),
    read('behind-street', "a coordinator's enterprises, most behind first (50)", 'coordinator.anting', n.reads, () => get(`${round}/progress/enterprises?limit=50`)),
    read('agreement', "the round's agreement", 'reviewer', n.reads, () => get(`${round}/agreement`)),
    read('search', 'search: the registry by name, credit code or fragment', 'admin', n.reads, (i) => get(`/enterprises?limit=50&q=${encodeURIComponent(searchTerm(world, i))}`)),
    ...queueProbes(roundId, world.queue, n.reads),
    write('b', '(b) saving a clip', 'expert.labour', n.writes, (i) => ({ method: 'POST', path: '/evidence', body: clip(world, runId, i) }), [201]),
    write('score', 'saving a score', 'expert.labour', n.writes, (i) => {
      const { target: s, version } = score(i);
      return { method: 'PUT', path: `${round}/enterprises/${s.enterpriseId}/indicators/${s.indicatorId}/my-score`, body: { value: (s.maxScore * ((i % 5) + 3)) / 10, rationale: '基准测试评分', evidenceIds: [], version } };
    }),
    write('settle', 'settling a disagreement', 'reviewer', n.writes, (i) => {
      const { target: s, version } = settlement(i);
      return { method: 'PUT', path: `${round}/enterprises/${s.enterpriseId}/indicators/${s.indicatorId}/settlement`, body: { value: s.maxScore / 2, reason: '基准测试裁定', version } };
    }, [200, 201]),
    write('review', 'reviewing evidence', 'reviewer', n.writes, (i) => {
      const { target: e, version } = review(i);
      return { method: 'POST', path: `/evidence/${e.id}/review`, body: i % 4 === 0 ? { status: 'rejected', comment: '基准测试', version } : { status: 'accepted', version } };
    }),
  ];
}

/** Widens ASCII letters and digits to their full-width forms, as an IME in full-width mode types them. */
const fullWidth = (text: string) => text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/**
 * What people type into the registry's search, in turn: a whole registered name, a credit code in full-width
 * digits and letters, a fragment of a name, and 40 characters found nowhere (every row is looked at).
 */
function searchTerm(world: ProbeWorld, i: number): string {
  const { name, creditCode } = world.named[Math.floor(i / 4) % world.named.length]!;
  return [name, fullWidth(creditCode), name.slice(2, 6), '嘉定区不存在的民营企业有限公司'.repeat(3).slice(0, 40)][i % 4]!;
}

/** A clip as the extension saves it: a quote with its selectors, on a rotating enterprise and indicator. */
function clip(world: ProbeWorld, runId: string, i: number) {
  const quote = `公司依法与全体员工签订劳动合同,签订率达到100%,并为员工足额缴纳社会保险(第${i + 1}条)。`;
  return {
    roundId: world.roundId,
    enterpriseId: world.sample[i % world.sample.length],
    indicatorId: world.indicatorIds[i % world.indicatorIds.length],
    kind: 'clip',
    url: `https://www.example.com.cn/csr/2025.html?utm_source=bench#p${i}`,
    title: '2025年度社会责任报告',
    siteName: '企业官网',
    quote,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: quote, prefix: '第三章 员工权益保护。', suffix: '公司建立了工资集体协商机制。' },
      position: { type: 'TextPositionSelector', start: 1200 + i, end: 1200 + i + quote.length },
    },
    stance: 'supports',
    capturedAt: new Date().toISOString(),
    idempotencyKey: `bench-${runId}-${String(i).padStart(8, '0')}`,
    extensionVersion: '0.1.0',
  };
}
