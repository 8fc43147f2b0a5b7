// The side panel's documentation requests and adjustment proposals, each with what the reader may do with it,
// and only for readers the policy lets see them. Pure, like the rest of the panel's state.
import type { FrameworkSettings } from '../../shared/schemas/framework';
import type { PanelAdjustment, PanelRequest } from '../../shared/schemas/panel';
import { toAdjustment, type AdjustmentRow } from '../queries/adjustments';
import { toDocumentationRequest, type RequestRow } from '../queries/documentation-requests';
import type { RoundSubject } from '../policy/rules/common';
import type { Allows } from './allows';

export function panelRequests(rows: readonly RequestRow[], subject: RoundSubject, allows: Allows, today: string, names: boolean): PanelRequest[] {
  if (!allows('docRequest.read', subject)) return [];
  return rows.map((r) => {
    const about = { ...subject, request: { askedBy: r.row.askedBy } };
    return { ...toDocumentationRequest(r, today, names), may: { answer: allows('docRequest.answer', about), decide: allows('docRequest.decide', about) } };
  });
}

export function panelAdjustments(rows: readonly AdjustmentRow[], subject: RoundSubject, allows: Allows, settings: Pick<FrameworkSettings, 'adjustments'>): PanelAdjustment[] {
  if (!allows('adjustment.read', subject)) return [];
  return rows.map((r) => {
    const about = { ...subject, adjustment: { proposedBy: r.row.proposedBy } };
    return { ...toAdjustment(r, settings), may: { decide: allows('adjustment.decide', about), withdraw: allows('adjustment.withdraw', about) } };
  });
}
