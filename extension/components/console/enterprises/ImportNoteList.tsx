/** What the import changed on the way in (a credit code cleaned, an alias filed under its street, a column left
 * unused), folded: none of it stops the import, all of it is worth a look. */
import { i18n } from '../../../lib/ports/messages';
import type { EnterpriseImportReport } from '../../../../shared/schemas/enterprise-import';
import { importNoteText } from '../../../lib/error-text';
import { ImportRowTable } from './ImportRowTable';

export function ImportNoteList({ report }: { report: EnterpriseImportReport }) {
  if (report.notes.length === 0) return null;
  return (
    <details data-testid="import-notes">
      <summary>{i18n.t('console.import.notes', [String(report.noteCount)])}</summary>
      <ImportRowTable rows={report.notes} heading={i18n.t('console.import.message')} text={importNoteText} />
    </details>
  );
}
