/** What the import changed on the way in (a credit code cleaned, an alias filed under its street, a column left
 * unused), folded: none of it stops the import, all of it is worth a look. */
import { i18n } from '../../lib/ports/messages';
import type { EnterpriseImportReport } from '../../../shared/schemas/enterprise-import';
import { importNoteText } from '../../lib/error-text';

export function ImportNoteList({ report }: { report: EnterpriseImportReport }) {
  if (report.notes.length === 0) return null;
  return (
    <details data-testid="import-notes">
      <summary>{i18n.t('console.import.notes', [String(report.noteCount)])}</summary>
      <table class="data compact">
        <thead>
          <tr>
            <th>{i18n.t('console.import.row')}</th>
            <th>{i18n.t('console.import.column')}</th>
            <th>{i18n.t('console.import.message')}</th>
          </tr>
        </thead>
        <tbody>
          {report.notes.map((n, i) => (
            <tr key={i} data-row={n.row} data-reason={n.reason}>
              <td>{n.row}</td>
              <td class="nowrap">{n.column ?? '—'}</td>
              <td>{importNoteText(n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
