// The evidence finder's API: the reports it reads and their states, the suggested passages per indicator,
// and an expert's confirmation (which makes ordinary evidence) or dismissal of one. Suggestions are never
// evidence and never scores until a person confirms them.
import { z } from 'zod';
import { Id, IdParam, ListTotal } from './common';
import { IdempotencyKey, Stance } from './evidence';

export const FinderReportStatus = z.enum(['queued', 'fetched', 'indexed', 'failed']);
export type FinderReportStatus = z.infer<typeof FinderReportStatus>;

/** A report the finder reads: one source URL of the enterprise's evidence in the round. */
export const FinderReport = z.object({
  id: Id,
  url: z.string(),
  status: FinderReportStatus,
  /** Failed: why, as a code (http_404, too_large, not_pdf, encrypted_pdf, broken_pdf, pdf_too_expanded, no_text_layer, no_main_text, stalled, …). */
  reason: z.string().nullable(),
  /** Failed: why, for people; indexed: what was left out (pages or passages beyond the limits), if anything. */
  message: z.string().nullable(),
  format: z.enum(['html', 'pdf']).nullable(),
  title: z.string().nullable(),
  /** SHA-256 of the document last fetched (a PDF's identity in evidence). */
  sha256: z.string().nullable(),
  pageCount: z.number().int().nullable(),
  passageCount: z.number().int().nullable(),
  /** UTF-8 bytes of its stored index (page texts, places, postings). */
  indexBytes: z.number().int().nullable(),
  queuedAt: z.string(),
  fetchedAt: z.string().nullable(),
  indexedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type FinderReport = z.infer<typeof FinderReport>;

export const ReportCounts = z.object({ queued: z.number().int(), fetched: z.number().int(), indexed: z.number().int(), failed: z.number().int() });

/** GET …/enterprises/:enterpriseId/finder/reports */
export const EnterpriseFinderReports = z.object({ items: z.array(FinderReport), counts: ReportCounts, unreviewed: z.number().int() });
export type EnterpriseFinderReports = z.infer<typeof EnterpriseFinderReports>;

/** GET /rounds/:roundId/finder/summary: the console's counts, for the round and per enterprise (a page of them). */
export const FinderRoundSummary = z.object({
  counts: ReportCounts,
  unreviewed: z.number().int(),
  enterprises: z.array(
    z.object({
      enterpriseId: Id,
      name: z.string(),
      reports: ReportCounts,
      unreviewed: z.number().int(),
      /** Indicators with at least one suggestion nobody has decided on (the expert queue's "suggestions, no evidence" starts here). */
      indicatorIds: z.array(Id),
    }),
  ),
  nextCursor: z.string().nullable(),
  /** Enterprises enrolled in the round: the pages' total. */
  total: ListTotal,
});
export type FinderRoundSummary = z.infer<typeof FinderRoundSummary>;

export const FinderSummaryQuery = z.object({
  cursor: z.string().regex(/^\d{1,15}$/, 'Expected the cursor of the previous page').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** A suggested passage: where it is (report, page, offsets in that page's text), its words, and why it matched. */
export const Suggestion = z.object({
  reportId: Id,
  passageKey: z.string(),
  /** 1-based; an HTML report is one page. */
  page: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  /** Words of the passage that matched the indicator's query, most telling first. */
  why: z.array(z.string()),
  score: z.number(),
});
export type Suggestion = z.infer<typeof Suggestion>;

/** GET …/enterprises/:enterpriseId/finder/suggestions[?indicatorId=] */
export const FinderSuggestions = z.object({
  reports: z.array(FinderReport.pick({ id: true, url: true, title: true, format: true, sha256: true, pageCount: true })),
  indicators: z.array(z.object({ indicatorId: Id, items: z.array(Suggestion) })),
});
export type FinderSuggestions = z.infer<typeof FinderSuggestions>;

export const SuggestionsQuery = z.object({ indicatorId: IdParam.optional() });

const PassageRef = { indicatorId: Id, reportId: Id, passageKey: z.string().regex(/^[0-9a-f]{16}$/, 'Expected the passage key of a suggestion') };

/** Confirming a suggestion: it becomes a clip of the passage (quote, selectors, page, document SHA-256) with the stance chosen. */
export const SuggestionConfirm = z.object({
  ...PassageRef,
  stance: Stance,
  note: z.string().trim().max(4000).optional(),
  /** As for clips: a retried confirmation returns the first evidence, never a second. */
  idempotencyKey: IdempotencyKey,
});
export type SuggestionConfirm = z.input<typeof SuggestionConfirm>;

export const SuggestionDismiss = z.object(PassageRef);
export type SuggestionDismiss = z.infer<typeof SuggestionDismiss>;

export const FinderDismissal = z.object({ ...PassageRef, decidedAt: z.string() });

/** Re-reading on demand (admins): one report, an enterprise's reports, or the whole round's. */
export const ReindexRequest = z.object({ enterpriseId: Id.optional(), reportId: Id.optional() });
export const ReindexAccepted = z.object({ requeued: z.number().int() });

/** GET /rounds/:roundId/finder/unevidenced: the acting expert's indicators with suggestions and no evidence, per enterprise (a page of them). */
export const UnevidencedSuggestions = z.object({
  items: z.array(
    z.object({
      enterpriseId: Id,
      name: z.string(),
      /** Scored indicators of the expert's assignment with an undecided suggestion and no live evidence, in framework order. */
      indicators: z.array(z.object({ id: Id, code: z.string() })),
    }),
  ),
  nextCursor: z.string().nullable(),
  /** Enterprises with such indicators. */
  total: ListTotal,
});
export type UnevidencedSuggestions = z.infer<typeof UnevidencedSuggestions>;
