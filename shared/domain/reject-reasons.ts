// The reasons a reviewer rejects evidence for, a fixed set in both languages. Fixed rather than managed per
// round: the wording stays the same across reviewers and rounds (so rejections can be counted by reason),
// nobody has to maintain a list before the review starts, and the reviewer's own recent reasons cover the rest.
import type { Localized } from '../schemas/common';

export const standardRejectReasons: readonly { code: string; label: Localized }[] = [
  { code: 'irrelevant', label: { zh: '与该指标无关', en: 'Not about this indicator' } },
  { code: 'misfiled', label: { zh: '归错指标,应归入其他指标', en: 'Filed under the wrong indicator' } },
  { code: 'wrong_enterprise', label: { zh: '不是本企业的材料', en: 'Not about this enterprise' } },
  { code: 'outdated', label: { zh: '材料已过时效', en: 'Out of date' } },
  { code: 'unverifiable', label: { zh: '来源无法核实', en: 'The source cannot be verified' } },
  { code: 'insufficient', label: { zh: '内容不足以证明', en: 'Does not show enough' } },
  { code: 'duplicate', label: { zh: '与已有证据重复', en: 'Duplicates other evidence' } },
];

/** How many of the reviewer's own recent reasons are offered. */
export const RECENT_REJECT_REASONS = 8;

/** The reviewer's recent reasons (newest first) without the standard ones, which are offered anyway. */
export const ownReasons = (recent: readonly string[]) => {
  const standard = new Set(standardRejectReasons.flatMap((r) => [r.label.zh, r.label.en]));
  return recent.filter((reason) => !standard.has(reason)).slice(0, RECENT_REJECT_REASONS);
};
