// Codes the worker stores, as the user reads them.
import { i18n } from './ports/messages';
import { industryNames, type Industry } from '../../shared/industries';
import type { AgreementMetric } from '../../shared/schemas/framework';
import { localized } from './locale';

export const industryLabel = (code: string) => (industryNames[code as Industry] ? localized(industryNames[code as Industry]) : code);

/** A score on 100 (or any number) with two decimals, or a dash when there is none. */
export const score = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(2));

/** A share (0–1) as a percentage. */
export const percent = (share: number | null | undefined) => (share === null || share === undefined ? '—' : `${Math.round(share * 1000) / 10}%`);

/** A difference with its sign (+1.50, -2.00), or nothing when either side is missing. */
export const difference = (now: number | null, before: number | null) => (now === null || before === null ? '' : `${now - before >= 0 ? '+' : ''}${(now - before).toFixed(2)}`);

/** Krippendorff's metric by name (定序 / ordinal). */
export const metricName = (metric: AgreementMetric) => i18n.t(`rigour.agreement.metric_${metric}`);
