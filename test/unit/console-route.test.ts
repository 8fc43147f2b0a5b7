import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { legacyHashUrl, parsePath, parseRoute, parseUrl, routeUrl, type ConsoleRoute, type RoundSection } from '../../extension/lib/console-route';
import { inviteLink } from '../../shared/domain/invite-code';
import { exportDatasets, globalSections, mayOpen, roundPages } from '../../extension/lib/console-sections';
import type { Me } from '../../shared/schemas/auth';
import type { Round, RoundStatus } from '../../shared/schemas/round';

const paths: [string, ConsoleRoute][] = [
  ['/', { page: 'home' }],
  ['/frameworks', { page: 'frameworks' }],
  ['/frameworks/4', { page: 'framework', frameworkId: 4 }],
  ['/frameworks/4/edit', { page: 'framework-edit', frameworkId: 4 }],
  ['/frameworks/diff/1/4', { page: 'framework-diff', from: 1, to: 4 }],
  ['/enterprises', { page: 'enterprises' }],
  ['/streets', { page: 'streets' }],
  ['/users', { page: 'users' }],
  ['/audit', { page: 'audit' }],
  ['/rounds', { page: 'rounds' }],
  ['/rounds/2', { page: 'round', roundId: 2 }],
  ['/rounds/2/assignments', { page: 'assignments', roundId: 2 }],
  ['/rounds/2/progress', { page: 'progress', roundId: 2 }],
  ['/rounds/2/results', { page: 'results', roundId: 2 }],
  ['/rounds/2/results/17', { page: 'result', roundId: 2, enterpriseId: 17 }],
  ['/rounds/2/report/17', { page: 'report', roundId: 2, enterpriseId: 17 }],
  ['/rounds/2/rectifications', { page: 'rectifications', roundId: 2 }],
  ['/rounds/2/my-enterprise', { page: 'my-enterprise', roundId: 2 }],
  ['/rounds/2/reports', { page: 'reports', roundId: 2 }],
  ['/rounds/2/cases', { page: 'cases', roundId: 2 }],
  ['/rounds/2/freshness', { page: 'freshness', roundId: 2 }],
  ['/rounds/2/disagreements', { page: 'disagreements', roundId: 2 }],
  ['/rounds/2/to-score', { page: 'to-score', roundId: 2 }],
  ['/rounds/2/finder', { page: 'finder', roundId: 2 }],
  ['/rounds/2/review-queue', { page: 'review-queue', roundId: 2 }],
  ['/rounds/2/requests', { page: 'requests', roundId: 2 }],
  ['/rounds/2/quality', { page: 'quality', roundId: 2 }],
  ['/rounds/2/enterprise-accounts', { page: 'enterprise-accounts', roundId: 2 }],
  ['/invite', { page: 'invite' }],
  ['/invite#ABCDE-FGHJK-MNPQR-STVWX', { page: 'invite', code: 'ABCDE-FGHJK-MNPQR-STVWX' }],
];

const id = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
const roundPage = fc.constantFrom(...(paths.map(([, r]) => r.page).filter((p) => /^(round|assignments|progress|results|rectifications|requests|quality|my-enterprise|reports|cases|freshness|disagreements|to-score|finder|review-queue|enterprise-accounts)$/.test(p)) as RoundSection[]));
/** Every kind of route, with any ids. */
const anyRoute: fc.Arbitrary<ConsoleRoute> = fc.oneof(
  fc.constantFrom<ConsoleRoute>({ page: 'home' }, { page: 'frameworks' }, { page: 'enterprises' }, { page: 'streets' }, { page: 'users' }, { page: 'audit' }, { page: 'rounds' }, { page: 'invite' }),
  fc.stringMatching(/^[0-9A-Za-z-]{8,64}$/).map((code): ConsoleRoute => ({ page: 'invite', code })),
  id.map((frameworkId): ConsoleRoute => ({ page: 'framework', frameworkId })),
  id.map((frameworkId): ConsoleRoute => ({ page: 'framework-edit', frameworkId })),
  fc.tuple(id, id).map(([from, to]): ConsoleRoute => ({ page: 'framework-diff', from, to })),
  fc.tuple(roundPage, id).map(([page, roundId]) => ({ page, roundId }) as ConsoleRoute),
  fc.tuple(fc.constantFrom('result' as const, 'report' as const), id, id).map(([page, roundId, enterpriseId]): ConsoleRoute => ({ page, roundId, enterpriseId })),
);

describe('console routes as paths', () => {
  it.each(paths)('%s ⇄ %j', (url, route) => {
    expect(parseUrl(url)).toEqual(route);
    expect(routeUrl(route)).toBe(url);
  });

  it('reads back every route it writes', () => {
    fc.assert(
      fc.property(anyRoute, (route) => {
        expect(parseUrl(routeUrl(route))).toEqual(route);
      }),
    );
  });

  it('ignores the query string and a trailing slash', () => {
    expect(parseUrl('/rounds/2/results?street=3&page=2')).toEqual({ page: 'results', roundId: 2 });
    expect(parsePath('/rounds/2/results/')).toEqual({ page: 'results', roundId: 2 });
  });

  it.each([
    ['/rounds/0', { page: 'rounds' }],
    ['/rounds/abc/results', { page: 'rounds' }],
    ['/rounds/99999999999999999', { page: 'rounds' }],
    ['/frameworks/diff/1', { page: 'frameworks' }],
    ['/rounds/2/report', { page: 'results', roundId: 2 }],
    ['/rounds/2/unknown', { page: 'round', roundId: 2 }],
    ['/elsewhere', { page: 'home' }],
    ['/invite#<script>', { page: 'invite' }],
    ['/invite#short', { page: 'invite' }],
  ])('reads the odd path %s as %j', (url, route) => {
    expect(parseUrl(url)).toEqual(route);
  });

  it('opens the link the worker sends with an invitation at the "set your password" page, code in the fragment', () => {
    const link = new URL(inviteLink('https://csr.example', 'ABCDE-FGHJK-MNPQR-STVWX'));
    expect(link.pathname + link.search).toBe('/invite');
    expect(parsePath(link.pathname, link.hash)).toEqual({ page: 'invite', code: 'ABCDE-FGHJK-MNPQR-STVWX' });
  });
});

describe('old hash links', () => {
  it.each(paths.filter(([, r]) => r.page !== 'invite'))('#%s becomes %s', (url, route) => {
    expect(parseRoute(`#${url}`)).toEqual(route);
    expect(legacyHashUrl(`#${url}`)).toBe(url);
  });

  it.each([
    ['#/invite/ABCDE-FGHJK-MNPQR-STVWX', '/invite#ABCDE-FGHJK-MNPQR-STVWX'],
    ['#/invite', '/invite'],
    ['#/invite/<script>', '/invite'],
    ['#/rounds/abc', '/rounds'],
    ['#/', '/'],
  ])('%s becomes %s', (hash, url) => {
    expect(legacyHashUrl(hash)).toBe(url);
  });

  it.each(['', '#', '#ABCDE-FGHJK-MNPQR-STVWX', '#top'])('leaves the fragment %j alone', (hash) => {
    expect(legacyHashUrl(hash)).toBeNull();
  });
});

const round = (status: RoundStatus = 'scoring'): Round => ({
  id: 1,
  name: { zh: '轮次', en: 'Round' },
  year: 2026,
  status,
  framework: { id: 1, code: 'f', version: 1 },
  statusChangedAt: null,
  resultsStale: false,
  resultsComputedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  version: 1,
});
const me = (role: 'admin' | 'coordinator' | 'expert' | 'reviewer' | 'enterprise' | 'none'): Me => ({
  id: 1,
  login: role,
  displayName: role,
  isAdmin: role === 'admin',
  memberships: role === 'admin' || role === 'none' ? [] : [{ roundId: 1, role, streetId: null, street: null, bureau: null, enterpriseId: role === 'enterprise' ? 9 : null }],
});

describe('the global sections', () => {
  it.each([
    ['admin', ['frameworks', 'enterprises', 'streets', 'rounds', 'users', 'audit']],
    ['coordinator', []],
    ['none', []],
  ] as const)('%s sees %j', (role, sections) => {
    expect(globalSections(me(role))).toEqual(sections);
  });
});

describe('what each role sees of a round', () => {
  it.each([
    ['admin', 'scoring', ['round', 'enterprise-accounts', 'assignments', 'progress', 'review-queue', 'results', 'disagreements', 'rectifications', 'requests', 'quality', 'reports', 'freshness', 'finder']],
    ['admin', 'published', ['round', 'enterprise-accounts', 'assignments', 'progress', 'review-queue', 'results', 'disagreements', 'rectifications', 'requests', 'quality', 'reports', 'cases', 'freshness', 'finder']],
    // Enterprise accounts are made while the round is open.
    ['admin', 'closed', ['round', 'assignments', 'progress', 'review-queue', 'results', 'disagreements', 'rectifications', 'requests', 'quality', 'reports', 'cases', 'freshness', 'finder']],
    ['coordinator', 'scoring', ['progress', 'results', 'requests', 'quality', 'reports', 'freshness']],
    ['coordinator', 'published', ['progress', 'results', 'rectifications', 'requests', 'quality', 'reports', 'cases', 'freshness']],
    ['reviewer', 'reviewing', ['progress', 'review-queue', 'results', 'disagreements', 'requests', 'quality', 'freshness', 'finder']],
    // Blind scoring: experts see the computed results once the round is published.
    ['expert', 'scoring', ['progress', 'to-score', 'requests', 'reports', 'finder']],
    ['expert', 'published', ['progress', 'to-score', 'results', 'requests', 'reports', 'finder']],
    ['enterprise', 'scoring', ['my-enterprise', 'requests', 'reports']],
    ['enterprise', 'published', ['my-enterprise', 'requests', 'reports', 'cases']],
    ['none', 'published', []],
  ] as const)('%s in a %s round', (role, status, pages) => {
    expect(roundPages(me(role), round(status))).toEqual(pages);
  });

  it.each([
    ['expert', 'result', true],
    ['enterprise', 'report', true],
    ['enterprise', 'results', false],
    ['coordinator', 'assignments', false],
    ['coordinator', 'enterprise-accounts', false],
  ] as const)('%s may open %s: %s', (role, page, allowed) => {
    expect(mayOpen(me(role), round('published'), page)).toBe(allowed);
  });

  it.each([
    ['admin', 'scoring', ['results', 'scores', 'evidence']],
    ['coordinator', 'scoring', ['results', 'evidence']],
    ['enterprise', 'scoring', ['evidence']],
    ['expert', 'scoring', ['scores', 'evidence']],
    ['expert', 'published', ['results', 'scores', 'evidence']],
    ['enterprise', 'published', ['results', 'scores', 'evidence']],
    ['none', 'published', []],
  ] as const)('%s downloads in a %s round', (role, status, datasets) => {
    expect(exportDatasets(me(role), round(status))).toEqual(datasets);
  });
});
