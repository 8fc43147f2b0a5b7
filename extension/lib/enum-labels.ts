// Every enumerated value of the shared schemas that reaches users, with the words for it in the UI's language:
// one registry, so a list of allowed values, an audit change or a filter never shows a stored code, and the
// translation test walks every value of every enum here (a new value without words fails typecheck or that test).
import { i18n } from './ports/messages';
import { industryCodes, industryNames, type Industry } from '../../shared/industries';
import { AdjustmentStatus } from '../../shared/schemas/adjustment';
import { Role } from '../../shared/schemas/auth';
import { DocumentationRequestStatus } from '../../shared/schemas/documentation-request';
import { EnrolmentStatus, EnterpriseSize, PartyOrgType } from '../../shared/schemas/enterprise';
import { ImportAction } from '../../shared/schemas/enterprise-import';
import { EvidenceKind, ReviewStatus, Stance } from '../../shared/schemas/evidence';
import { ConsensusMethod, EvidenceValidity, IndicatorKind } from '../../shared/schemas/framework';
import { FreshnessStatus } from '../../shared/schemas/freshness';
import { RectificationReason, RectificationStatus } from '../../shared/schemas/rectification';
import { ReportState } from '../../shared/schemas/report';
import { RoundStatus } from '../../shared/schemas/round';
import { localized } from './locale';

const labelled = <T extends string>(values: readonly T[], label: (value: T) => string) => ({ values, label });

export const enumLabels = {
  industry: labelled(industryCodes, (v: Industry) => localized(industryNames[v])),
  size: labelled(EnterpriseSize.options, (v) => i18n.t(`console.size.${v}`)),
  partyOrgType: labelled(PartyOrgType.options, (v) => i18n.t(`console.partyOrg.${v}`)),
  enrolmentStatus: labelled(EnrolmentStatus.options, (v) => i18n.t(`panel.enrolment.${v}`)),
  evidenceKind: labelled(EvidenceKind.options, (v) => i18n.t(`kind.${v}`)),
  stance: labelled(Stance.options, (v) => i18n.t(`stance.${v}`)),
  reviewStatus: labelled(ReviewStatus.options, (v) => i18n.t(`reviewStatus.${v}`)),
  role: labelled(Role.options, (v) => i18n.t(`console.role.${v}`)),
  roundStatus: labelled(RoundStatus.options, (v) => i18n.t(`console.status.${v}`)),
  indicatorKind: labelled(IndicatorKind.options, (v) => i18n.t(`console.kind.${v}`)),
  validityBasis: labelled(EvidenceValidity.shape.basis.options, (v) => i18n.t(`console.validity.${v}`)),
  consensusMethod: labelled(ConsensusMethod.options, (v) => i18n.t(`console.settings.method.${v}`)),
  rectificationStatus: labelled(RectificationStatus.options, (v) => i18n.t(`console.rectify.status_${v}`)),
  rectificationReason: labelled(RectificationReason.options, (v) => i18n.t(`console.rectify.reason_${v}`)),
  documentationRequestStatus: labelled(DocumentationRequestStatus.options, (v) => i18n.t(`rigour.requests.status_${v}`)),
  adjustmentStatus: labelled(AdjustmentStatus.options, (v) => i18n.t(`rigour.adjustments.status_${v}`)),
  freshnessStatus: labelled(FreshnessStatus.options, (v) => i18n.t(`console.freshness.status_${v}`)),
  reportState: labelled(ReportState.options, (v) => i18n.t(`console.reports.state_${v}`)),
  importAction: labelled(ImportAction.options, (v) => i18n.t(`console.import.actions.${v}`)),
};
export type LabelledEnum = keyof typeof enumLabels;

/** The words for a value of an enum; a value the enum does not hold (data from a newer worker) shows as it is. */
export function enumLabel(name: LabelledEnum, value: string): string {
  const entry = enumLabels[name] as { values: readonly string[]; label: (value: string) => string };
  return entry.values.includes(value) ? entry.label(value) : value;
}
