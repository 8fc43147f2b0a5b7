/** The PDF's outline (bookmarks) beside the pages: each entry goes to its page. Titles come from the PDF:
 * shown as text only. */
import { i18n } from '../lib/ports/messages';
import type { OutlineEntry } from '../lib/pdf/outline';

export type PdfOutlineProps = { entries: readonly OutlineEntry[]; onGo: (pageNumber: number) => void };

function Entries({ entries, onGo }: PdfOutlineProps) {
  return (
    <ul>
      {entries.map((entry, i) => (
        <li key={i}>
          <button type="button" class="link" disabled={entry.pageNumber === null} data-page={entry.pageNumber ?? undefined} onClick={() => entry.pageNumber && onGo(entry.pageNumber)}>
            {entry.title || i18n.t('viewer.untitled')}
          </button>
          {entry.items.length > 0 && <Entries entries={entry.items} onGo={onGo} />}
        </li>
      ))}
    </ul>
  );
}

export function PdfOutline({ entries, onGo }: PdfOutlineProps) {
  return (
    <nav class="pdf-outline" aria-label={i18n.t('viewer.outline')} data-testid="pdf-outline">
      <Entries entries={entries} onGo={onGo} />
    </nav>
  );
}
