/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The public results pages under /public, rendered on the worker: published (and closed) rounds only,
// grades, totals, dimension scores and commendations only, and good-practice cases published with the
// enterprises' consent; in Chinese with English, no JavaScript, cacheable (Cache-Control + ETag, 304 on a match).
import { zValidator } from '@hono/zod-validator';
import { Hono, type ValidationTargets } from 'hono';
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
import { BadLinkPage, NotFoundPage } from '../public/not-found-page';
import { RankingPage } from '../public/ranking-page';
import { RoundsPage } from '../public/rounds-page';
import { publicCss } from '../public/style';
import { PUBLIC_CASES_PAGE_SIZE, publicCase, publicCaseFacets, publicCases } from '../queries/public-cases';
import { findPublicRound, listPublicRounds, PUBLIC_PAGE_SIZE, publicEnterpriseResult, publicRanking, publicRankingFacets } from '../queries/public-results';

/** Results change only when a round is published or commendations change: minutes of staleness are fine. */
const PAGE_CACHE = 'public, max-age=300';
/** A page that is not there may appear with the next publication. */
const MISSING_CACHE = 'public, max-age=60';
const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** A reader follows links, not an API: an id that cannot be one is a page that is not there (404), a filter that
 *  cannot be one a link to mend (400), both as HTML pages rather than the API's JSON errors. */
function validate<Target extends 'param' | 'query', Schema extends z.ZodType>(target: Target & keyof ValidationTargets, schema: Schema) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) return target === 'param' ? c.html(<NotFoundPage />, 404) : c.html(<BadLinkPage />, 400);
  });
}

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
    const query = c.req.valid('query');
    const [ranking, facets] = await Promise.all([publicRanking(db, round.id, { ...query, q: query.q || undefined }), publicRankingFacets(db, round.id)]);
    return c.html(<RankingPage round={round} ranking={ranking} query={query} facets={facets} pageSize={PUBLIC_PAGE_SIZE} />);
  })
  .get('/rounds/:roundId/enterprises/:enterpriseId', validate('param', z.object({ roundId: IdParam, enterpriseId: IdParam })), async (c) => {
    const db = database(c.env.DB);
    const { roundId, enterpriseId } = c.req.valid('param');
    const round = await findPublicRound(db, roundId);
    const found = round && (await publicEnterpriseResult(db, round.id, enterpriseId));
    if (!round || !found) return c.html(<NotFoundPage />, 404);
    return c.html(<EnterprisePage round={round} result={found.result} ranked={found.ranked} />);
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
