// The evaluation standard: a versioned tree of indicators with its scoring settings.
// The same document shape is seeded, imported, exported and validated.
import { z } from 'zod';
import { CONSENSUS_METHODS, INDICATOR_KINDS, VALIDITY_BASES } from './values';
import { Localized } from './common';
import { Industry } from './industry';
import { because, type IssueParams, type IssueReason } from '../issues';

export const IndicatorKind = z.enum(INDICATOR_KINDS);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

export const ConsensusMethod = z.enum(CONSENSUS_METHODS);
export type ConsensusMethod = z.infer<typeof ConsensusMethod>;

const codePart = /^[A-Z][A-Z0-9_]*$/;
/** STAFF, STAFF.1, STAFF.1.1 */
export const IndicatorCode = z
  .string()
  .max(40)
  .regex(/^[A-Z][A-Z0-9_]*(\.\d{1,2}){0,2}$/, 'Expected a code like STAFF, STAFF.1 or STAFF.1.1');

/** A rubric band: a score at or above `min` (and below the next band's `min`) earns this level. */
export const RubricLevel = z.object({
  min: z.number().min(0),
  label: Localized,
  description: Localized,
});
export type RubricLevel = z.infer<typeof RubricLevel>;

/** How old evidence for an indicator may be before it no longer counts. */
export const EvidenceValidity = z.object({
  basis: z.enum(VALIDITY_BASES),
  /** Maximum age in months (not used for certificates, which carry their own expiry). */
  maxAgeMonths: z.number().int().min(1).max(240).optional(),
});
export type EvidenceValidity = z.infer<typeof EvidenceValidity>;

export const Keywords = z.object({
  zh: z.array(z.string().trim().min(1).max(40)).min(1).max(40),
  en: z.array(z.string().trim().min(1).max(60)).min(1).max(40),
});

/** Third level: what experts score. */
export const IndicatorDoc = z.object({
  code: IndicatorCode,
  name: Localized,
  guidance: Localized,
  kind: IndicatorKind,
  /** For special indicators: the industries they apply to. Empty otherwise. */
  industries: z.array(Industry).max(20).default([]),
  /** Relative weight inside its second-level group. */
  weight: z.number().positive().max(1000),
  maxScore: z.number().positive().max(1000),
  rubric: z.array(RubricLevel).min(2).max(8),
  keywords: Keywords,
  validity: EvidenceValidity,
});
export type IndicatorDoc = z.infer<typeof IndicatorDoc>;

/** Second level: a group of indicators inside a dimension. */
export const SecondLevelDoc = z.object({
  code: IndicatorCode,
  name: Localized,
  /** Relative weight inside its dimension. */
  weight: z.number().positive().max(1000),
  children: z.array(IndicatorDoc).min(1).max(40),
});
export type SecondLevelDoc = z.infer<typeof SecondLevelDoc>;

/** First level: one of the five dimensions. Dimension weights sum to 100. */
export const DimensionDoc = z.object({
  code: IndicatorCode,
  name: Localized,
  weight: z.number().positive().max(100),
  children: z.array(SecondLevelDoc).min(1).max(20),
});
export type DimensionDoc = z.infer<typeof DimensionDoc>;

export const GradeBand = z.object({
  grade: z.string().trim().min(1).max(8),
  /** Lowest total (on 100) that earns this grade. */
  minTotal: z.number().min(0).max(100),
  label: Localized,
});
export type GradeBand = z.infer<typeof GradeBand>;

/** A bonus or deduction applied after the weighted total (awards, exposed violations). */
export const AdjustmentDoc = z.object({
  code: z.string().regex(codePart, 'Expected an upper-case code like AWARD_NATIONAL'),
  name: Localized,
  guidance: Localized,
  direction: z.enum(['bonus', 'deduction']),
  /** Points per occurrence, always positive; the direction gives the sign. */
  points: z.number().positive().max(20),
  /** Most points this item may add or remove for one enterprise. */
  capPerEnterprise: z.number().positive().max(20),
});
export type AdjustmentDoc = z.infer<typeof AdjustmentDoc>;

/** Four in five applicable indicators evidenced: below that a sign-off asks for a reason. */
export const DEFAULT_SIGN_OFF_COMPLETENESS = 0.8;

/** Krippendorff's metrics: how far apart two scores are taken to be (shared/domain/agreement/coincidence.ts). */
export const AgreementMetric = z.enum(['nominal', 'ordinal', 'interval', 'ratio']);
export type AgreementMetric = z.infer<typeof AgreementMetric>;

/**
 * The scale agreement is measured on. Without it, ordinal: experts score by rubric levels, ordered categories
 * whose distances nobody measured. An indicator whose score is a measured number (a rate, an amount) may say
 * interval (or ratio) by its code.
 */
export const AgreementSettings = z.object({
  metric: AgreementMetric.optional(),
  indicators: z.record(IndicatorCode, AgreementMetric).optional(),
});
export type AgreementSettings = z.infer<typeof AgreementSettings>;

export const FrameworkSettings = z.object({
  /** Highest first; the last band must start at 0. */
  gradeBands: z.array(GradeBand).min(2).max(10),
  consensus: z.object({
    method: ConsensusMethod.default('median'),
    /** Share of scores dropped at each end for the trimmed mean. */
    trimFraction: z.number().min(0).max(0.4).default(0.2),
    /** Experts disagree when max - min exceeds this share of the indicator's max score. */
    disagreementThreshold: z.number().min(0).max(1).default(0.3),
  }),
  /** A mandatory indicator fails when its consensus is below this share of its max score. */
  mandatoryFailRatio: z.number().min(0).max(1).default(0.6),
  /** The best grade an enterprise can get once a mandatory indicator fails. */
  vetoGrade: z.string().trim().min(1).max(8),
  /** Indicators scored below this share of max get a rectification task on publication. */
  rectificationRatio: z.number().min(0).max(1).default(0.6),
  /** Days from publication an enterprise has to answer a rectification task. */
  rectificationDueDays: z.number().int().min(1).max(730).default(90),
  /**
   * Completeness (share of applicable indicators with accepted evidence) below which signing an enterprise off
   * asks the reviewer to confirm with a reason. Frameworks stored before it existed use the default (signOffCompleteness()).
   */
  signOffCompleteness: z.number().min(0).max(1).default(DEFAULT_SIGN_OFF_COMPLETENESS),
  /** Whether enterprises see the names of the experts behind published rationales. */
  showExpertNames: z.boolean().default(false),
  adjustments: z.array(AdjustmentDoc).max(40).default([]),
  /** Cap on the net effect of all adjustments on the total. */
  adjustmentsCap: z.number().min(0).max(30).default(10),
  agreement: AgreementSettings.optional(),
});
export type FrameworkSettings = z.infer<typeof FrameworkSettings>;

/** The sign-off's completeness floor, also for settings stored before the setting existed. */
export const signOffCompleteness = (settings: Partial<Pick<FrameworkSettings, 'signOffCompleteness'>>) => settings.signOffCompleteness ?? DEFAULT_SIGN_OFF_COMPLETENESS;

const FrameworkDocBase = z.object({
  /** Stable identifier shared by every version of this standard. */
  code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'Expected a lower-case slug'),
  name: Localized,
  description: Localized,
  settings: FrameworkSettings,
  dimensions: z.array(DimensionDoc).min(1).max(12),
});

/** The full standard as seeded, imported and exported; cross-field rules checked here. */
export const FrameworkDoc = FrameworkDocBase.superRefine((doc, ctx) => {
  const seen = new Set<string>();
  const issue = (path: (string | number)[], reason: IssueReason, message: string, params?: IssueParams) => ctx.addIssue({ code: 'custom', path, ...because(reason, message, params) });

  const weightSum = doc.dimensions.reduce((sum, d) => sum + d.weight, 0);
  if (Math.abs(weightSum - 100) > 1e-6) issue(['dimensions'], 'weights_sum', `Dimension weights must sum to 100 (got ${weightSum})`, { value: weightSum });

  doc.dimensions.forEach((dim, di) => {
    const dimPath = ['dimensions', di];
    if (dim.code.includes('.')) issue([...dimPath, 'code'], 'code_has_dot', 'A dimension code has no dots');
    if (seen.has(dim.code)) issue([...dimPath, 'code'], 'code_repeated', `Duplicate code ${dim.code}`, { value: dim.code });
    seen.add(dim.code);
    dim.children.forEach((group, gi) => {
      const groupPath = [...dimPath, 'children', gi];
      if (!new RegExp(`^${dim.code}\\.\\d+$`).test(group.code)) issue([...groupPath, 'code'], 'code_shape', `Expected ${dim.code}.<n>`, { expected: `${dim.code}.n` });
      if (seen.has(group.code)) issue([...groupPath, 'code'], 'code_repeated', `Duplicate code ${group.code}`, { value: group.code });
      seen.add(group.code);
      group.children.forEach((ind, ii) => {
        const path = [...groupPath, 'children', ii];
        if (!new RegExp(`^${group.code.replace('.', '\\.')}\\.\\d+$`).test(ind.code)) issue([...path, 'code'], 'code_shape', `Expected ${group.code}.<n>`, { expected: `${group.code}.n` });
        if (seen.has(ind.code)) issue([...path, 'code'], 'code_repeated', `Duplicate code ${ind.code}`, { value: ind.code });
        seen.add(ind.code);
        if (ind.kind === 'special' && ind.industries.length === 0) issue([...path, 'industries'], 'industries_for_special', 'A special indicator names its industries');
        if (ind.kind !== 'special' && ind.industries.length > 0) issue([...path, 'industries'], 'industries_only_special', 'Only special indicators name industries');
        if (ind.rubric[0]?.min !== 0) issue([...path, 'rubric'], 'rubric_starts_at_zero', 'The lowest rubric level starts at 0');
        ind.rubric.forEach((level, li) => {
          const previous = ind.rubric[li - 1];
          if (previous && level.min <= previous.min) issue([...path, 'rubric', li, 'min'], 'rubric_ascending', 'Rubric levels go up strictly');
          if (level.min >= ind.maxScore) issue([...path, 'rubric', li, 'min'], 'rubric_below_max', 'A rubric level starts below the max score', { maximum: ind.maxScore });
        });
        if (ind.validity.basis !== 'certificate' && ind.validity.maxAgeMonths === undefined)
          issue([...path, 'validity', 'maxAgeMonths'], 'validity_age_missing', 'Give a maximum age for this kind of evidence');
      });
    });
  });

  const bands = doc.settings.gradeBands;
  bands.forEach((band, bi) => {
    const previous = bands[bi - 1];
    if (previous && band.minTotal >= previous.minTotal) issue(['settings', 'gradeBands', bi], 'grade_bands_descending', 'Grade bands go down strictly');
  });
  if (bands.at(-1)?.minTotal !== 0) issue(['settings', 'gradeBands'], 'grade_band_last_zero', 'The last grade band starts at 0');
  if (!bands.some((band) => band.grade === doc.settings.vetoGrade)) issue(['settings', 'vetoGrade'], 'veto_grade_unknown', 'The veto grade is one of the grade bands', { value: doc.settings.vetoGrade });
  const adjustmentCodes = new Set<string>();
  doc.settings.adjustments.forEach((adj, ai) => {
    if (adjustmentCodes.has(adj.code)) issue(['settings', 'adjustments', ai, 'code'], 'code_repeated', `Duplicate code ${adj.code}`, { value: adj.code });
    adjustmentCodes.add(adj.code);
  });
  for (const code of Object.keys(doc.settings.agreement?.indicators ?? {})) {
    const isIndicator = doc.dimensions.some((d) => d.children.some((g) => g.children.some((i) => i.code === code)));
    if (!isIndicator) issue(['settings', 'agreement', 'indicators', code], 'indicator_unknown', `${code} is not an indicator of this framework`, { value: code });
  }
});
export type FrameworkDoc = z.infer<typeof FrameworkDoc>;
export type FrameworkDocInput = z.input<typeof FrameworkDoc>;
export type DimensionDocInput = z.input<typeof DimensionDoc>;
