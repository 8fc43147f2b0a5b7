/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// /public/rounds/:id/enterprises/:enterpriseId: one enterprise's published grade, total, rank,
// dimension scores (as meters, readable without CSS) and commendations.
import { industryNames, type Industry } from '../../shared/industries';
import type { PublicEnterpriseResult } from '../../shared/schemas/public-results';
import type { PublicRoundDetail } from '../queries/public-results';
import { Commendations } from './commendations';
import { rankOf } from './ranking-page';
import { Both, Layout } from './layout';

export const EnterprisePage = ({ round, result, ranked }: { round: PublicRoundDetail; result: PublicEnterpriseResult; ranked: number }) => {
  const industry = industryNames[result.enterprise.industry as Industry];
  return (
    <Layout title={{ zh: `${result.enterprise.name} · ${round.name.zh}`, en: `${result.enterprise.nameEn ?? result.enterprise.name} · ${round.name.en}` }}>
      <p>
        <a href={`/public/rounds/${round.id}`}>
          ← <Both text={round.name} />
        </a>
      </p>
      <h1>
        {result.enterprise.name}
        {result.enterprise.nameEn && <span lang="en">{result.enterprise.nameEn}</span>}
      </h1>
      <dl class="facts">
        <dt>等级 <span lang="en">Grade</span></dt>
        <dd class="grade">{result.grade ?? '—'}</dd>
        <dt>总分 <span lang="en">Total</span></dt>
        <dd>{result.total === null ? '—' : result.total.toFixed(2)}</dd>
        <dt>排名 <span lang="en">Rank</span></dt>
        <dd>{rankOf(result.rank, ranked)}</dd>
        <dt>街镇 <span lang="en">Street</span></dt>
        <dd>{result.enterprise.street}</dd>
        <dt>行业 <span lang="en">Industry</span></dt>
        <dd>{industry ? <Both text={industry} /> : result.enterprise.industry}</dd>
      </dl>
      <h2>
        维度得分 <span lang="en">Dimension scores</span>
      </h2>
      <table>
        <caption>满分 100 <span lang="en">out of 100</span></caption>
        <thead>
          <tr>
            <th scope="col">维度 <span lang="en">Dimension</span></th>
            <th scope="col" class="num">得分 <span lang="en">Score</span></th>
            <th scope="col"><span class="visually-hidden">图示 Chart</span></th>
          </tr>
        </thead>
        <tbody>
          {round.dimensions.map((d) => {
            const value = result.dimensions[d.code] ?? null;
            return (
              <tr>
                <th scope="row">
                  <Both text={d.name} />
                </th>
                <td class="num">{value === null ? '—' : value.toFixed(2)}</td>
                <td>{value !== null && <meter min={0} max={100} low={60} high={80} optimum={100} value={value} aria-hidden="true" />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {result.commendations.length > 0 && (
        <>
          <h2>
            表彰 <span lang="en">Commendations</span>
          </h2>
          <Commendations titles={result.commendations} />
        </>
      )}
    </Layout>
  );
};
