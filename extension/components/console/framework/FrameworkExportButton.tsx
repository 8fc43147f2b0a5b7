/** Downloads a framework version as the JSON document that imports back as the same framework. */
import { i18n } from '../../../lib/ports/messages';
import type { FrameworkSummary } from '../../../../shared/schemas/framework-version';
import { request } from '../../../lib/api';
import type { Failure } from '../../../lib/result';
import { saveFile } from '../../../lib/save-file';

export type FrameworkExportButtonProps = { framework: FrameworkSummary; onError: (error: Failure) => void };

export function FrameworkExportButton({ framework, onError }: FrameworkExportButtonProps) {
  const download = async () => {
    const doc = await request((api) => api.api.v1.frameworks[':id'].export.$get({ param: { id: String(framework.id) } }));
    if (!doc.ok) return onError(doc.error);
    saveFile(new Blob([JSON.stringify(doc.value, null, 2)], { type: 'application/json' }), `${framework.code}-v${framework.version}.json`);
  };
  return <button type="button" onClick={() => void download()}>{i18n.t('console.frameworks.exportJson')}</button>;
}
