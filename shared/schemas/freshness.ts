// Evidence freshness: whether the quote of accepted web evidence still stands on its source, as the
// scheduled job last found it, the list reviewers and coordinators follow, and a run's figures.
import { z } from 'zod';
import { FRESHNESS_STATUSES } from './values';
import { Id } from './common';

/** stands: the quote is still there; changed: something close is (nearestText); gone: nothing close is;
 *  unchecked: the source could not be read this time (reason) — never taken for gone. */
export const FreshnessStatus = z.enum(FRESHNESS_STATUSES);
export type FreshnessStatus = z.infer<typeof FreshnessStatus>;

export const EvidenceFreshness = z.object({
  status: FreshnessStatus,
  /** unchecked: timeout, network, http_404, not_html, too_large, too_many_redirects, refused_host, not_http, credentials, … */
  reason: z.string().nullable(),
  nearestText: z.string().nullable(),
  checkedAt: z.string(),
  /** When the status became what it is, and what it was before. */
  changedAt: z.string(),
  previousStatus: FreshnessStatus.nullable(),
});
export type EvidenceFreshness = z.infer<typeof EvidenceFreshness>;

/** One checked item as the console lists it. */
export const FreshnessItem = z.object({
  evidenceId: Id,
  enterprise: z.object({ id: Id, name: z.string(), street: z.string() }),
  indicatorCode: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  quote: z.string().nullable(),
  freshness: EvidenceFreshness,
});
export type FreshnessItem = z.infer<typeof FreshnessItem>;

export const FreshnessRun = z.object({
  id: Id,
  trigger: z.enum(['cron', 'manual']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  pages: z.number().int(),
  checked: z.number().int(),
  stands: z.number().int(),
  changed: z.number().int(),
  gone: z.number().int(),
  unchecked: z.number().int(),
  deferred: z.number().int(),
});
export type FreshnessRun = z.infer<typeof FreshnessRun>;

/** The round's checked evidence that no longer simply stands (a coordinator's street only), with counts and the last run. */
export const FreshnessList = z.object({
  counts: z.record(FreshnessStatus, z.number().int()),
  items: z.array(FreshnessItem),
  lastRun: FreshnessRun.nullable(),
});
export type FreshnessList = z.infer<typeof FreshnessList>;

export const FreshnessListQuery = z.object({ status: FreshnessStatus.optional() });

/** A run by hand may check fewer items than the configured bound, never more. */
export const FreshnessRunRequest = z.object({ maxItems: z.number().int().min(0).max(1000).optional() });
