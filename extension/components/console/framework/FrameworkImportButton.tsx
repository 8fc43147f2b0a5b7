/** Imports a framework JSON document as a new draft (version 1 of a new code, or the next version of a known one);
 * the document is checked here against the shared schema first, so problems show before anything is sent. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { FrameworkDoc } from '../../../../shared/schemas/framework';
import { request } from '../../../lib/api';
import type { Failure } from '../../../lib/result';
import { fieldsOfDetails, fieldsOfZod, type FieldProblem } from '../../../lib/validation-fields';
import { ErrorNote } from '../../ErrorNote';
import { ValidationIssues } from '../common/ValidationIssues';

export function FrameworkImportButton({ onImported }: { onImported: (frameworkId: number) => void }) {
  const [error, setError] = useState<Failure | null>(null);
  const [fields, setFields] = useState<FieldProblem[]>([]);
  const fail = (failure: Failure, problems: FieldProblem[] = fieldsOfDetails(failure.details)) => (setError(failure), setFields(problems));

  const choose = async (file: File | undefined) => {
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (err) {
      return fail({ code: 'malformed_json', message: `${file.name}: ${String(err)}`, status: 0 });
    }
    const parsed = FrameworkDoc.safeParse(json);
    if (!parsed.success) return fail({ code: 'validation_failed', message: file.name, status: 0 }, fieldsOfZod(parsed.error));
    const created = await request((api) => api.api.v1.frameworks.import.$post({ json: { document: parsed.data } }));
    if (!created.ok) return fail(created.error);
    setError(null);
    onImported(created.value.id);
  };
  return (
    <div>
      <label class="file-button">
        {i18n.t('console.frameworks.importJson')}
        <input type="file" accept="application/json,.json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </label>
      {error && <ErrorNote error={error} />}
      <ValidationIssues fields={fields} />
    </div>
  );
}
