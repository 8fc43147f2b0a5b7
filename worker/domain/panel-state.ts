// Builds the side panel's state from its rows: the enterprise evaluated by the pure reference, each
// indicator's facts, the evidence in reading order with what the reader may do with it, and only the
// parts the policy lets the reader see. No I/O: the route reads the rows and hands the policy in.
import { countsAsEvidence } from '../../shared/domain/scoring/applicability';
import { evaluateEnterprise, type EnterpriseEvaluation } from '../../shared/domain/scoring/evaluate';
import { scoringFramework } from '../../shared/domain/scoring/framework';
import { indicatorOutcome } from '../../shared/domain/scoring/outcome';
import type { PanelEvidence, PanelIndicator, PanelStateBody } from '../../shared/schemas/panel';
import { toEvidence } from '../queries/evidence';
import { visiblePerson } from './evaluator-names';
import type { PanelRows, PanelSubject } from '../queries/panel';
import { toVisibleScores } from '../queries/scores';
import type { Allows } from './allows';
import { panelAdjustments, panelRequests } from './panel-requests';

export type PanelInput = {
  version: string;
  /** YYYY-MM-DD: evidence past its expiry date no longer counts. */
  today: string;
  subject: PanelSubject;
  /** `blind`: an expert who sees other experts' scores only on the slots they scored (policy/scope.ts blindExpert). */
  reader: { userId: number; role: PanelStateBody['viewer']['role']; blind: boolean };
  rows: PanelRows;
  /** Whether the reader sees who scored and settled (the policy's score.readEvaluatorNames). */
  evaluatorNames: boolean;
  allows: Allows;
};

/** Reviewers read what speaks against the enterprise first (most CSR reports disclose only good news). */
export function inReadingOrder<T extends { stance: string; indicatorId: number; id: number }>(items: readonly T[], contradictingFirst: boolean): T[] {
  const weight = (item: T) => (contradictingFirst && item.stance === 'contradicts' ? 0 : 1);
  return [...items].sort((a, b) => weight(a) - weight(b) || a.indicatorId - b.indicatorId || a.id - b.id);
}

function indicatorFacts(input: PanelInput, evaluation: EnterpriseEvaluation, sees: { results: boolean; scores: boolean }): PanelIndicator[] {
  const { rows, reader, subject: { round, enterprise }, allows, today } = input;
  const parentOf = new Map(rows.tree.map((n) => [n.id, n.parentId]));
  const leaves = new Map(rows.tree.filter((n) => n.level === 3).map((n) => [n.id, n]));
  const maySettleHere = allows('score.settle', { round, enterprise });
  const mayAsk = allows('docRequest.create', { round, enterprise });
  return evaluation.indicators.map((o) => {
    const leaf = leaves.get(o.indicatorId)!;
    const items = rows.evidence.filter((e) => e.indicatorId === o.indicatorId);
    const groupId = leaf.parentId!;
    const path = { id: leaf.id, groupId, dimensionId: parentOf.get(groupId)! };
    // The rows hold a blind expert's scores only on the slots they scored: anything else here is someone else's.
    const blind = reader.blind && o.applicable && !rows.scores[0].some((s) => s.indicatorId === o.indicatorId && s.expertId === reader.userId);
    return {
      indicatorId: o.indicatorId,
      applicable: o.applicable,
      evidenceCount: items.length,
      acceptedCount: items.filter((e) => countsAsEvidence(e, leaf.validity, today)).length,
      contradictingCount: items.filter((e) => e.stance === 'contradicts').length,
      blind,
      // A blind expert sees the outcome of the slots they scored, computed from the scores they may see.
      outcome: sees.results || (reader.blind && sees.scores && !blind) ? indicatorOutcome(o, leaf.rubric!) : null,
      may: {
        score: o.applicable && allows('score.write', { round, enterprise, indicator: path, assignments: rows.coverage }),
        settle: o.applicable && o.disagreement && maySettleHere,
        ask: o.applicable && mayAsk,
        decideSuggestions: o.applicable && allows('finder.confirm', { round, enterprise, indicator: path, assignments: rows.coverage }),
      },
    };
  });
}

export function buildPanelState(input: PanelInput): PanelStateBody {
  const { rows, reader, allows, today } = input;
  const { round, enterprise, enrolment } = input.subject;
  const subject = { round, enterprise };
  const validity = new Map(rows.tree.map((n) => [n.id, n.validity]));
  const seesScores = allows('score.read', subject);
  const seesResults = allows('results.read', subject);
  const evaluation = evaluateEnterprise(scoringFramework(rows.tree, rows.settings), {
    enterpriseId: enterprise.id,
    industry: enterprise.industry,
    street: enterprise.street,
    scores: rows.scores[0],
    settlements: rows.scores[1],
    evidence: rows.evidence.filter((e) => countsAsEvidence(e, validity.get(e.indicatorId) ?? null, today)).map((e) => e.indicatorId),
    adjustments: rows.adjustments.filter((a) => a.row.status === 'confirmed').map((a) => a.row),
  });
  const codes = new Map(rows.tree.map((n) => [n.id, n.code]));
  const name = (id: number) => rows.names.get(id) ?? `#${id}`;
  const evidence = rows.evidence.map((row): PanelEvidence => {
    const about = { ...subject, evidence: { capturedBy: row.capturedBy, status: row.status } };
    return {
      ...toEvidence(
        { row, indicatorCode: codes.get(row.indicatorId)!, validity: validity.get(row.indicatorId) ?? null, capturedByName: name(row.capturedBy), capturedByStaff: rows.staff.has(row.capturedBy) },
        today,
        input.evaluatorNames,
      ),
      may: {
        review: allows('evidence.review', about),
        edit: allows('evidence.update', about),
        withdraw: allows('evidence.withdraw', about),
        flagSource: allows('evidence.flagSource', about),
      },
      freshness: rows.freshness.get(row.id) ?? null,
    };
  });
  const visible = seesScores ? toVisibleScores(rows.scores, rows.names, codes, input.evaluatorNames) : { items: [], settlements: [] };
  return {
    version: input.version,
    round,
    enterprise: {
      id: enterprise.id,
      name: enterprise.name,
      creditCode: enrolment.creditCode,
      street: enterprise.street,
      industry: enterprise.industry,
      status: enterprise.status,
      signedOffBy: enrolment.signedOffBy === null ? null : visiblePerson({ id: enrolment.signedOffBy, displayName: name(enrolment.signedOffBy) }, input.evaluatorNames),
      signedOffAt: enrolment.signedOffAt,
      signOffComment: enrolment.signOffComment,
    },
    viewer: {
      userId: reader.userId,
      role: reader.role,
      seesScores,
      seesResults,
      maySignOff: allows('round.sign_off', subject),
      mayProposeAdjustment: allows('adjustment.propose', subject),
    },
    completeness: { applicable: evaluation.applicableCount, evidenced: evaluation.evidencedCount, share: evaluation.completeness },
    result: seesResults
      ? {
          weightedTotal: evaluation.weightedTotal,
          adjustments: evaluation.adjustments,
          adjustmentTotal: evaluation.adjustmentTotal,
          total: evaluation.total,
          grade: evaluation.grade,
          bandGrade: evaluation.bandGrade,
          vetoCodes: evaluation.vetoCodes,
          provisional: evaluation.provisional,
          scoredCount: evaluation.scoredCount,
          scoredShare: evaluation.scoredShare,
          disagreementCount: evaluation.disagreementCount,
          unsettledCount: evaluation.unsettledCount,
        }
      : null,
    indicators: indicatorFacts(input, evaluation, { results: seesResults, scores: seesScores }),
    evidence: inReadingOrder(evidence, reader.role === 'reviewer' || reader.role === 'admin'),
    scores: visible.items,
    settlements: visible.settlements,
    rectifications: rows.tasks.map(({ row, code }) => ({
      id: row.id,
      roundId: row.roundId,
      indicatorCode: code,
      reason: row.reason,
      status: row.status,
      dueOn: row.dueOn,
      requiredAction: row.requiredAction,
    })),
    requests: panelRequests(rows.requests, subject, allows, today, input.evaluatorNames),
    adjustments: panelAdjustments(rows.adjustments, subject, allows, rows.settings),
    adjustmentItems: rows.settings.adjustments,
  };
}
