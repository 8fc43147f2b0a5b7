// What the extension captures from a page before it becomes evidence, the queue that delivers it, and
// the settings and outcomes it keeps.
import { z } from 'zod';
import { Id } from './common';
import type { QuoteTarget } from '../anchoring/anchor';
import { EnterpriseMentions } from './enterprise-detection';
import { EvidenceKind, Stance, type EvidenceCreate } from './evidence';
import { Me } from './auth';

/** The page a capture comes from, as the content script (or the PDF viewer) reads it. */
export const CapturedPage = z.object({
  url: z.string(),
  title: z.string(),
  canonicalUrl: z.string().optional(),
  siteName: z.string().optional(),
  lang: z.string().optional(),
  publishedOn: z.string().optional(),
});
export type CapturedPage = z.infer<typeof CapturedPage>;

/** Selected words with their context and offsets in the page's text (a PDF page's text layer for PDFs). */
export const TextSelection = z.object({
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type TextSelection = z.infer<typeof TextSelection>;

/** PDFs: where in the document, and which document exactly. */
export const PdfLocation = z.object({ pageNumber: z.number().int().min(1), documentSha256: z.string() });
export type PdfLocation = z.infer<typeof PdfLocation>;

/**
 * A clip gesture's capture: a selection on a page, or (attaching) the page or a link alone. `mentions`:
 * the credit codes and registered-name candidates the page's text holds, to detect its enterprise.
 */
export const Capture = CapturedPage.extend({ selection: TextSelection.optional(), pdf: PdfLocation.optional(), mentions: EnterpriseMentions.optional() });
export type Capture = z.infer<typeof Capture>;

/** Kinds of evidence attached without a quote. */
export const AttachKind = EvidenceKind.extract(['report', 'link', 'record']);
export type AttachKind = z.infer<typeof AttachKind>;

/** What the user chose in the picker. */
export const ClipChoice = z.object({
  draftId: z.string(),
  roundId: Id,
  enterprise: z.object({ id: Id, name: z.string() }),
  indicatorId: Id,
  stance: Stance,
  note: z.string().max(4000),
  /** For attachments; a clip with a quote is always kind "clip". */
  kind: AttachKind.optional(),
  /** Take a screenshot of the visible tab with the clip. */
  screenshot: z.boolean().optional(),
});
export type ClipChoice = z.infer<typeof ClipChoice>;

/** A capture waiting in the picker for its enterprise and indicator. Its id is the clip's idempotency key. */
export const ClipDraft = z.object({
  id: z.string(),
  /** The tab the picker shows over; absent when the picker was reopened on its own to edit a queued clip. */
  tabId: z.number().int().optional(),
  capture: Capture,
  createdAt: z.string(),
  /** Who was signed in when it was captured: only they see it (absent: captured signed out, any user may take it). */
  userId: Id.optional(),
  /** The choice made before, when a queued clip comes back for editing. */
  previous: ClipChoice.optional(),
});
export type ClipDraft = z.infer<typeof ClipDraft>;

/** A request's failure as the queue keeps it. */
export const QueueFailure = z.object({ code: z.string(), message: z.string(), status: z.number().int() });

/**
 * A clip on its way to the worker. It is stored before the first attempt and removed only once the
 * worker confirmed it, so nothing is lost; its key makes every retry safe, so nothing is saved twice.
 */
export const QueuedClip = z.object({
  key: z.string(),
  /** Sent only with this user's session: another user signing in does not inherit the clip. */
  userId: Id,
  evidence: z.custom<EvidenceCreate>(),
  draft: ClipDraft,
  choice: ClipChoice,
  /** pending: sent when possible; attention: the worker refused it (4xx), waiting for the user. */
  state: z.enum(['pending', 'attention']),
  screenshot: z.enum(['none', 'pending']),
  attempts: z.number().int(),
  lastError: QueueFailure.optional(),
  queuedAt: z.string(),
});
export type QueuedClip = z.infer<typeof QueuedClip>;

export const ClipQueue = z.object({
  items: z.array(QueuedClip),
  /** Consecutive failed deliveries and when to try again: exponential backoff shared by the queue. */
  failures: z.number().int(),
  nextAttemptAt: z.string().nullable(),
});
export type ClipQueue = z.infer<typeof ClipQueue>;

/** How saving a clip went, as the picker shows it. */
export type SaveOutcome =
  | { state: 'saved'; evidenceId: number }
  | { state: 'queued' }
  | { state: 'attention'; error: z.infer<typeof QueueFailure> };

/** Asked of the page (or PDF viewer) showing a source: find the quote and highlight it. */
export type HighlightRequest = { selector: QuoteTarget; stance: z.infer<typeof Stance>; pageNumber?: number };

/** What a jump back found on the page as it is now (the statuses of re-anchoring's acceptance rule). */
export type AnchoringOutcome = { status: 'anchored' | 'changed'; method: string; score: number; pageNumber?: number } | { status: 'orphan' };

export const StoredSession = z.object({ token: z.string(), expiresAt: z.string(), user: Me });
export type StoredSession = z.infer<typeof StoredSession>;

/** The user's clipping preferences, from the options page. */
export const ClipSettings = z.object({
  /** The small clip button next to a selection. */
  selectionButton: z.boolean(),
  /** Open PDF links in the extension's viewer (a declarativeNetRequest redirect). */
  pdfInViewer: z.boolean(),
});
export type ClipSettings = z.infer<typeof ClipSettings>;
