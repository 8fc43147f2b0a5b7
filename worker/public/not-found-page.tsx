/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The public 404 (an unknown or unpublished round or enterprise looks the same, so nothing leaks) and the 400 of
// a link whose filters are not valid.
import { Both, Layout } from './layout';

const notFound = { zh: '未找到已发布的结果', en: 'No published result here' };
const badLink = { zh: '链接中的筛选条件无效', en: 'The link’s filters are not valid' };

const MissingPage = ({ title }: { title: typeof notFound }) => (
  <Layout title={title}>
    <h1>
      <Both text={title} />
    </h1>
    <p>
      <a href="/public">查看已发布的测评轮次 <span lang="en">See the published rounds</span></a>
    </p>
  </Layout>
);

export const NotFoundPage = () => <MissingPage title={notFound} />;
export const BadLinkPage = () => <MissingPage title={badLink} />;
