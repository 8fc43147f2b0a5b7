/** Rows of an import's report (its problems or its notes) by spreadsheet row and column, each in the user's words. */
import { i18n } from '../../../lib/ports/messages';

type ReportedRow = { row: number; column?: string | null; reason: string };

export function ImportRowTable<T extends ReportedRow>({ rows, heading, text, testId }: { rows: T[]; heading: string; text: (row: T) => string; testId?: string }) {
  return (
    <table class="data compact" data-testid={testId}>
      <thead>
        <tr>
          <th>{i18n.t('console.import.row')}</th>
          <th>{i18n.t('console.import.column')}</th>
          <th>{heading}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i} data-row={r.row} data-reason={r.reason}>
            <td>{r.row}</td>
            <td class="nowrap">{r.column ?? '—'}</td>
            <td>{text(r)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
