// Experts' scores and reviewers' settlements of disagreements.
import { z } from 'zod';
import { Id } from './common';

export const ScorePut = z.object({
  value: z.number().min(0).max(1000),
  /** Optional: when given it must be the rubric level the value falls in. */
  rubricLevel: z.number().int().min(0).max(7).optional(),
  rationale: z.string().trim().min(1).max(4000),
  /** Evidence of this enterprise in this round that the score rests on. */
  evidenceIds: z.array(Id).max(50).default([]),
  /** The version this edit starts from; 0 for a first score. */
  version: z.number().int().min(0),
});
export type ScorePut = z.input<typeof ScorePut>;

const Person = z.object({ id: Id, displayName: z.string() });

export const Score = z.object({
  id: Id,
  roundId: Id,
  enterpriseId: Id,
  indicatorId: Id,
  indicatorCode: z.string(),
  /** Null for enterprise staff unless the framework shows evaluators' names (settings.showExpertNames). */
  expert: Person.nullable(),
  value: z.number(),
  rubricLevel: z.number().int(),
  rationale: z.string(),
  evidenceIds: z.array(Id),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
  version: z.number().int(),
});
export type Score = z.infer<typeof Score>;

export const SettlementPut = z.object({
  value: z.number().min(0).max(1000),
  reason: z.string().trim().min(1).max(2000),
  /** 0 to settle for the first time, else the version being replaced. */
  version: z.number().int().min(0),
});

export const Settlement = z.object({
  roundId: Id,
  enterpriseId: Id,
  indicatorId: Id,
  indicatorCode: z.string(),
  value: z.number(),
  reason: z.string(),
  /** Null for enterprise staff unless the framework shows evaluators' names. */
  settledBy: Person.nullable(),
  settledAt: z.string(),
  version: z.number().int(),
});
export type Settlement = z.infer<typeof Settlement>;

export const EnterpriseScores = z.object({ items: z.array(Score), settlements: z.array(Settlement) });
