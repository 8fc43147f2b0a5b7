/** One framework version: its settings and whole indicator tree, with publishing (drafts), editing and export. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { request } from '../../../lib/api';
import { formatDateTime, localized } from '../../../lib/locale';
import type { Failure } from '../../../lib/result';
import { href, useGo } from '../../../lib/console-location';
import { useLoad } from '../../../lib/use-load';
import { ConfirmButton } from '../../ConfirmButton';
import { ErrorNote } from '../../ErrorNote';
import { FrameworkExportButton } from './FrameworkExportButton';
import { FrameworkSettingsSummary } from './FrameworkSettingsSummary';
import { FrameworkTree } from './FrameworkTree';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';

export function FrameworkPage({ frameworkId }: { frameworkId: number }) {
  const detail = useLoad(() => request((api) => api.api.v1.frameworks[':id'].$get({ param: { id: String(frameworkId) } })), [frameworkId]);
  const [error, setError] = useState<Failure | null>(null);
  const framework = detail.value;

  const go = useGo();
  const publish = async () => {
    const done = await request((api) => api.api.v1.frameworks[':id'].publish.$post({ param: { id: String(frameworkId) } }));
    if (!done.ok) return setError(done.error);
    detail.reload();
  };
  const newDraft = async () => {
    const created = await request((api) => api.api.v1.frameworks[':id'].drafts.$post({ param: { id: String(frameworkId) } }));
    if (!created.ok) return setError(created.error);
    go({ page: 'framework-edit', frameworkId: created.value.id });
  };

  if (!framework) return <LoadState loaded={detail} />;
  const draft = framework.status === 'draft';
  return (
    <section>
      <PageHeader
        title={`${localized(framework.name)} v${framework.version}`}
        subtitle={`${framework.code} · ${draft ? i18n.t('console.frameworks.draft') : i18n.t('console.frameworks.publishedOn', [formatDateTime(framework.publishedAt ?? framework.createdAt)])}`}
      >
        {draft && <a class="button" href={href({ page: 'framework-edit', frameworkId })}>{i18n.t('console.frameworks.edit')}</a>}
        {draft && <ConfirmButton testId="publish-framework" label={i18n.t('console.frameworks.publish')} question={i18n.t('console.frameworks.publishQuestion')} onConfirm={() => void publish()} />}
        {!draft && <button type="button" onClick={() => void newDraft()}>{i18n.t('console.frameworks.newDraft')}</button>}
        <FrameworkExportButton framework={framework} onError={setError} />
      </PageHeader>
      {error && <ErrorNote error={error} />}
      <p>{localized(framework.description)}</p>
      <FrameworkSettingsSummary settings={framework.settings} />
      <h2>{i18n.t('console.frameworks.tree')}</h2>
      <FrameworkTree indicators={framework.indicators} />
    </section>
  );
}
