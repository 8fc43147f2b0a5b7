/** The first rows of the file as they would be stored, each with what the import would do to it. */
import { i18n } from '../../../lib/ports/messages';
import type { EnterpriseImportReport } from '../../../../shared/schemas/enterprise-import';
import { industryLabel } from '../../../lib/labels';

export function ImportPreview({ report }: { report: EnterpriseImportReport }) {
  if (report.preview.length === 0) return null;
  return (
    <details>
      <summary>{i18n.t('console.import.preview', [String(report.preview.length)])}</summary>
      <table class="data compact" data-testid="import-preview">
        <thead>
          <tr>
            <th>{i18n.t('console.import.row')}</th>
            <th>{i18n.t('console.import.action')}</th>
            <th>{i18n.t('console.enterprises.name')}</th>
            <th>{i18n.t('console.enterprises.creditCode')}</th>
            <th>{i18n.t('console.enterprises.street')}</th>
            <th>{i18n.t('console.enterprises.industry')}</th>
          </tr>
        </thead>
        <tbody>
          {report.preview.map((p) => (
            <tr key={p.row}>
              <td>{p.row}</td>
              <td>{i18n.t(`console.import.actions.${p.action}`)}</td>
              <td>{p.enterprise.name}</td>
              <td class="code">{p.enterprise.creditCode}</td>
              <td>{p.enterprise.street}</td>
              <td>{industryLabel(p.enterprise.industry)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
