/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// /public: the published rounds, newest first.
import type { PublicRound } from '../../shared/schemas/public-results';
import { Both, Layout } from './layout';

const title = { zh: '已发布的测评轮次', en: 'Published evaluation rounds' };

export const RoundsPage = ({ rounds }: { rounds: PublicRound[] }) => (
  <Layout title={title}>
    <h1>
      <Both text={title} />
    </h1>
    <p>
      <a href="/public/cases">
        企业社会责任优秀案例 <span lang="en">Good-practice cases</span>
      </a>
    </p>
    {rounds.length === 0 ? (
      <p>
        暂无已发布的测评结果。 <span lang="en">No results have been published yet.</span>
      </p>
    ) : (
      <ul class="rounds">
        {rounds.map((round) => (
          <li>
            <a href={`/public/rounds/${round.id}`}>
              <Both text={round.name} />
            </a>
            <p>
              {round.year} 年度 · {round.enterprises} 家企业 <span lang="en">{round.enterprises} enterprises</span>
              {round.publishedAt && <> · 发布于 {round.publishedAt.slice(0, 10)} <span lang="en">published</span></>}
            </p>
          </li>
        ))}
      </ul>
    )}
  </Layout>
);
