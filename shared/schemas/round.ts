// Evaluation rounds, their lifecycle requests, enrolment, and the indicator tree a round is scored against.
import { z } from 'zod';
import { Industry } from '../industries';
import { Id, Localized, Timestamp } from './common';
import { EvidenceValidity, IndicatorKind, RubricLevel } from './framework';

export const RoundStatus = z.enum(['preparing', 'collecting', 'scoring', 'reviewing', 'published', 'closed']);
export type RoundStatus = z.infer<typeof RoundStatus>;

export const Round = z.object({
  id: Id,
  name: Localized,
  year: z.number().int(),
  status: RoundStatus,
  framework: z.object({ id: Id, code: z.string(), version: z.number().int() }),
  statusChangedAt: z.string().nullable(),
  /** Inputs of the results changed since they were last computed. */
  resultsStale: z.boolean(),
  resultsComputedAt: z.string().nullable(),
  createdAt: Timestamp,
  version: z.number().int(),
});
export type Round = z.infer<typeof Round>;

const Year = z.number().int().min(2000).max(2100);

/** A new round pins one published framework version. */
export const RoundCreate = z.object({ name: Localized, year: Year, frameworkId: Id });

/** The framework version can change only while the round is being prepared. */
export const RoundPatch = z.object({
  version: z.number().int().positive(),
  name: Localized.optional(),
  year: Year.optional(),
  frameworkId: Id.optional(),
});

export const RoundTransition = z.object({ to: RoundStatus });

/** Whom to enrol: every registered enterprise, those of some streets or industries, or a list. */
export const EnrolmentRequest = z.discriminatedUnion('by', [
  z.object({ by: z.literal('all') }),
  z.object({ by: z.literal('street'), streetIds: z.array(Id).min(1).max(200) }),
  z.object({ by: z.literal('industry'), industries: z.array(Industry).min(1) }),
  z.object({ by: z.literal('list'), enterpriseIds: z.array(Id).min(1).max(20_000) }),
]);
export type EnrolmentRequest = z.infer<typeof EnrolmentRequest>;

export const EnrolmentResult = z.object({ added: z.number().int(), enrolled: z.number().int() });

export const SignOffRequest = z.object({ comment: z.string().trim().max(2000).optional() });

/** A node of the indicator tree as served to clients (levels 1–3; scoring fields only on level 3). */
export const IndicatorNode = z.object({
  id: Id,
  parentId: Id.nullable(),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Order among its siblings. */
  position: z.number().int(),
  code: z.string(),
  name: Localized,
  guidance: Localized.nullable(),
  kind: IndicatorKind.nullable(),
  industries: z.array(z.string()),
  weight: z.number(),
  maxScore: z.number().nullable(),
  rubric: z.array(RubricLevel).nullable(),
  keywords: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
  validity: EvidenceValidity.nullable(),
});
export type IndicatorNode = z.infer<typeof IndicatorNode>;
