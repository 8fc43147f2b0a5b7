/** The draft editor: the draft's document in memory, checked against the shared schema on every change,
 * saved whole with the revision it started from (a concurrent edit is a 409, never lost). */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { codeAtIssuePath, type NodePath } from '../../../../shared/domain/framework-edit';
import { fieldIssueOf } from '../../../../shared/issues';
import { FrameworkDoc } from '../../../../shared/schemas/framework';
import { allOk } from '../../../lib/all-ok';
import { request } from '../../../lib/api';
import { localized } from '../../../lib/locale';
import { ok, type Failure } from '../../../lib/result';
import { href } from '../../../lib/console-location';
import { useLoad } from '../../../lib/use-load';
import { ErrorNote } from '../../ErrorNote';
import { DraftOutline } from './DraftOutline';
import { LoadState } from '../common/LoadState';
import { NodeEditor } from './NodeEditor';
import { PageHeader } from '../common/PageHeader';
import { ValidationIssues } from '../common/ValidationIssues';
import { WeightSum } from './WeightSum';

async function loadDraft(id: number) {
  const param = { id: String(id) };
  const loaded = await allOk([request((api) => api.api.v1.frameworks[':id'].$get({ param })), request((api) => api.api.v1.frameworks[':id'].export.$get({ param }))]);
  if (!loaded.ok) return loaded;
  const [detail, doc] = loaded.value;
  return ok({ detail, doc: FrameworkDoc.parse(doc) });
}

export function FrameworkEditPage({ frameworkId }: { frameworkId: number }) {
  const loaded = useLoad(() => loadDraft(frameworkId), [frameworkId]);
  const [doc, setDoc] = useState<FrameworkDoc | null>(null);
  const [revision, setRevision] = useState(0);
  const [selected, setSelected] = useState<NodePath>({ d: 0 });
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<{ error: Failure | null; saved: boolean }>({ error: null, saved: false });

  useEffect(() => {
    if (!loaded.value) return;
    setDoc(loaded.value.doc);
    setRevision(loaded.value.detail.revision);
    setDirty(false);
  }, [loaded.value]);

  const issues = useMemo(() => {
    if (!doc) return [];
    const parsed = FrameworkDoc.safeParse(doc);
    return parsed.success ? [] : parsed.error.issues.map((issue) => ({ ...fieldIssueOf(issue), path: codeAtIssuePath(doc, issue.path as (string | number)[]) ?? issue.path.join('.') }));
  }, [doc]);

  /** Applies an edit to a copy of the document. */
  const edit = (change: (draft: FrameworkDoc) => NodePath | void) => {
    if (!doc) return;
    const next = structuredClone(doc);
    const path = change(next);
    setDoc(next);
    if (path) setSelected(path);
    setDirty(true);
    setStatus({ error: null, saved: false });
  };

  const save = async () => {
    if (!doc) return;
    const saved = await request((api) => api.api.v1.frameworks[':id'].$put({ param: { id: String(frameworkId) }, json: { revision, document: doc } }));
    if (!saved.ok) return setStatus({ error: saved.error, saved: false });
    setRevision(saved.value.revision);
    setDirty(false);
    setStatus({ error: null, saved: true });
  };

  if (!loaded.value || !doc) return <LoadState loaded={loaded} />;
  if (loaded.value.detail.status !== 'draft') return <p class="muted">{i18n.t('errors.framework_state')}</p>;
  return (
    <section>
      <PageHeader title={i18n.t('console.editor.title', [localized(doc.name), String(loaded.value.detail.version)])} subtitle={doc.code}>
        <a href={href({ page: 'framework', frameworkId })}>{i18n.t('console.editor.view')}</a>
        <button type="button" class="primary" data-testid="save-draft" disabled={!dirty || issues.length > 0} onClick={() => void save()}>
          {i18n.t('common.save')}
        </button>
      </PageHeader>
      {status.saved && <p class="ok" role="status">{i18n.t('console.editor.saved')}</p>}
      {status.error && <ErrorNote error={status.error} />}
      {status.error?.code === 'conflict' && <button type="button" onClick={loaded.reload}>{i18n.t('console.editor.reload')}</button>}
      <WeightSum label={i18n.t('console.editor.dimensionWeights')} weights={doc.dimensions.map((d) => d.weight)} target={100} />
      <div class="editor">
        <DraftOutline doc={doc} selected={selected} onSelect={setSelected} onEdit={edit} />
        <NodeEditor doc={doc} path={selected} onEdit={edit} />
      </div>
      {issues.length > 0 && (
        <section aria-live="polite">
          <h2 class="error">{i18n.t('console.editor.issues', [String(issues.length)])}</h2>
          <ValidationIssues fields={issues} />
        </section>
      )}
    </section>
  );
}
