// A PDF's outline (its bookmarks) with each entry's page number resolved, for the viewer's sidebar.
import type { PDFDocumentProxy } from 'pdfjs-dist';

export type OutlineEntry = { title: string; pageNumber: number | null; items: OutlineEntry[] };

type RawEntry = { title: string; dest: string | unknown[] | null; items: RawEntry[] };

/** Deep enough for any report; a hostile PDF's outline may nest without end. */
const MAX_DEPTH = 6;
const MAX_ENTRIES = 2_000;

async function pageOf(pdf: PDFDocumentProxy, dest: RawEntry['dest']): Promise<number | null> {
  try {
    const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
    const target = explicit?.[0];
    if (typeof target === 'number') return target + 1;
    if (target && typeof target === 'object') return (await pdf.getPageIndex(target as Parameters<PDFDocumentProxy['getPageIndex']>[0])) + 1;
  } catch {
    // A broken destination leaves the entry without a page, not the outline without entries.
  }
  return null;
}

export async function loadOutline(pdf: PDFDocumentProxy): Promise<OutlineEntry[]> {
  const raw = ((await pdf.getOutline()) ?? []) as RawEntry[];
  let budget = MAX_ENTRIES;
  const resolve = (entries: RawEntry[], depth: number): Promise<OutlineEntry[]> =>
    Promise.all(
      entries.slice(0, Math.max(0, budget)).map(async (entry) => {
        budget--;
        return {
          title: String(entry.title ?? '').trim(),
          pageNumber: await pageOf(pdf, entry.dest),
          items: depth < MAX_DEPTH ? await resolve(entry.items ?? [], depth + 1) : [],
        };
      }),
    );
  return resolve(raw, 1);
}
