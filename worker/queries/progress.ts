// A round's progress as SQL aggregates: per street (evidence, scored slots, open disagreements, sign-offs)
// and per expert (assigned and scored slots, evidence, open disagreements), optionally for one street.
// Scored slots and disagreements come from result_indicator, so the caller makes the results fresh first.
import { sql, type SQL } from 'drizzle-orm';
import type { ExpertProgress, StreetProgress } from '../../shared/schemas/progress';
import type { Database } from '../db/client';
import { assignmentCoversSlot, roundSlots } from './slots';

type StreetRow = { street_id: number; street: string; enterprises: number; evidence: number; accepted: number; applicable: number; scored: number; open: number; signed_off: number };
type ExpertRow = { id: number; display_name: string; bureau: string | null; assigned: number; scored: number; evidence: number; open: number };

/** `alias`.street_id is `streetId`, or anything when streetId is null. */
const inStreet = (alias: string, streetId: number | null): SQL => (streetId === null ? sql`1` : sql`${sql.raw(alias)}.street_id = ${streetId}`);

const streetStatement = (roundId: number, street: number | null) => sql`
  WITH ents AS (
    SELECT re.enterprise_id, e.street_id, re.status FROM round_enterprise re JOIN enterprise e ON e.id = re.enterprise_id
    WHERE re.round_id = ${roundId} AND ${inStreet('e', street)}
  ),
  ev AS (
    SELECT enterprise_id, COUNT(*) AS n, SUM(status = 'accepted') AS accepted FROM evidence
    WHERE round_id = ${roundId} AND deleted_at IS NULL GROUP BY enterprise_id
  ),
  ri AS (
    SELECT enterprise_id, SUM(applicable) AS applicable, SUM(consensus IS NOT NULL) AS scored, SUM(applicable AND disagreement AND NOT settled) AS open
    FROM result_indicator WHERE round_id = ${roundId} GROUP BY enterprise_id
  )
  SELECT ents.street_id, s.name AS street, COUNT(*) AS enterprises, SUM(ents.status = 'signed_off') AS signed_off,
    COALESCE(SUM(ev.n), 0) AS evidence, COALESCE(SUM(ev.accepted), 0) AS accepted,
    COALESCE(SUM(ri.applicable), 0) AS applicable, COALESCE(SUM(ri.scored), 0) AS scored, COALESCE(SUM(ri.open), 0) AS open
  FROM ents JOIN street s ON s.id = ents.street_id
  LEFT JOIN ev ON ev.enterprise_id = ents.enterprise_id LEFT JOIN ri ON ri.enterprise_id = ents.enterprise_id
  GROUP BY ents.street_id ORDER BY s.position, s.id`;

const expertStatement = (roundId: number, frameworkId: number, street: number | null) => sql`
  WITH experts AS (
    SELECT m.user_id, u.display_name, m.bureau FROM round_member m JOIN user u ON u.id = m.user_id
    WHERE m.round_id = ${roundId} AND m.role = 'expert'
  ),
  assigned AS (
    SELECT x.user_id, COUNT(*) AS n FROM experts x JOIN ${roundSlots(roundId, frameworkId)} s
    WHERE s.applicable AND ${inStreet('s', street)}
      AND EXISTS (SELECT 1 FROM assignment a WHERE a.round_id = ${roundId} AND a.expert_id = x.user_id AND ${assignmentCoversSlot})
    GROUP BY x.user_id
  ),
  scored AS (
    SELECT sc.expert_id, COUNT(*) AS n, SUM(ri.applicable AND ri.disagreement AND NOT ri.settled) AS open
    FROM score sc JOIN enterprise e ON e.id = sc.enterprise_id
    LEFT JOIN result_indicator ri ON ri.round_id = sc.round_id AND ri.enterprise_id = sc.enterprise_id AND ri.indicator_id = sc.indicator_id
    WHERE sc.round_id = ${roundId} AND ${inStreet('e', street)}
    GROUP BY sc.expert_id
  ),
  ev AS (
    SELECT ev.captured_by, COUNT(*) AS n FROM evidence ev JOIN enterprise e ON e.id = ev.enterprise_id
    WHERE ev.round_id = ${roundId} AND ev.deleted_at IS NULL AND ${inStreet('e', street)}
    GROUP BY ev.captured_by
  )
  SELECT x.user_id AS id, x.display_name, x.bureau, COALESCE(assigned.n, 0) AS assigned, COALESCE(scored.n, 0) AS scored,
    COALESCE(ev.n, 0) AS evidence, COALESCE(scored.open, 0) AS open
  FROM experts x
  LEFT JOIN assigned ON assigned.user_id = x.user_id
  LEFT JOIN scored ON scored.expert_id = x.user_id
  LEFT JOIN ev ON ev.captured_by = x.user_id
  ORDER BY x.display_name, x.user_id`;

/** Progress of the round, of every street (in official order) or of the street `streetId` only. */
export async function roundProgress(db: Database, round: { id: number; framework: { id: number } }, street: number | null) {
  const [streets, experts] = await Promise.all([
    db.all<StreetRow>(streetStatement(round.id, street)),
    db.all<ExpertRow>(expertStatement(round.id, round.framework.id, street)),
  ]);
  return {
    streets: streets.map(
      (r): StreetProgress => ({
        streetId: r.street_id,
        street: r.street,
        enterprises: r.enterprises,
        evidence: r.evidence,
        acceptedEvidence: r.accepted,
        applicableSlots: r.applicable,
        scoredSlots: r.scored,
        openDisagreements: r.open,
        signedOff: r.signed_off,
      }),
    ),
    experts: experts.map(
      (r): ExpertProgress => ({
        expert: { id: r.id, displayName: r.display_name, bureau: r.bureau },
        assignedSlots: r.assigned,
        scoredSlots: r.scored,
        evidence: r.evidence,
        openDisagreements: r.open,
      }),
    ),
  };
}
