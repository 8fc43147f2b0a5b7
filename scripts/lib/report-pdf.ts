// Chinese (and English) report PDFs that PDF.js reads back as the text they were made from: one page per
// string, its lines drawn (and wrapped) in a subset of WenQuanYi Micro Hei, Debian's fonts-wqy-microhei.
// Used by the demo site's "报告全文 (PDF版)", the finder's tests and the benchmark's 150-page report.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';

/** Where Debian puts the font (`apt-get install fonts-wqy-microhei`; .ci/run installs it). */
export const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
/** The font's face inside the collection. */
const FACE = 'WenQuanYiMicroHei';

const A4 = [595.28, 841.89] as const;
const MARGIN = 56;
const SIZE = 10.5;
const LEADING = 18;

let fontBytes: Promise<Buffer> | undefined;
const loadFont = () => {
  if (!existsSync(CJK_FONT)) throw new Error(`Report PDFs need the CJK font ${CJK_FONT}: apt-get install fonts-wqy-microhei`);
  return (fontBytes ??= readFile(CJK_FONT));
};

/** Lines no wider than `width`: Chinese breaks anywhere, other text at spaces where it can. */
function wrap(line: string, width: number, widthOf: (char: string) => number): string[] {
  const out: string[] = [];
  let start = 0;
  let used = 0;
  let lastSpace = -1;
  for (let i = 0; i < line.length; i++) {
    const w = widthOf(line[i]!);
    if (used + w > width && i > start) {
      const cut = lastSpace > start && !/[\u3400-\u9fff]/.test(line[i]!) ? lastSpace + 1 : i;
      out.push(line.slice(start, cut));
      start = cut;
      used = 0;
      lastSpace = -1;
      for (let j = start; j < i; j++) used += widthOf(line[j]!);
    }
    if (line[i] === ' ') lastSpace = i;
    used += w;
  }
  if (start < line.length) out.push(line.slice(start));
  return out;
}

export type ReportPdfOptions = { title?: string; /** Pages drawn without any text (a scan, as far as text goes). */ imageOnly?: boolean };

/** A PDF with one page per element of `pages`, each page's lines separated by "\n". */
export async function reportPdf(pages: readonly string[], options: ReportPdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // The font file is a collection: fontkit picks the face by its PostScript name.
  doc.registerFontkit({ create: (bytes: Uint8Array) => fontkit.create(bytes as Buffer, FACE) } as unknown as typeof fontkit);
  const font = await doc.embedFont(await loadFont(), { subset: true });
  if (options.title) doc.setTitle(options.title);
  const widths = new Map<string, number>();
  const widthOf = (char: string) => {
    let w = widths.get(char);
    if (w === undefined) widths.set(char, (w = font.widthOfTextAtSize(char, SIZE)));
    return w;
  };
  for (const text of pages) {
    const page = doc.addPage([...A4]);
    if (options.imageOnly) {
      page.drawRectangle({ x: MARGIN, y: MARGIN, width: A4[0] - 2 * MARGIN, height: A4[1] - 2 * MARGIN, color: rgb(0.85, 0.85, 0.85) });
      continue;
    }
    let y = A4[1] - MARGIN;
    for (const line of text.split('\n').flatMap((l) => (l ? wrap(l, A4[0] - 2 * MARGIN, widthOf) : ['']))) {
      if (y < MARGIN) break;
      if (line) page.drawText(line, { x: MARGIN, y, size: SIZE, font });
      y -= LEADING;
    }
  }
  return doc.save();
}
