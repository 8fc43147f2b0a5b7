// Finding a clipped quote on the page as it is now (re-anchoring) and highlighting it.
import { anchorStatusOf } from '../../../shared/anchoring/acceptance';
import { createAnchorer } from '../../../shared/anchoring/anchor';
import type { AnchoringOutcome, HighlightRequest } from '../../../shared/schemas/clip';
import { showHighlight } from '../../lib/highlight';
import { buildTextIndex, rangeAt } from '../../lib/page-text';

/** How long a page that is still filling in (scripts, lazy content) is watched before the quote counts as gone. */
const SETTLE_MS = 3_000;

function attempt(request: HighlightRequest): AnchoringOutcome | null {
  const index = buildTextIndex();
  const found = createAnchorer(index.text).anchor(request.selector);
  const range = found && rangeAt(index, found.start, found.end);
  if (!found || !range) return null;
  // A changed quote is highlighted where it stands now: the panel says it changed.
  showHighlight(range, request.stance);
  return { status: anchorStatusOf(found.verdict), method: found.method, score: found.score };
}

/** Tries again each time the page stops changing, for at most `ms`. */
function whileChanging(retry: () => AnchoringOutcome | null, ms: number): Promise<AnchoringOutcome | null> {
  return new Promise((resolve) => {
    let settle: ReturnType<typeof setTimeout> | undefined;
    const finish = (outcome: AnchoringOutcome | null) => {
      observer.disconnect();
      clearTimeout(settle);
      clearTimeout(deadline);
      resolve(outcome);
    };
    const observer = new MutationObserver(() => {
      clearTimeout(settle);
      settle = setTimeout(() => {
        const outcome = retry();
        if (outcome) finish(outcome);
      }, 150);
    });
    const deadline = setTimeout(() => finish(null), ms);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

export async function highlightQuote(request: HighlightRequest): Promise<AnchoringOutcome> {
  return attempt(request) ?? (await whileChanging(() => attempt(request), SETTLE_MS)) ?? { status: 'orphan' };
}
