// "Source not reachable": what enterprise staff and street coordinators tell the reviewers about an evaluator's
// evidence whose source they cannot open, without changing what is recorded about the evidence itself.
import { z } from 'zod';
import { CleanText, Id, Timestamp } from './common';

export const SourceFlagCreate = z.object({
  /** What they saw instead (an error page, a login wall), in their words; optional. */
  note: CleanText(1, 500).nullable().default(null),
});
export type SourceFlagCreate = z.infer<typeof SourceFlagCreate>;

export const SourceFlaggerRole = z.enum(['enterprise', 'coordinator']);

/** One flag, as reviewers list them with the evidence it concerns. */
export const SourceFlag = z.object({
  id: Id,
  evidenceId: Id,
  enterpriseId: Id,
  enterpriseName: z.string(),
  indicatorCode: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  role: SourceFlaggerRole,
  note: z.string().nullable(),
  flaggedAt: Timestamp,
});
export type SourceFlag = z.infer<typeof SourceFlag>;

export const SourceFlagList = z.object({ items: z.array(SourceFlag) });
export type SourceFlagList = z.infer<typeof SourceFlagList>;
