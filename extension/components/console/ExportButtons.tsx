/** Downloads of the round's results, scores and evidence as CSV or XLSX (of one enterprise when given), in the reader's language and time zone. */
import { useState } from 'preact/hooks';
import { i18n } from '../../lib/ports/messages';
import type { Me } from '../../../shared/schemas/auth';
import type { ExportDataset, ExportFormat } from '../../../shared/schemas/exports';
import type { Round } from '../../../shared/schemas/round';
import { requestFile } from '../../lib/api';
import { exportDatasets } from '../../lib/console-sections';
import { shownTimeZone, uiLanguage } from '../../lib/locale';
import type { Failure } from '../../lib/result';
import { saveFile } from '../../lib/save-file';
import { ErrorNote } from '../ErrorNote';

export type ExportButtonsProps = { round: Round; me: Me; enterpriseId?: number };

export function ExportButtons({ round, me, enterpriseId }: ExportButtonsProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const download = async (dataset: ExportDataset, format: ExportFormat) => {
    setBusy(`${dataset}.${format}`);
    const file = await requestFile((api) =>
      api.api.v1.rounds[':roundId'].exports[':dataset'].$get({
        param: { roundId: String(round.id), dataset },
        // In the reader's language, with times in the zone they see them in.
        query: { format, lang: uiLanguage === 'zh' ? 'zh-CN' : 'en', tz: shownTimeZone(), ...(enterpriseId && { enterpriseId: String(enterpriseId) }) },
      }),
    );
    setBusy(null);
    if (!file.ok) return setError(file.error);
    setError(null);
    saveFile(file.value.blob, file.value.fileName);
  };
  return (
    <div class="exports" data-testid="export-buttons">
      <details class="menu">
        <summary>{i18n.t('console.exports.title')}</summary>
        <ul>
          {exportDatasets(me, round).map((dataset) => (
            <li key={dataset} class="row">
              <span class="grow">{i18n.t(`console.exports.${dataset}`)}</span>
              {(['csv', 'xlsx'] as const).map((format) => (
                <button key={format} type="button" data-testid={`export-${dataset}-${format}`} disabled={busy !== null} onClick={() => void download(dataset, format)}>
                  {busy === `${dataset}.${format}` ? i18n.t('common.loading') : format.toUpperCase()}
                </button>
              ))}
            </li>
          ))}
        </ul>
      </details>
      {error && <ErrorNote error={error} />}
    </div>
  );
}
