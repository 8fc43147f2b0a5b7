// What the extension captures from a page before it becomes evidence, and the settings it keeps.
import { z } from 'zod';
import { Id } from './common';
import { Stance } from './evidence';
import { Me } from './auth';

/** The selection and the page it came from, as the content script reads them. */
export const CapturedPage = z.object({
  url: z.string(),
  title: z.string(),
  canonicalUrl: z.string().optional(),
  siteName: z.string().optional(),
  lang: z.string().optional(),
  publishedOn: z.string().optional(),
});
export type CapturedPage = z.infer<typeof CapturedPage>;

export const CapturedSelection = CapturedPage.extend({
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type CapturedSelection = z.infer<typeof CapturedSelection>;

/** A capture waiting in the picker for its enterprise and indicator. */
export const ClipDraft = z.object({
  id: z.string(),
  tabId: z.number().int(),
  capture: CapturedSelection,
  createdAt: z.string(),
});
export type ClipDraft = z.infer<typeof ClipDraft>;

/** What the user chose in the picker. */
export const ClipChoice = z.object({
  draftId: z.string(),
  roundId: Id,
  enterprise: z.object({ id: Id, name: z.string() }),
  indicatorId: Id,
  stance: Stance,
  note: z.string().max(4000),
});
export type ClipChoice = z.infer<typeof ClipChoice>;

export const StoredSession = z.object({ token: z.string(), expiresAt: z.string(), user: Me });
export type StoredSession = z.infer<typeof StoredSession>;
