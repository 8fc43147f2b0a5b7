/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// /public/cases: published good-practice cases, searched by words, dimension, indicator, industry and street
// with a plain GET form (no script), paged with links.
import { industryNames, type Industry } from '../../shared/industries';
import type { PublicCase, PublicCaseQuery } from '../../shared/schemas/case';
import { SEARCH_TEXT_MAX } from '../../shared/schemas/common';
import type { CaseFacets } from '../queries/public-cases';
import { CaseIndicators } from './case-indicators';
import { Both, Layout } from './layout';

export type CasesPageProps = { items: PublicCase[]; matches: number; query: PublicCaseQuery; facets: CaseFacets; pageSize: number };

const title = { zh: '企业社会责任优秀案例', en: 'Good-practice cases' };
export const industryName = (code: string) => industryNames[code as Industry] ?? { zh: code, en: code };
const excerpt = (text: string, length = 160) => (text.length > length ? `${text.slice(0, length)}…` : text);

function pageLink(query: PublicCaseQuery, page: number) {
  const { page: _, ...filters } = query;
  const params = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])));
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return `/public/cases${text ? `?${text}` : ''}`;
}

/** A labelled select of one search facet, "all" first. */
const Facet = ({ name, label, value, options }: { name: string; label: { zh: string; en: string }; value?: string; options: { value: string; text: string }[] }) => (
  <div>
    <label for={name}>
      <Both text={label} />
    </label>
    <select id={name} name={name}>
      <option value="">全部 All</option>
      {options.map((o) => (
        <option value={o.value} selected={o.value === value}>
          {o.text}
        </option>
      ))}
    </select>
  </div>
);

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
        <Facet name="industry" label={{ zh: '行业', en: 'Industry' }} value={query.industry} options={facets.industries.map((i) => ({ value: i, text: `${industryName(i).zh} ${industryName(i).en}` }))} />
        <Facet name="street" label={{ zh: '街镇', en: 'Street' }} value={query.street === undefined ? undefined : String(query.street)} options={facets.streets.map((s) => ({ value: String(s.id), text: s.nameEn ? `${s.name} ${s.nameEn}` : s.name }))} />
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
      <nav class="pages" aria-label="分页 Pages">
        {query.page > 1 && <a href={pageLink(query, query.page - 1)} rel="prev">上一页 <span lang="en">Previous</span></a>}
        {query.page < pages && <a href={pageLink(query, query.page + 1)} rel="next">下一页 <span lang="en">Next</span></a>}
      </nav>
    </Layout>
  );
};
