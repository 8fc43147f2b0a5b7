/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The public results pages under /public, rendered on the worker: published (and closed) rounds only,
// grades, totals, dimension scores and commendations only, and good-practice cases published with the
// enterprises' consent; in Chinese with English, no JavaScript, cacheable (Cache-Control + ETag, 304 on a match).
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { PublicCaseQuery } from '../../shared/schemas/case';
import { PublicRankingQuery } from '../../shared/schemas/public-results';
import { database } from '../db/client';
import type { AppEnv } from '../env';
import { CasePage } from '../public/case-page';
import { CasesPage } from '../public/cases-page';
import { EnterprisePage } from '../public/enterprise-page';
import { NotFoundPage } from '../public/not-found-page';
import { RankingPage } from '../public/ranking-page';
import { RoundsPage } from '../public/rounds-page';
import { publicCss } from '../public/style';
import { PUBLIC_CASES_PAGE_SIZE, publicCase, publicCaseFacets, publicCases } from '../queries/public-cases';
import { findPublicRound, listPublicRounds, PUBLIC_PAGE_SIZE, publicEnterpriseResult, publicRanking } from '../queries/public-results';
import { validate } from '../validate';

/** Results change only when a round is published or commendations change: minutes of staleness are fine. */
const PAGE_CACHE = 'public, max-age=300';
/** A page that is not there may appear with the next publication. */
const MISSING_CACHE = 'public, max-age=60';
const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export const publicRoutes = new Hono<AppEnv>()
  .use(etag(), async (c, next) => {
    await next();
    c.header('content-security-policy', CSP);
    if (!c.res.headers.has('cache-control')) c.header('cache-control', c.res.status === 200 || c.res.status === 304 ? PAGE_CACHE : MISSING_CACHE);
  })
  .get('/style.css', (c) => {
    c.header('content-type', 'text/css; charset=utf-8');
    c.header('cache-control', 'public, max-age=86400');
    return c.body(publicCss);
  })
  .get('/', async (c) => c.html(<RoundsPage rounds={await listPublicRounds(database(c.env.DB))} />))
  .get('/rounds/:roundId', validate('param', z.object({ roundId: IdParam })), validate('query', PublicRankingQuery), async (c) => {
    const db = database(c.env.DB);
    const round = await findPublicRound(db, c.req.valid('param').roundId);
    if (!round) return c.html(<NotFoundPage />, 404);
    const { q = '', page } = c.req.valid('query');
    const { items, matches } = await publicRanking(db, round.id, { q: q || undefined, page });
    return c.html(<RankingPage round={round} items={items} matches={matches} q={q} page={page} pageSize={PUBLIC_PAGE_SIZE} />);
  })
  .get('/rounds/:roundId/enterprises/:enterpriseId', validate('param', z.object({ roundId: IdParam, enterpriseId: IdParam })), async (c) => {
    const db = database(c.env.DB);
    const { roundId, enterpriseId } = c.req.valid('param');
    const round = await findPublicRound(db, roundId);
    const result = round && (await publicEnterpriseResult(db, round.id, enterpriseId));
    if (!round || !result) return c.html(<NotFoundPage />, 404);
    return c.html(<EnterprisePage round={round} result={result} />);
  })
  .get('/cases', validate('query', PublicCaseQuery), async (c) => {
    const db = database(c.env.DB);
    const query = c.req.valid('query');
    const [{ items, matches }, facets] = await Promise.all([publicCases(db, query), publicCaseFacets(db)]);
    return c.html(<CasesPage items={items} matches={matches} query={query} facets={facets} pageSize={PUBLIC_CASES_PAGE_SIZE} />);
  })
  .get('/cases/:id', validate('param', z.object({ id: IdParam })), async (c) => {
    const item = await publicCase(database(c.env.DB), c.req.valid('param').id);
    return item ? c.html(<CasePage item={item} />) : c.html(<NotFoundPage />, 404);
  })
  .get('*', (c) => c.html(<NotFoundPage />, 404));
