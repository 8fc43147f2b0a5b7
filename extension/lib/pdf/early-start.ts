// What the PDF viewer's page starts before pdf.js and the viewer have loaded (a chunk of their own, ~450 KB): pdf.js's
// worker, whose 1 MB script then boots meanwhile, and the PDF's download. Both used to wait for that chunk.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

let port: Worker | null = null;
const downloads = new Map<string, Promise<ArrayBuffer>>();

/** The one worker of the page, started on the first call. */
export const pdfWorkerPort = () => (port ??= new Worker(workerUrl, { type: 'module' }));

const download = (url: string) =>
  fetch(url, { credentials: 'include' }).then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.arrayBuffer();
  });

/** Starts fetching the PDF (with the extension's host access) for `pdfBytes` to take. */
export function startPdfDownload(url: string) {
  const started = download(url);
  // Whoever takes it sees a failure; an untaken one must not be reported as unhandled.
  started.catch(() => undefined);
  downloads.set(url, started);
}

/** The PDF's bytes: the download started early, taken once (pdf.js takes the buffer over), or a new one. */
export function pdfBytes(url: string): Promise<ArrayBuffer> {
  const started = downloads.get(url);
  downloads.delete(url);
  return started ?? download(url);
}
