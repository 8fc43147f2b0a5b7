/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The public 404: an unknown or unpublished round or enterprise looks the same, so nothing leaks.
import { Both, Layout } from './layout';

const title = { zh: '未找到已发布的结果', en: 'No published result here' };

export const NotFoundPage = () => (
  <Layout title={title}>
    <h1>
      <Both text={title} />
    </h1>
    <p>
      <a href="/public">查看已发布的测评轮次 <span lang="en">See the published rounds</span></a>
    </p>
  </Layout>
);
