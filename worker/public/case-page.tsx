/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// /public/cases/:id: one published good-practice case with the enterprise's published grade, the indicators
// it illustrates and its sources (http(s) links only: they come from clipped pages).
import { httpUrlOrNull } from '../../shared/domain/url';
import type { PublicCase } from '../../shared/schemas/case';
import { CaseIndicators } from './case-indicators';
import { industryName } from './search-form';
import { Both, Layout } from './layout';

const paragraphs = (text: string) => text.split(/\n+/).filter(Boolean).map((p) => <p>{p}</p>);

export const CasePage = ({ item }: { item: PublicCase }) => (
  <Layout title={{ zh: item.title.zh, en: item.title.en ?? item.title.zh }}>
    <p>
      <a href="/public/cases">
        ← 全部案例 <span lang="en">All cases</span>
      </a>
    </p>
    <article>
      <h1>
        {item.title.zh}
        {item.title.en && <span lang="en">{item.title.en}</span>}
      </h1>
      <dl class="facts">
        <dt>企业 <span lang="en">Enterprise</span></dt>
        <dd>
          {item.enterprise.name}
          {item.enterprise.nameEn && <span lang="en"> {item.enterprise.nameEn}</span>}
        </dd>
        <dt>街镇 <span lang="en">Street</span></dt>
        <dd>{item.enterprise.street}</dd>
        <dt>行业 <span lang="en">Industry</span></dt>
        <dd>
          <Both text={industryName(item.enterprise.industry)} />
        </dd>
        <dt>测评 <span lang="en">Evaluation</span></dt>
        <dd>
          <a href={`/public/rounds/${item.round.id}`}>
            <Both text={item.round.name} />
          </a>
        </dd>
        <dt>等级 <span lang="en">Grade</span></dt>
        <dd class="grade">{item.grade ?? '—'}</dd>
        <dt>发布于 <span lang="en">Published</span></dt>
        <dd>{item.publishedAt.slice(0, 10)}</dd>
      </dl>
      <h2>
        做法 <span lang="en">What was done</span>
      </h2>
      {paragraphs(item.summary.zh)}
      {item.summary.en && <div lang="en">{paragraphs(item.summary.en)}</div>}
      <h2>
        所涉指标 <span lang="en">Indicators it illustrates</span>
      </h2>
      <CaseIndicators indicators={item.indicators} />
      <h2>
        来源 <span lang="en">Sources</span>
      </h2>
      <ul class="sources">
        {item.sources.map((s) => {
          const url = httpUrlOrNull(s.url);
          return (
            <li>
              {url ? (
                <a href={url} rel="nofollow noopener noreferrer">
                  {s.title}
                </a>
              ) : (
                s.title
              )}
            </li>
          );
        })}
      </ul>
    </article>
  </Layout>
);
