// Evidence: what an expert or enterprise clips or attaches to an indicator slot, with the selectors
// (W3C Web Annotation) that lead back to the exact words in the source.
import { z } from 'zod';
import { EVIDENCE_KINDS, REVIEW_STATUSES, STANCES } from './values';
import { because } from '../issues';
import { CalendarDate, HttpUrl, Id, Timestamp } from './common';

/** Longest quote accepted; longer selections are refused with a clear error rather than cut. */
export const MAX_QUOTE_LENGTH = 10_000;

export const EvidenceKind = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

export const Stance = z.enum(STANCES);
export type Stance = z.infer<typeof Stance>;

export const ReviewStatus = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/** What the last jump back to the source found, by re-anchoring's one acceptance rule
 * (shared/anchoring/acceptance.ts): the quote's words, its place with the words edited since, or neither. */
export const AnchorStatus = z.enum(['anchored', 'changed', 'orphan']);
export type AnchorStatus = z.infer<typeof AnchorStatus>;

/** The quoted words with the text just before and after them. */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(MAX_QUOTE_LENGTH),
  prefix: z.string().max(256).default(''),
  suffix: z.string().max(256).default(''),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/** Character offsets of the quote in the page's text content. */
export const TextPositionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((s) => s.end > s.start, { ...because('selector_order', 'end must be after start'), path: ['end'] });
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

export const EvidenceSelectors = z.object({
  quote: TextQuoteSelector.optional(),
  position: TextPositionSelector.optional(),
});
export type EvidenceSelectors = z.infer<typeof EvidenceSelectors>;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a lower-case hex SHA-256');

/** A client-chosen key that makes retried saves return the first record instead of a duplicate. */
export const IdempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'Expected 16–64 letters, digits, - or _');

export const EvidenceCreate = z
  .object({
    roundId: Id,
    enterpriseId: Id,
    indicatorId: Id,
    kind: EvidenceKind.default('clip'),
    url: HttpUrl.optional(),
    canonicalUrl: HttpUrl.optional(),
    title: z.string().trim().min(1).max(500),
    siteName: z.string().trim().max(200).optional(),
    lang: z.string().trim().max(35).optional(),
    publishedOn: CalendarDate.optional(),
    quote: z.string().min(1).max(MAX_QUOTE_LENGTH).optional(),
    selectors: EvidenceSelectors.optional(),
    /** PDFs: the 1-based page the quote is on, and the document's SHA-256. */
    pageNumber: z.number().int().min(1).max(100_000).optional(),
    documentSha256: Sha256Hex.optional(),
    stance: Stance.default('supports'),
    note: z.string().trim().max(4000).optional(),
    /** Certificates: the expiry date stated on them. */
    expiresOn: CalendarDate.optional(),
    capturedAt: Timestamp,
    idempotencyKey: IdempotencyKey,
    extensionVersion: z.string().max(32).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'clip' && body.quote === undefined)
      ctx.addIssue({ code: 'custom', path: ['quote'], ...because('clip_quote_missing', 'A clip carries the quoted text') });
    if (body.kind !== 'statement' && body.url === undefined)
      ctx.addIssue({ code: 'custom', path: ['url'], ...because('source_url_missing', 'Evidence from a source carries its URL') });
    const exact = body.selectors?.quote?.exact;
    if (exact !== undefined && exact !== body.quote)
      ctx.addIssue({ code: 'custom', path: ['selectors', 'quote', 'exact'], ...because('selector_quote_mismatch', 'The quote selector must match the quote') });
  });
export type EvidenceCreate = z.input<typeof EvidenceCreate>;

/** Whether the evidence is still inside its indicator's validity window today (computed, never stored). */
export const EvidenceValidityState = z.object({
  status: z.enum(['valid', 'expiring', 'expired']),
  /** The last day it counts; null when nothing limits it (a certificate without an expiry date). */
  validUntil: CalendarDate.nullable(),
});
export type EvidenceValidityState = z.infer<typeof EvidenceValidityState>;

export const Evidence = z.object({
  id: Id,
  roundId: Id,
  enterpriseId: Id,
  indicatorId: Id,
  indicatorCode: z.string(),
  kind: EvidenceKind,
  url: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  title: z.string(),
  siteName: z.string().nullable(),
  lang: z.string().nullable(),
  publishedOn: z.string().nullable(),
  quote: z.string().nullable(),
  quoteSha256: z.string().nullable(),
  selectors: EvidenceSelectors.nullable(),
  pageNumber: z.number().nullable(),
  documentSha256: z.string().nullable(),
  stance: Stance,
  note: z.string().nullable(),
  expiresOn: z.string().nullable(),
  status: ReviewStatus,
  reviewComment: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  /** Null for an enterprise reading what an evaluator captured, unless the policy names evaluators to it (after publication, where the framework shows them). */
  capturedBy: z.object({ id: Id, displayName: z.string() }).nullable(),
  capturedAt: z.string(),
  receivedAt: z.string(),
  /** SHA-256 of the screenshot of the visible tab taken with the clip, if one was taken. */
  screenshotSha256: z.string().nullable(),
  anchorStatus: AnchorStatus.nullable(),
  /** When the quote was last found on its source (the capture time until someone jumps back to it). */
  lastSeenAt: z.string().nullable(),
  /** Expired evidence is flagged everywhere and does not count towards completeness. */
  validity: EvidenceValidityState,
  version: z.number().int(),
});
export type Evidence = z.infer<typeof Evidence>;

/** The author's later changes: stance and note, against the version they saw. */
export const EvidenceUpdate = z
  .object({
    stance: Stance.optional(),
    /** An empty note removes it. */
    note: z.string().trim().max(4000).optional(),
    version: z.number().int().min(1),
  })
  .refine((body) => body.stance !== undefined || body.note !== undefined, { ...because('stance_or_note_missing', 'Change the stance or the note'), path: ['stance'] });
export type EvidenceUpdate = z.input<typeof EvidenceUpdate>;

/** A reviewer's verdict on a piece of evidence, against the version they saw; a rejection says why. */
export const EvidenceReview = z
  .object({
    status: z.enum(['accepted', 'rejected']),
    comment: z.string().trim().max(2000).optional(),
    version: z.number().int().min(1),
  })
  .refine((body) => body.status !== 'rejected' || Boolean(body.comment), { ...because('reject_reason_missing', 'Say why the evidence is rejected'), path: ['comment'] });
export type EvidenceReview = z.input<typeof EvidenceReview>;

/** What a jump back to the source found: the quote anchored on the page as it is now, or not. */
export const AnchoringReport = z.object({ status: AnchorStatus });
export type AnchoringReport = z.infer<typeof AnchoringReport>;

/** Screenshots are PNG or JPEG images of the visible tab, sent as the raw request body. */
export const SCREENSHOT_TYPES = ['image/png', 'image/jpeg'] as const;
export const MAX_SCREENSHOT_BYTES = 8 * 1024 * 1024;
export const ScreenshotHeaders = z.object({ 'content-type': z.enum(SCREENSHOT_TYPES) });
