// Evaluation rounds, their lifecycle requests, enrolment, and the indicator tree a round is scored against.
import { z } from 'zod';
import { ROUND_STATUSES } from './values';
import { creditCodeProblems } from '../domain/credit-code';
import { Industry } from './industry';
import { Id, Localized, Timestamp } from './common';
import { EvidenceValidity, IndicatorKind, RubricLevel } from './framework';

export const RoundStatus = z.enum(ROUND_STATUSES);
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

/** A person's go-ahead over a warning (open items at sign-off, a round started without experts): one reason, recorded and audited. */
export const Confirmation = z.object({ reason: z.string().trim().min(1).max(2000) });
export type Confirmation = z.infer<typeof Confirmation>;

/** `confirm` goes ahead over the warnings a move gives (starting to collect without experts, reviewers or full coverage). */
export const RoundTransition = z.object({ to: RoundStatus, confirm: Confirmation.optional() });

/** Whom to enrol: every registered enterprise, those of some streets or industries, or a list. */
export const EnrolmentRequest = z.discriminatedUnion('by', [
  z.object({ by: z.literal('all') }),
  z.object({ by: z.literal('street'), streetIds: z.array(Id).min(1).max(200) }),
  z.object({ by: z.literal('industry'), industries: z.array(Industry).min(1) }),
  z.object({ by: z.literal('list'), enterpriseIds: z.array(Id).min(1).max(20_000) }),
  /** A CSV of unified social credit codes: a column headed 统一社会信用代码 (or credit code), else the first column. */
  z.object({ by: z.literal('csv'), csv: z.string().min(1).max(240_000) }),
]);
export type EnrolmentRequest = z.infer<typeof EnrolmentRequest>;

/** A line of an enrolment CSV that enrolled nobody: `row` is the CSV line (1-based). */
export const EnrolmentRowProblem = z.object({ row: z.number().int(), code: z.string(), problem: z.enum([...creditCodeProblems, 'not_registered']) });

export const EnrolmentResult = z.object({
  added: z.number().int(),
  enrolled: z.number().int(),
  /** Enrolment by CSV only: codes not valid (problem length, characters, check_digit) and valid codes no registered enterprise has. */
  invalid: z.array(EnrolmentRowProblem).optional(),
  notFound: z.array(EnrolmentRowProblem).optional(),
});
export type EnrolmentResult = z.infer<typeof EnrolmentResult>;

/** What is still open on an enterprise when a reviewer signs it off. */
export const SignOffOpenItems = z.object({
  /** Live evidence nobody has accepted or rejected yet. */
  pendingEvidence: z.number().int(),
  /** Of those, the ones that contradict the enterprise (shown first to reviewers). */
  contradictingUnreviewed: z.number().int(),
  /** Share of applicable indicators with accepted evidence (null: nothing applicable), and the framework's floor. */
  completeness: z.number().nullable(),
  completenessThreshold: z.number(),
});
export type SignOffOpenItems = z.infer<typeof SignOffOpenItems>;

/** A sign-off over open items, as stored on the enrolment and in the audit row. */
export const SignOffConfirmation = z.object({ reason: z.string(), openItems: SignOffOpenItems });
export type SignOffConfirmation = z.infer<typeof SignOffConfirmation>;

/** `confirm` signs off although items are open (answered 409 sign_off_needs_confirmation with the counts otherwise). */
export const SignOffRequest = z.object({ comment: z.string().trim().max(2000).optional(), confirm: Confirmation.optional() });

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
