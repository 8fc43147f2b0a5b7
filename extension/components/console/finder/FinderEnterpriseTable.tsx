/** The finder's figures per enterprise: reports indexed, being read and failed, suggestions nobody has decided
 * on; a row opens the enterprise's reports with their states. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { FinderRoundSummary } from '../../../../shared/schemas/finder';
import type { Round } from '../../../../shared/schemas/round';
import { FinderReportList } from './FinderReportList';

export type FinderEnterpriseTableProps = { round: Round; enterprises: FinderRoundSummary['enterprises'] };

export function FinderEnterpriseTable({ round, enterprises }: FinderEnterpriseTableProps) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <table class="data" data-testid="finder-enterprises">
      <thead>
        <tr>
          <th>{i18n.t('console.enterprises.name')}</th>
          <th>{i18n.t('finderConsole.indexed')}</th>
          <th>{i18n.t('finderConsole.reading')}</th>
          <th>{i18n.t('finderConsole.failed')}</th>
          <th>{i18n.t('finderConsole.unreviewedColumn')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {enterprises.flatMap((e) => [
          <tr key={e.enterpriseId} data-enterprise-id={e.enterpriseId}>
            <td>{e.name}</td>
            <td data-testid="finder-indexed">{e.reports.indexed}</td>
            <td>{e.reports.queued + e.reports.fetched}</td>
            <td class={e.reports.failed > 0 ? 'error' : undefined}>{e.reports.failed}</td>
            <td data-testid="finder-unreviewed">{e.unreviewed}</td>
            <td>
              <button type="button" aria-expanded={open === e.enterpriseId} data-testid="finder-reports-toggle" onClick={() => setOpen(open === e.enterpriseId ? null : e.enterpriseId)}>
                {i18n.t('finderConsole.reports')}
              </button>
            </td>
          </tr>,
          ...(open === e.enterpriseId
            ? [
                <tr key={`${e.enterpriseId}-reports`}>
                  <td colSpan={6}><FinderReportList roundId={round.id} enterpriseId={e.enterpriseId} /></td>
                </tr>,
              ]
            : []),
        ])}
      </tbody>
    </table>
  );
}
