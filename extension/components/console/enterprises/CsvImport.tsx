/** The CSV import of enterprises: the file is read (with a progress bar), checked by a dry run whose preview and
 * row-level errors are shown, and only a file without errors can be committed, in one transaction. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { EnterpriseImportReport } from '../../../../shared/schemas/enterprise-import';
import { MAX_IMPORT_BYTES } from '../../../../shared/schemas/enterprise-import';
import { request } from '../../../lib/api';
import type { Failure } from '../../../lib/result';
import { readFileBase64 } from '../../../lib/save-file';
import { ErrorNote } from '../../ErrorNote';
import { ImportAllowedValues } from './ImportAllowedValues';
import { ImportErrorList } from './ImportErrorList';
import { ImportNoteList } from './ImportNoteList';
import { ImportPreview } from './ImportPreview';
import { ImportProgress, type ImportStage } from './ImportProgress';

export type CsvImportProps = { onImported: () => void; onClose: () => void };

type File64 = { name: string; base64: string };

export function CsvImport({ onImported, onClose }: CsvImportProps) {
  const [stage, setStage] = useState<ImportStage>({ step: 'idle' });
  const [file, setFile] = useState<File64 | null>(null);
  const [report, setReport] = useState<EnterpriseImportReport | null>(null);
  const [error, setError] = useState<Failure | null>(null);

  const send = (chosen: File64, dryRun: boolean) =>
    request((api) => api.api.v1.enterprises.import.$post({ json: { fileName: chosen.name, contentBase64: chosen.base64, dryRun } }));

  const choose = async (picked: File | undefined) => {
    setReport(null);
    setError(null);
    if (!picked) return;
    if (picked.size > MAX_IMPORT_BYTES) return setError({ code: 'payload_too_large', message: picked.name, status: 0 });
    setStage({ step: 'reading', share: 0 });
    const base64 = await readFileBase64(picked, (share) => setStage({ step: 'reading', share }));
    const chosen = { name: picked.name, base64 };
    setFile(chosen);
    setStage({ step: 'checking' });
    const checked = await send(chosen, true);
    setStage({ step: 'idle' });
    if (!checked.ok) return setError(checked.error);
    setReport(checked.value);
  };

  const commit = async () => {
    if (!file) return;
    setStage({ step: 'committing' });
    const done = await send(file, false);
    if (!done.ok) {
      setStage({ step: 'idle' });
      setError(done.error);
      // A refused commit answers with the report of what is wrong.
      if (done.error.code === 'import_invalid') setReport(done.error.details as EnterpriseImportReport);
      return;
    }
    setReport(done.value);
    setStage({ step: 'done' });
    onImported();
  };

  const committed = report?.committed === true;
  return (
    <section class="panel" aria-labelledby="csv-import-title" data-testid="csv-import">
      <header class="row">
        <h2 id="csv-import-title" class="grow">{i18n.t('console.import.title')}</h2>
        <button type="button" class="icon" title={i18n.t('common.close')} onClick={onClose}>×</button>
      </header>
      <p class="muted">{i18n.t('console.import.hint')}</p>
      <ImportAllowedValues />
      <label class="file-button">
        {i18n.t('console.import.choose')}
        <input type="file" accept=".csv,.txt,text/csv" data-testid="csv-file" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </label>
      <ImportProgress stage={stage} />
      {error && <ErrorNote error={error} />}
      {report && (
        <>
          <p data-testid="import-summary" role="status">
            {committed
              ? i18n.t('console.import.committed', [String(report.created), String(report.updated), String(report.unchanged)])
              : i18n.t('console.import.checked', [report.fileName, String(report.rows), String(report.valid), String(report.created), String(report.updated), String(report.unchanged), String(report.errorCount)])}
          </p>
          <ImportErrorList report={report} />
          <ImportNoteList report={report} />
          {!committed && <ImportPreview report={report} />}
          {!committed && (
            <div class="row">
              <button type="button" class="primary" data-testid="commit-import" disabled={report.errorCount > 0 || report.valid === 0 || stage.step !== 'idle'} onClick={() => void commit()}>
                {i18n.t('console.import.commit', [String(report.created + report.updated)])}
              </button>
              {report.errorCount > 0 && <span class="error">{i18n.t('console.import.fixFirst')}</span>}
            </div>
          )}
        </>
      )}
    </section>
  );
}
