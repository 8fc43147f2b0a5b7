/** Every problem of the file (the header's and the rows' together) by spreadsheet row, column and what is wrong,
 * in the user's words (the first 500 of them). */
import { i18n } from '../../lib/ports/messages';
import type { EnterpriseImportReport } from '../../../shared/schemas/enterprise-import';
import { importProblemText } from '../../lib/error-text';

export function ImportErrorList({ report }: { report: EnterpriseImportReport }) {
  if (report.errors.length === 0) return null;
  return (
    <section>
      <h3 class="error">{i18n.t('console.import.errors', [String(report.errorCount)])}</h3>
      <table class="data compact" data-testid="import-errors">
        <thead>
          <tr>
            <th>{i18n.t('console.import.row')}</th>
            <th>{i18n.t('console.import.column')}</th>
            <th>{i18n.t('console.import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {report.errors.map((e, i) => (
            <tr key={i} data-row={e.row} data-reason={e.reason}>
              <td>{e.row}</td>
              <td class="nowrap">{e.column ?? '—'}</td>
              <td>{importProblemText(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
