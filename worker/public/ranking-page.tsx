/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// /public/rounds/:id: the round's ranking with grades, totals, dimension scores and commendations,
// searchable by name with a plain GET form and paged with links (no script needed).
import { industryNames, type Industry } from '../../shared/industries';
import { SEARCH_TEXT_MAX } from '../../shared/schemas/common';
import type { PublicEnterpriseResult } from '../../shared/schemas/public-results';
import type { PublicRoundDetail } from '../queries/public-results';
import { Commendations } from './commendations';
import { Both, Layout } from './layout';

export type RankingPageProps = { round: PublicRoundDetail; items: PublicEnterpriseResult[]; matches: number; q: string; page: number; pageSize: number };

const score = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(2));
const industry = (code: string) => industryNames[code as Industry]?.zh ?? code;

function pageLink(roundId: number, q: string, page: number) {
  const query = new URLSearchParams({ ...(q && { q }), ...(page > 1 && { page: String(page) }) }).toString();
  return `/public/rounds/${roundId}${query ? `?${query}` : ''}`;
}

export const RankingPage = ({ round, items, matches, q, page, pageSize }: RankingPageProps) => {
  const pages = Math.max(1, Math.ceil(matches / pageSize));
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
          <input id="q" name="q" type="search" value={q} maxlength={SEARCH_TEXT_MAX} />
        </div>
        <button type="submit">搜索 Search</button>
      </form>
      <div class="scroll">
        <table>
          <caption>
            {q ? `“${q}”:` : ''}共 {matches} 家企业,第 {page}/{pages} 页 <span lang="en">{matches} enterprises, page {page} of {pages}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col" class="num">排名 <span lang="en">Rank</span></th>
              <th scope="col">企业 <span lang="en">Enterprise</span></th>
              <th scope="col">街镇 <span lang="en">Street</span></th>
              <th scope="col">行业 <span lang="en">Industry</span></th>
              <th scope="col">等级 <span lang="en">Grade</span></th>
              <th scope="col" class="num">总分 <span lang="en">Total</span></th>
              {round.dimensions.map((d) => (
                <th scope="col" class="num">
                  <Both text={d.name} />
                </th>
              ))}
              <th scope="col">表彰 <span lang="en">Commendations</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr>
                <td class="num">{r.rank ?? '—'}</td>
                <th scope="row">
                  <a href={`/public/rounds/${round.id}/enterprises/${r.enterprise.id}`}>{r.enterprise.name}</a>
                </th>
                <td>{r.enterprise.street}</td>
                <td>{industry(r.enterprise.industry)}</td>
                <td class="grade">{r.grade ?? '—'}</td>
                <td class="num">{score(r.total)}</td>
                {round.dimensions.map((d) => (
                  <td class="num">{score(r.dimensions[d.code])}</td>
                ))}
                <td>
                  <Commendations titles={r.commendations} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav class="pages" aria-label="分页 Pages">
        {page > 1 && <a href={pageLink(round.id, q, page - 1)} rel="prev">上一页 <span lang="en">Previous</span></a>}
        {page < pages && <a href={pageLink(round.id, q, page + 1)} rel="next">下一页 <span lang="en">Next</span></a>}
      </nav>
    </Layout>
  );
};
