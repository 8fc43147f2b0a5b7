// Every enumerated value of the shared schemas that reaches users, with the words for it in the UI's language:
// one registry, so a list of allowed values, an audit change or a filter never shows a stored code, and the
// translation test walks every value of every enum here (a new value without words fails typecheck or that test).
import { i18n } from './ports/messages';
import { industryCodes, industryNames, type Industry } from '../../shared/industries';
import {
  ADJUSTMENT_STATUSES,
  CONSENSUS_METHODS,
  DOCUMENTATION_REQUEST_STATUSES,
  ENROLMENT_STATUSES,
  ENTERPRISE_SIZES,
  EVIDENCE_KINDS,
  FRESHNESS_STATUSES,
  IMPORT_ACTIONS,
  INDICATOR_KINDS,
  PARTY_ORG_TYPES,
  RECTIFICATION_REASONS,
  RECTIFICATION_STATUSES,
  REPORT_STATES,
  REVIEW_STATUSES,
  ROLES,
  ROUND_STATUSES,
  STANCES,
  VALIDITY_BASES,
} from '../../shared/schemas/values';
import { localized } from './locale';

const labelled = <T extends string>(values: readonly T[], label: (value: T) => string) => ({ values, label });

export const enumLabels = {
  industry: labelled(industryCodes, (v: Industry) => localized(industryNames[v])),
  size: labelled(ENTERPRISE_SIZES, (v) => i18n.t(`console.size.${v}`)),
  partyOrgType: labelled(PARTY_ORG_TYPES, (v) => i18n.t(`console.partyOrg.${v}`)),
  enrolmentStatus: labelled(ENROLMENT_STATUSES, (v) => i18n.t(`panel.enrolment.${v}`)),
  evidenceKind: labelled(EVIDENCE_KINDS, (v) => i18n.t(`kind.${v}`)),
  stance: labelled(STANCES, (v) => i18n.t(`stance.${v}`)),
  reviewStatus: labelled(REVIEW_STATUSES, (v) => i18n.t(`reviewStatus.${v}`)),
  role: labelled(ROLES, (v) => i18n.t(`console.role.${v}`)),
  roundStatus: labelled(ROUND_STATUSES, (v) => i18n.t(`console.status.${v}`)),
  indicatorKind: labelled(INDICATOR_KINDS, (v) => i18n.t(`console.kind.${v}`)),
  validityBasis: labelled(VALIDITY_BASES, (v) => i18n.t(`console.validity.${v}`)),
  consensusMethod: labelled(CONSENSUS_METHODS, (v) => i18n.t(`console.settings.method.${v}`)),
  rectificationStatus: labelled(RECTIFICATION_STATUSES, (v) => i18n.t(`console.rectify.status_${v}`)),
  rectificationReason: labelled(RECTIFICATION_REASONS, (v) => i18n.t(`console.rectify.reason_${v}`)),
  documentationRequestStatus: labelled(DOCUMENTATION_REQUEST_STATUSES, (v) => i18n.t(`rigour.requests.status_${v}`)),
  adjustmentStatus: labelled(ADJUSTMENT_STATUSES, (v) => i18n.t(`rigour.adjustments.status_${v}`)),
  freshnessStatus: labelled(FRESHNESS_STATUSES, (v) => i18n.t(`console.freshness.status_${v}`)),
  reportState: labelled(REPORT_STATES, (v) => i18n.t(`console.reports.state_${v}`)),
  importAction: labelled(IMPORT_ACTIONS, (v) => i18n.t(`console.import.actions.${v}`)),
};
export type LabelledEnum = keyof typeof enumLabels;

/** The words for a value of an enum; a value the enum does not hold (data from a newer worker) shows as it is. */
export function enumLabel(name: LabelledEnum, value: string): string {
  const entry = enumLabels[name] as { values: readonly string[]; label: (value: string) => string };
  return entry.values.includes(value) ? entry.label(value) : value;
}
