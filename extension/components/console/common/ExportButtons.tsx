/** Downloads of the round's results, scores and evidence as CSV or XLSX (of one enterprise when given), in the
 * reader's language and time zone; a download that takes more than a second shows how much has arrived, and
 * each says when it finished. */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Me } from '../../../../shared/schemas/auth';
import type { ExportDataset, ExportFormat } from '../../../../shared/schemas/exports';
import type { Round } from '../../../../shared/schemas/round';
import { requestFile } from '../../../lib/api';
import { exportDatasets } from '../../../lib/console-sections';
import { formatBytes, formatTime, shownTimeZone, uiLanguage } from '../../../lib/locale';
import type { Failure } from '../../../lib/result';
import { saveFile } from '../../../lib/save-file';
import { ErrorNote } from '../../ErrorNote';

export type ExportButtonsProps = { round: Round; me: Me; enterpriseId?: number };

/** Progress is shown once a download has taken this long. */
const SHOW_AFTER_MS = 1_000;

type Download = { key: string; bytes: number; shown: boolean };

export function ExportButtons({ round, me, enterpriseId }: ExportButtonsProps) {
  const [busy, setBusy] = useState<Download | null>(null);
  const [finished, setFinished] = useState<{ at: Date; bytes: number } | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const running = busy?.key;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setBusy((b) => (b && b.key === running ? { ...b, shown: true } : b)), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [running]);

  const download = async (dataset: ExportDataset, format: ExportFormat) => {
    const key = `${dataset}.${format}`;
    setBusy({ key, bytes: 0, shown: false });
    setFinished(null);
    const file = await requestFile(
      (api) =>
        api.api.v1.rounds[':roundId'].exports[':dataset'].$get({
          param: { roundId: String(round.id), dataset },
          // In the reader's language, with times in the zone they see them in.
          query: { format, lang: uiLanguage === 'zh' ? 'zh-CN' : 'en', tz: shownTimeZone(), ...(enterpriseId && { enterpriseId: String(enterpriseId) }) },
        }),
      (bytes) => setBusy((b) => (b && b.key === key ? { ...b, bytes } : b)),
    );
    setBusy(null);
    if (!file.ok) return setError(file.error);
    setError(null);
    setFinished({ at: new Date(), bytes: file.value.blob.size });
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
                  {busy?.key === `${dataset}.${format}` ? i18n.t('common.loading') : format.toUpperCase()}
                </button>
              ))}
            </li>
          ))}
        </ul>
      </details>
      <p class="muted" role="status" data-testid="export-progress">
        {busy?.shown ? i18n.t('console.exports.receiving', [formatBytes(busy.bytes)]) : finished ? i18n.t('console.exports.finished', [formatBytes(finished.bytes), formatTime(finished.at)]) : null}
      </p>
      {error && <ErrorNote error={error} />}
    </div>
  );
}
