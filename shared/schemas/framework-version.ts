// Framework versions as the API serves them, and the requests that import, edit and publish them.
import { z } from 'zod';
import { Id, Localized, Timestamp } from './common';
import { FrameworkDoc, FrameworkSettings } from './framework';
import { IndicatorNode } from './round';

export const FrameworkStatus = z.enum(['draft', 'published']);
export type FrameworkStatus = z.infer<typeof FrameworkStatus>;

export const FrameworkSummary = z.object({
  id: Id,
  code: z.string(),
  version: z.number().int(),
  status: FrameworkStatus,
  name: Localized,
  /** Bumped by every edit of a draft; send it back when replacing the draft. */
  revision: z.number().int(),
  createdAt: Timestamp,
  updatedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type FrameworkSummary = z.infer<typeof FrameworkSummary>;

export const FrameworkDetail = FrameworkSummary.extend({
  description: Localized,
  settings: FrameworkSettings,
  /** The whole tree, flat, in reading order within each level (parentId links the levels). */
  indicators: z.array(IndicatorNode),
});
export type FrameworkDetail = z.infer<typeof FrameworkDetail>;

/** A framework document to store as a new draft: version 1 of a new code, or the next version of a known one. */
export const FrameworkImport = z.object({ document: FrameworkDoc });

/** The whole document of a draft, replaced at once; `revision` is the one the editor started from. */
export const FrameworkReplace = z.object({ revision: z.number().int().positive(), document: FrameworkDoc });
