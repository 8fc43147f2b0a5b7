// Downloads at the tier's size: each dataset as CSV (streamed) and the XLSX files, timed from the request to
// the last byte, with the rows and bytes received and the worker's peak memory while it ran (memory.ts).
// An XLSX file larger than the worker builds is refused (422) with a pointer to the CSV: that is recorded too.
import { peakWhile, type MemoryPeak } from './memory';
import { authorization, type Session } from './worker-figures';

export type ExportFigures = { label: string; status: number; seconds: number; firstByteMs: number; bytes: number; rows: number; memory: MemoryPeak };

const downloads = [
  ['results', 'csv'],
  ['scores', 'csv'],
  ['evidence', 'csv'],
  ['results', 'xlsx'],
  ['scores', 'xlsx'],
] as const;

async function download(session: Session, roundId: number, dataset: string, format: string) {
  const started = performance.now();
  const res = await fetch(`${session.base}/api/v1/rounds/${roundId}/exports/${dataset}?format=${format}`, {
    headers: authorization(session, { login: 'admin' } as never),
  });
  const firstByteMs = performance.now() - started;
  let bytes = 0;
  let rows = 0;
  const reader = res.body!.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    bytes += part.value.length;
    // CRLF ends each CSV line (a line break inside a quoted cell is a bare LF): lines less the header are rows.
    for (let i = 0; i < part.value.length; i++) if (part.value[i] === 0x0a && part.value[i - 1] === 0x0d) rows += 1;
  }
  return { status: res.status, seconds: (performance.now() - started) / 1000, firstByteMs, bytes, rows: format === 'csv' ? rows - 1 : 0 };
}

export async function measureExports(session: Session, roundId: number, workerd: number, log: (line: string) => void): Promise<ExportFigures[]> {
  const figures: ExportFigures[] = [];
  for (const [dataset, format] of downloads) {
    const { result, memory } = await peakWhile(workerd, () => download(session, roundId, dataset, format));
    const label = `${dataset} ${format.toUpperCase()}`;
    if (result.status !== 200 && !(format === 'xlsx' && result.status === 422)) throw new Error(`export ${label} answered ${result.status}`);
    figures.push({ label, ...result, memory });
    log(`  export ${label}: ${result.status}, ${result.seconds.toFixed(1)} s, ${(result.bytes / 2 ** 20).toFixed(1)} MiB, ${result.rows} rows, workerd +${memory.riseMiB.toFixed(0)} MiB`);
  }
  return figures;
}
