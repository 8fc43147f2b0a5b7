/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// /public/rounds/:id: the round's ranking with grades, totals, dimension scores and commendations, searchable by
// name and narrowed by street and industry with a plain GET form, paged with links (no script needed). A rank
// reads against the round's ranked enterprises ("277 / 500"), whatever the filters.
import { SEARCH_TEXT_MAX } from '../../shared/schemas/values';
import type { PublicEnterpriseResult, PublicRankingQuery } from '../../shared/schemas/public-results';
import type { PublicRankingFacets, PublicRoundDetail } from '../queries/public-results';
import { Commendations } from './commendations';
import { Both, Layout } from './layout';
import { Facet, industryName, industryOptions, PageLinks, pageLink, streetOptions } from './search-form';

export type RankingPageProps = {
  round: PublicRoundDetail;
  ranking: { items: PublicEnterpriseResult[]; matches: number; ranked: number };
  query: PublicRankingQuery;
  facets: PublicRankingFacets;
  pageSize: number;
};

const score = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(2));
export const rankOf = (rank: number | null, ranked: number) => (rank === null ? '—' : `${rank} / ${ranked}`);

export const RankingPage = ({ round, ranking: { items, matches, ranked }, query, facets, pageSize }: RankingPageProps) => {
  const pages = Math.max(1, Math.ceil(matches / pageSize));
  const { page, ...filters } = query;
  return (
    <Layout title={round.name}>
      <h1>
        <Both text={round.name} />
      </h1>
      <p>
        测评标准 <Both text={round.framework.name} />(第 {round.framework.version} 版)
        {round.publishedAt && <> · 发布于 {round.publishedAt.slice(0, 10)}</>}
      </p>
      <form class="search" method="get" action={`/public/rounds/${round.id}`} role="search">
        <div>
          <label for="q">
            按企业名称搜索 <span lang="en">Search by enterprise name</span>
          </label>
          <input id="q" name="q" type="search" value={query.q ?? ''} maxlength={SEARCH_TEXT_MAX} />
        </div>
        <Facet name="street" label={{ zh: '街镇', en: 'Street' }} value={query.street === undefined ? undefined : String(query.street)} options={streetOptions(facets.streets)} />
        <Facet name="industry" label={{ zh: '行业', en: 'Industry' }} value={query.industry} options={industryOptions(facets.industries)} />
        <button type="submit">搜索 Search</button>
      </form>
      <div class="scroll">
        <table class="ranking">
          <caption>
            {query.q ? `“${query.q}”:` : ''}共 {matches} 家企业,第 {page}/{pages} 页 <span lang="en">{matches} enterprises, page {page} of {pages}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col" class="num">排名 <span lang="en">Rank</span></th>
              <th scope="col">企业 <span lang="en">Enterprise</span></th>
              <th scope="col" class="wide">街镇 <span lang="en">Street</span></th>
              <th scope="col" class="wide">行业 <span lang="en">Industry</span></th>
              <th scope="col">等级 <span lang="en">Grade</span></th>
              <th scope="col" class="num">总分 <span lang="en">Total</span></th>
              {round.dimensions.map((d) => (
                <th scope="col" class="num wide">
                  <Both text={d.name} />
                </th>
              ))}
              <th scope="col" class="wide">表彰 <span lang="en">Commendations</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr>
                <td class="num rank">{rankOf(r.rank, ranked)}</td>
                <th scope="row" class="name">
                  <a href={`/public/rounds/${round.id}/enterprises/${r.enterprise.id}`}>{r.enterprise.name}</a>
                </th>
                <td class="wide">{r.enterprise.street}</td>
                <td class="wide">{industryName(r.enterprise.industry).zh}</td>
                <td class="grade">{r.grade ?? '—'}</td>
                <td class="num">{score(r.total)}</td>
                {round.dimensions.map((d) => (
                  <td class="num wide">{score(r.dimensions[d.code])}</td>
                ))}
                <td class="wide">
                  <Commendations titles={r.commendations} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PageLinks page={page} pages={pages} link={(to) => pageLink(`/public/rounds/${round.id}`, filters, to)} />
    </Layout>
  );
};
