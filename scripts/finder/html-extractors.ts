// Measures HTML extraction for the finder on the labelled set's HTML reports (test/fixtures/finder/): for the DOM
// walk the finder uses (worker/finder/extract-html.ts), Readability's article text and the freshness job's
// html-text, the share of labelled passages whose words it keeps, how much other text it keeps, and whether
// its offsets are the content script's. `npx tsx scripts/finder/html-extractors.ts`
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseLabels } from '../../shared/finder/evaluation';
import { splitPassages } from '../../shared/finder/passages';
import { htmlToText } from '../../worker/domain/html-text';
import { htmlReportText } from '../../worker/finder/extract-html';

const dir = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'finder');
const reports = (JSON.parse(readFileSync(join(dir, 'reports.json'), 'utf8')) as { id: string; file: string; kind: string }[]).filter((r) => r.kind === 'html');
const labels = parseLabels(readFileSync(join(dir, 'labels.jsonl'), 'utf8'));
const squash = (text: string) => text.replace(/\s+/g, '');

const extractors: Record<string, (html: string) => string> = {
  'DOM walk (linkedom, as the content script)': (html) => htmlReportText(html).page.text,
  'Readability article text': (html) => new Readability(parseHTML(html).document as unknown as Document).parse()?.textContent ?? '',
  'html-text.ts (freshness job)': htmlToText,
};

for (const [name, extract] of Object.entries(extractors)) {
  let kept = 0;
  let total = 0;
  let labelledChars = 0;
  let extractedChars = 0;
  for (const report of reports) {
    const html = readFileSync(join(dir, report.file), 'utf8');
    const text = squash(extract(html));
    const passages = labels.docs.get(report.id) ?? [];
    for (const p of passages) {
      total++;
      if (text.includes(squash(p.text))) kept++;
    }
    labelledChars += passages.reduce((sum, p) => sum + squash(p.text).length, 0);
    extractedChars += text.length;
  }
  console.log(`${name}: keeps ${kept}/${total} labelled passages (${((100 * kept) / total).toFixed(1)} %), ${(extractedChars / labelledChars).toFixed(2)}× their characters`);
}
// Passages the DOM walk's splitter makes that are not (inside) a labelled passage: furniture the ranking must live with.
let furniture = 0;
let made = 0;
for (const report of reports) {
  const labelled = (labels.docs.get(report.id) ?? []).map((p) => squash(p.text));
  for (const p of splitPassages(htmlReportText(readFileSync(join(dir, report.file), 'utf8')).page)) {
    made++;
    if (!labelled.some((l) => l.includes(squash(p.text)) || squash(p.text).includes(l))) furniture++;
  }
}
console.log(`DOM-walk passages outside every labelled passage (headings, menus, footers): ${furniture} of ${made}`);
