/** Two framework versions compared: their documents are fetched and diffed here with the shared pure function. */
import { i18n } from '../../../lib/ports/messages';
import { diffFrameworks } from '../../../../shared/domain/framework-diff';
import { FrameworkDoc } from '../../../../shared/schemas/framework';
import { allOk } from '../../../lib/all-ok';
import { request } from '../../../lib/api';
import { ok } from '../../../lib/result';
import { useLoad } from '../../../lib/use-load';
import { FrameworkDiffView } from './FrameworkDiffView';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';

async function loadVersions(from: number, to: number) {
  const read = (id: number) => request((api) => api.api.v1.frameworks[':id'].$get({ param: { id: String(id) } }));
  const doc = (id: number) => request((api) => api.api.v1.frameworks[':id'].export.$get({ param: { id: String(id) } }));
  const loaded = await allOk([read(from), read(to), doc(from), doc(to)]);
  if (!loaded.ok) return loaded;
  const [a, b, docA, docB] = loaded.value;
  return ok({ from: a, to: b, diff: diffFrameworks(FrameworkDoc.parse(docA), FrameworkDoc.parse(docB)) });
}

export function FrameworkDiffPage({ from, to }: { from: number; to: number }) {
  const loaded = useLoad(() => loadVersions(from, to), [from, to]);
  if (!loaded.value) return <LoadState loaded={loaded} />;
  const { from: a, to: b, diff } = loaded.value;
  return (
    <section>
      <PageHeader title={i18n.t('console.diff.title', [`${a.code} v${a.version}`, `${b.code} v${b.version}`])} />
      <FrameworkDiffView diff={diff} />
    </section>
  );
}
