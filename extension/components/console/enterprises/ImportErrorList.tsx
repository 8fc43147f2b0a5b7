/** Every problem of the file (the header's and the rows' together) by spreadsheet row, column and what is wrong,
 * in the user's words (the first 500 of them). */
import { i18n } from '../../../lib/ports/messages';
import type { EnterpriseImportReport } from '../../../../shared/schemas/enterprise-import';
import { importProblemText } from '../../../lib/error-text';
import { ImportRowTable } from './ImportRowTable';

export function ImportErrorList({ report }: { report: EnterpriseImportReport }) {
  if (report.errors.length === 0) return null;
  return (
    <section>
      <h3 class="error">{i18n.t('console.import.errors', [String(report.errorCount)])}</h3>
      <ImportRowTable rows={report.errors} heading={i18n.t('console.import.problem')} text={importProblemText} testId="import-errors" />
    </section>
  );
}
