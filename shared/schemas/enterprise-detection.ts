// Detecting the enterprise a page or a quote is about: what the extension sends (the page's host and the
// credit codes and names found in the quote and on the page) and what the worker answers, each with why.
import { z } from 'zod';
import { Id } from './common';
import { MAX_CODES, MAX_NAMES } from '../domain/enterprise-mentions';
import { EnrolledEnterprise } from './enterprise';

export const EnterpriseMentions = z.object({
  creditCodes: z.array(z.string().trim().min(18).max(18)).max(MAX_CODES).default([]),
  names: z.array(z.string().trim().min(2).max(100)).max(MAX_NAMES).default([]),
});

export const EnterpriseDetectRequest = z.object({
  host: z.string().trim().min(1).max(253).optional(),
  quote: EnterpriseMentions.default({ creditCodes: [], names: [] }),
  page: EnterpriseMentions.default({ creditCodes: [], names: [] }),
});
export type EnterpriseDetectRequest = z.input<typeof EnterpriseDetectRequest>;

/** What identified the enterprise: its credit code, its registered name, or the site's registered domain. */
export const DetectionBasis = z.enum(['creditCode', 'name', 'domain']);
export type DetectionBasis = z.infer<typeof DetectionBasis>;

export const DetectedEnterprise = EnrolledEnterprise.extend({
  basis: DetectionBasis,
  /** Where: in the quote, elsewhere on the page, or the site itself (its domain). */
  foundIn: z.enum(['quote', 'page', 'site']),
});
export type DetectedEnterprise = z.infer<typeof DetectedEnterprise>;

/** The enterprise a page is about, as far as the side panel needs it: which one, its name, and why. */
export type PageEnterprise = Pick<DetectedEnterprise, 'id' | 'name' | 'basis'>;

export const EnterpriseDetectResponse = z.object({ items: z.array(DetectedEnterprise) });

/**
 * The round's enrolled enterprises the reader may see, each with its registered domains and nothing else: the
 * extension keeps it from sign-in and names a site's enterprise from it without asking (the same answer as
 * detection by domain gives), also offline. ~40 bytes an enterprise.
 */
export const SiteDirectory = z.object({
  items: z.array(z.object({ id: Id, name: z.string(), domains: z.array(z.string()) })),
});
export type SiteDirectory = z.infer<typeof SiteDirectory>;
