// The worker's evidence request for a draft and the user's choice: a clip with its selectors, or an attachment.
import type { ClipChoice, ClipDraft } from '../../shared/schemas/clip';
import type { EvidenceCreate } from '../../shared/schemas/evidence';

/** Page metadata can be long or odd; the worker's limits are met here rather than refused there. */
const cut = (text: string | undefined, max: number) => text?.trim().slice(0, max) || undefined;

export function evidenceFrom(draft: ClipDraft, choice: ClipChoice, extensionVersion: string): EvidenceCreate {
  const { capture } = draft;
  const selection = capture.selection;
  return {
    roundId: choice.roundId,
    enterpriseId: choice.enterprise.id,
    indicatorId: choice.indicatorId,
    kind: selection ? 'clip' : (choice.kind ?? 'link'),
    url: capture.url,
    canonicalUrl: capture.canonicalUrl,
    title: cut(capture.title, 500) ?? capture.url.slice(0, 500),
    siteName: cut(capture.siteName, 200),
    lang: cut(capture.lang, 35),
    publishedOn: capture.publishedOn,
    ...(selection && {
      quote: selection.quote,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: selection.quote, prefix: selection.prefix, suffix: selection.suffix },
        position: { type: 'TextPositionSelector', start: selection.start, end: selection.end },
      },
    }),
    // A page number locates a quote; an attached PDF is the whole document (its hash still identifies it).
    pageNumber: selection ? capture.pdf?.pageNumber : undefined,
    documentSha256: capture.pdf?.documentSha256,
    stance: choice.stance,
    note: choice.note.trim() || undefined,
    capturedAt: draft.createdAt,
    // The draft's id is the clip's identity: saving it again can never make a second record.
    idempotencyKey: draft.id,
    extensionVersion,
  };
}
