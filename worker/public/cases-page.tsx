/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// /public/cases: published good-practice cases, searched by words, dimension, indicator, industry and street
// with a plain GET form (no script), paged with links.
import type { PublicCase, PublicCaseQuery } from '../../shared/schemas/case';
import { SEARCH_TEXT_MAX } from '../../shared/schemas/values';
import type { CaseFacets } from '../queries/public-cases';
import { CaseIndicators } from './case-indicators';
import { Both, Layout } from './layout';
import { Facet, industryName, industryOptions, PageLinks, pageLink, streetOptions } from './search-form';

export type CasesPageProps = { items: PublicCase[]; matches: number; query: PublicCaseQuery; facets: CaseFacets; pageSize: number };

const title = { zh: '企业社会责任优秀案例', en: 'Good-practice cases' };
const excerpt = (text: string, length = 160) => (text.length > length ? `${text.slice(0, length)}…` : text);
const link = ({ page: _, ...filters }: PublicCaseQuery) => (page: number) => pageLink('/public/cases', filters, page);

export const CasesPage = ({ items, matches, query, facets, pageSize }: CasesPageProps) => {
  const pages = Math.max(1, Math.ceil(matches / pageSize));
  return (
    <Layout title={title}>
      <h1>
        <Both text={title} />
      </h1>
      <p>
        经企业同意公开的履责做法,供企业相互学习。 <span lang="en">Practices published with the enterprises’ consent, for enterprises to learn from each other.</span>
      </p>
      <form class="search" method="get" action="/public/cases" role="search">
        <div>
          <label for="q">
            关键词 <span lang="en">Words</span>
          </label>
          <input id="q" name="q" type="search" value={query.q ?? ''} maxlength={SEARCH_TEXT_MAX} />
        </div>
        <Facet name="dimension" label={{ zh: '维度', en: 'Dimension' }} value={query.dimension} options={facets.dimensions.map((d) => ({ value: d.code, text: `${d.name.zh} ${d.name.en}` }))} />
        <Facet name="indicator" label={{ zh: '指标', en: 'Indicator' }} value={query.indicator} options={facets.indicators.map((i) => ({ value: i.code, text: `${i.code} ${i.name.zh}` }))} />
        <Facet name="industry" label={{ zh: '行业', en: 'Industry' }} value={query.industry} options={industryOptions(facets.industries)} />
        <Facet name="street" label={{ zh: '街镇', en: 'Street' }} value={query.street === undefined ? undefined : String(query.street)} options={streetOptions(facets.streets)} />
        <button type="submit">搜索 Search</button>
      </form>
      <p class="count">
        共 {matches} 个案例,第 {query.page}/{pages} 页 <span lang="en">{matches} cases, page {query.page} of {pages}</span>
      </p>
      <ul class="cases">
        {items.map((c) => (
          <li>
            <article>
              <h2>
                <a href={`/public/cases/${c.id}`}>{c.title.zh}</a>
                {c.title.en && <span lang="en">{c.title.en}</span>}
              </h2>
              <p class="meta">
                {c.enterprise.name} · {c.enterprise.street} · {industryName(c.enterprise.industry).zh} · <Both text={c.round.name} />
              </p>
              <p>{excerpt(c.summary.zh)}</p>
              <CaseIndicators indicators={c.indicators} />
            </article>
          </li>
        ))}
      </ul>
      <PageLinks page={query.page} pages={pages} link={link(query)} />
    </Layout>
  );
};
