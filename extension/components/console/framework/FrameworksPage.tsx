/** Every version of every framework, with opening, editing, new drafts, JSON export and import, and a diff of two versions. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { FrameworkSummary } from '../../../../shared/schemas/framework-version';
import { request } from '../../../lib/api';
import { formatDateTime, localized } from '../../../lib/locale';
import type { Failure } from '../../../lib/result';
import { href, useGo } from '../../../lib/console-location';
import { useLoad } from '../../../lib/use-load';
import { ErrorNote } from '../../ErrorNote';
import { FrameworkExportButton } from './FrameworkExportButton';
import { FrameworkImportButton } from './FrameworkImportButton';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';

function DiffChooser({ versions }: { versions: FrameworkSummary[] }) {
  const [from, setFrom] = useState(versions[1]?.id ?? versions[0]?.id);
  const [to, setTo] = useState(versions[0]?.id);
  const go = useGo();
  const option = (f: FrameworkSummary) => <option key={f.id} value={f.id}>{`${f.code} v${f.version}`}</option>;
  return (
    <form class="row" onSubmit={(e) => (e.preventDefault(), from && to && go({ page: 'framework-diff', from, to }))}>
      <label for="diff-from">{i18n.t('console.frameworks.diffFrom')}</label>
      <select id="diff-from" value={from} onChange={(e) => setFrom(Number(e.currentTarget.value))}>{versions.map(option)}</select>
      <label for="diff-to">{i18n.t('console.frameworks.diffTo')}</label>
      <select id="diff-to" value={to} onChange={(e) => setTo(Number(e.currentTarget.value))}>{versions.map(option)}</select>
      <button type="submit" disabled={!from || !to || from === to}>{i18n.t('console.frameworks.diff')}</button>
    </form>
  );
}

export function FrameworksPage() {
  const list = useLoad(() => request((api) => api.api.v1.frameworks.$get()), []);
  const [error, setError] = useState<Failure | null>(null);
  const go = useGo();
  const versions = list.value?.items ?? [];
  const hasDraft = (code: string) => versions.some((f) => f.code === code && f.status === 'draft');

  const newDraft = async (id: number) => {
    const created = await request((api) => api.api.v1.frameworks[':id'].drafts.$post({ param: { id: String(id) } }));
    if (!created.ok) return setError(created.error);
    go({ page: 'framework-edit', frameworkId: created.value.id });
  };

  return (
    <section>
      <PageHeader title={i18n.t('console.frameworks.title')} subtitle={i18n.t('console.frameworks.subtitle')}>
        <FrameworkImportButton onImported={(id) => go({ page: 'framework-edit', frameworkId: id })} />
      </PageHeader>
      <LoadState loaded={list} />
      {error && <ErrorNote error={error} />}
      {versions.length > 0 && (
        <table class="data">
          <thead>
            <tr>
              <th>{i18n.t('console.frameworks.name')}</th>
              <th>{i18n.t('console.frameworks.version')}</th>
              <th>{i18n.t('console.frameworks.status')}</th>
              <th>{i18n.t('console.frameworks.changed')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {versions.map((f) => (
              <tr key={f.id} data-framework-id={f.id}>
                <td>
                  <a href={href({ page: 'framework', frameworkId: f.id })}>{localized(f.name)}</a> <span class="code">{f.code}</span>
                </td>
                <td>v{f.version}</td>
                <td><span class={`badge status-${f.status}`}>{f.status === 'draft' ? i18n.t('console.frameworks.draft') : i18n.t('console.frameworks.published')}</span></td>
                <td class="muted">{formatDateTime(f.publishedAt ?? f.updatedAt ?? f.createdAt)}</td>
                <td class="row">
                  {f.status === 'draft' && <a href={href({ page: 'framework-edit', frameworkId: f.id })}>{i18n.t('console.frameworks.edit')}</a>}
                  {f.status === 'published' && !hasDraft(f.code) && (
                    <button type="button" onClick={() => void newDraft(f.id)}>{i18n.t('console.frameworks.newDraft')}</button>
                  )}
                  <FrameworkExportButton framework={f} onError={setError} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {versions.length > 1 && (
        <section>
          <h2>{i18n.t('console.frameworks.diffTitle')}</h2>
          <DiffChooser versions={versions} />
        </section>
      )}
    </section>
  );
}
