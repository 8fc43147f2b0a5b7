// Loading a PDF for the viewer: its bytes (fetched with the extension's host access), their SHA-256 — the
// document's identity in evidence — and pdf.js's parsed document.
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import { browser } from 'wxt/browser';
import { pdfBytes, pdfWorkerPort } from './early-start';

/** pdf.js's data files, copied into the build by wxt.config.ts (CJK CMaps above all: most reports here need them). */
const asset = (dir: string) => browser.runtime.getURL(`/pdfjs/${dir}/` as '/pdf-viewer.html');

export type LoadedPdf = { pdf: PDFDocumentProxy; sha256: string; title: string };

const toHex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

export async function loadPdf(url: string): Promise<LoadedPdf> {
  const bytes = await pdfBytes(url);
  const sha256 = toHex(await crypto.subtle.digest('SHA-256', bytes));
  // The worker the viewer's page started before pdf.js loaded (or one started now).
  GlobalWorkerOptions.workerPort ??= pdfWorkerPort();
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: asset('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: asset('standard_fonts'),
    wasmUrl: asset('wasm'),
  }).promise;
  const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: string } | undefined;
  const fileName = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || url;
  return { pdf, sha256, title: info?.Title?.trim() || fileName };
}
