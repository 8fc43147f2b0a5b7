// Expert assignments: which part of the indicator tree an expert scores in a round, for which enterprises.
import { z } from 'zod';
import { because } from '../issues';
import { Id } from './common';
import { IndicatorCode } from './framework';

const scopeFields = {
  /** Whole dimensions (STAFF) or second-level groups (STAFF.2). */
  dimensionCodes: z.array(IndicatorCode).max(20).default([]),
  /** Single indicators (STAFF.2.4); a group code is accepted here too. */
  indicatorCodes: z.array(IndicatorCode).max(200).default([]),
  /** Only these enrolled enterprises; empty means all of them. */
  enterpriseIds: z.array(Id).max(20_000).default([]),
};
const hasScope = (body: { dimensionCodes: string[]; indicatorCodes: string[] }) => body.dimensionCodes.length + body.indicatorCodes.length > 0;
const scopeMessage = { ...because('scope_missing', 'Give at least one dimension or indicator code'), path: ['indicatorCodes'] };

export const AssignmentCreate = z.object({ expertId: Id, ...scopeFields }).refine(hasScope, scopeMessage);
export const AssignmentReplace = z.object({ version: z.number().int().positive(), ...scopeFields }).refine(hasScope, scopeMessage);

export const Assignment = z.object({
  id: Id,
  roundId: Id,
  expert: z.object({ id: Id, displayName: z.string(), bureau: z.string().nullable() }),
  scope: z.array(z.object({ indicatorId: Id, code: z.string(), level: z.number().int() })),
  enterpriseIds: z.array(Id),
  createdAt: z.string(),
  version: z.number().int(),
});
export type Assignment = z.infer<typeof Assignment>;

/** Applicable indicators of enrolled enterprises that no assignment covers. */
export const CoverageReport = z.object({
  slots: z.number().int(),
  uncovered: z.number().int(),
  indicators: z.array(
    z.object({
      indicatorId: Id,
      code: z.string(),
      uncoveredEnterprises: z.number().int(),
      /** Up to 20 of them. */
      sampleEnterpriseIds: z.array(Id),
    }),
  ),
});
export type CoverageReport = z.infer<typeof CoverageReport>;
