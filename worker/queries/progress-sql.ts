// Progress counters in SQL, kept current in place for a set of enterprises (the same sets as the results):
// each enterprise's evidence, scores, sign-off, waiting and overdue requests and overdue reports
// (progress_enterprise), and each expert's assigned and scored slots, evidence and open disagreements on it
// (progress_expert). shared/domain/progress.ts is their pure definition; results-incremental.test.ts
// checks both agree. The enterprise's street is read here, in one place: the key of every street rollup.
import { sql, type SQL } from 'drizzle-orm';
import { inSet, type EnterpriseSet } from './results-sql';
import { assignmentCoversSlot, roundSlots } from './slots';

export type CountersScope = {
  roundId: number;
  frameworkId: number;
  /** YYYY-MM-DD: what is overdue is overdue on this day. */
  today: string;
  enterprises: EnterpriseSet;
  /** The generation whose result_indicator says which slots are in open disagreement. */
  resultsGeneration: SQL;
  /** Runs only when this holds (a writer's batch: its change went through). */
  when: SQL;
};

/** The street an enterprise's counters are keyed by (alias e: enterprise): its registry street. */
const streetKey = sql.raw('e.street_id');

const enterpriseCountersStatement = ({ roundId, today, enterprises, when }: CountersScope) => sql`
  INSERT INTO progress_enterprise (round_id, enterprise_id, street_id, evidence_items, accepted_items, score_count, signed_off,
    requests_waiting, requests_overdue, reports_overdue, counted_on)
  WITH ev AS (
    SELECT enterprise_id, COUNT(*) AS items, SUM(status = 'accepted') AS accepted FROM evidence
    WHERE round_id = ${roundId} AND ${inSet('enterprise_id', enterprises)} AND deleted_at IS NULL GROUP BY enterprise_id
  ),
  sc AS (
    SELECT enterprise_id, COUNT(*) AS n FROM score WHERE round_id = ${roundId} AND ${inSet('enterprise_id', enterprises)} GROUP BY enterprise_id
  ),
  rq AS (
    SELECT enterprise_id, COUNT(*) AS waiting, SUM(due_on < ${today}) AS overdue FROM documentation_request
    WHERE round_id = ${roundId} AND ${inSet('enterprise_id', enterprises)} AND status IN ('open', 'reopened') GROUP BY enterprise_id
  ),
  due AS (SELECT id FROM report_schedule WHERE round_id = ${roundId} AND due_on < ${today})
  SELECT ${roundId}, re.enterprise_id, ${streetKey}, COALESCE(ev.items, 0), COALESCE(ev.accepted, 0), COALESCE(sc.n, 0), re.status = 'signed_off',
    COALESCE(rq.waiting, 0), COALESCE(rq.overdue, 0),
    (SELECT COUNT(*) FROM due WHERE NOT EXISTS (
       SELECT 1 FROM enterprise_report er WHERE er.schedule_id = due.id AND er.enterprise_id = re.enterprise_id AND er.status = 'submitted')),
    ${today}
  FROM round_enterprise re JOIN enterprise e ON e.id = re.enterprise_id
  LEFT JOIN ev ON ev.enterprise_id = re.enterprise_id LEFT JOIN sc ON sc.enterprise_id = re.enterprise_id LEFT JOIN rq ON rq.enterprise_id = re.enterprise_id
  WHERE re.round_id = ${roundId} AND ${inSet('re.enterprise_id', enterprises)} AND ${when}
  ON CONFLICT (round_id, enterprise_id) DO UPDATE SET street_id = excluded.street_id, evidence_items = excluded.evidence_items,
    accepted_items = excluded.accepted_items, score_count = excluded.score_count, signed_off = excluded.signed_off,
    requests_waiting = excluded.requests_waiting, requests_overdue = excluded.requests_overdue, reports_overdue = excluded.reports_overdue,
    counted_on = excluded.counted_on`;

/** Per enterprise and person: applicable slots their assignments cover, their scores, their live evidence, their scores in open disagreement. */
const expertCountersStatement = ({ roundId, frameworkId, enterprises, resultsGeneration, when }: CountersScope) => sql`
  INSERT INTO progress_expert (round_id, enterprise_id, expert_id, street_id, assigned, scored, evidence, open)
  WITH assigned AS (
    SELECT s.enterprise_id, a.expert_id AS person, COUNT(DISTINCT s.indicator_id) AS n
    FROM ${roundSlots(roundId, frameworkId, inSet('re.enterprise_id', enterprises))} s JOIN assignment a ON a.round_id = ${roundId}
    WHERE s.applicable AND ${assignmentCoversSlot}
    GROUP BY s.enterprise_id, a.expert_id
  ),
  scored AS (
    SELECT sc.enterprise_id, sc.expert_id AS person, COUNT(*) AS n, SUM(COALESCE(ri.applicable AND ri.disagreement AND NOT ri.settled, 0)) AS open
    FROM score sc
    LEFT JOIN result_indicator ri ON ri.round_id = sc.round_id AND ri.generation = ${resultsGeneration}
      AND ri.enterprise_id = sc.enterprise_id AND ri.indicator_id = sc.indicator_id
    WHERE sc.round_id = ${roundId} AND ${inSet('sc.enterprise_id', enterprises)}
    GROUP BY sc.enterprise_id, sc.expert_id
  ),
  clipped AS (
    SELECT enterprise_id, captured_by AS person, COUNT(*) AS n FROM evidence
    WHERE round_id = ${roundId} AND ${inSet('enterprise_id', enterprises)} AND deleted_at IS NULL AND captured_by IS NOT NULL
    GROUP BY enterprise_id, captured_by
  ),
  people AS (SELECT enterprise_id, person FROM assigned UNION SELECT enterprise_id, person FROM scored UNION SELECT enterprise_id, person FROM clipped)
  SELECT ${roundId}, p.enterprise_id, p.person, ${streetKey}, COALESCE(assigned.n, 0), COALESCE(scored.n, 0), COALESCE(clipped.n, 0), COALESCE(scored.open, 0)
  FROM people p JOIN enterprise e ON e.id = p.enterprise_id
  LEFT JOIN assigned ON assigned.enterprise_id = p.enterprise_id AND assigned.person = p.person
  LEFT JOIN scored ON scored.enterprise_id = p.enterprise_id AND scored.person = p.person
  LEFT JOIN clipped ON clipped.enterprise_id = p.enterprise_id AND clipped.person = p.person
  WHERE ${when}`;

/** Every statement that brings the counters of the scope's enterprises up to date, in order, for one batch. */
export const counterStatements = (scope: CountersScope): SQL[] => [
  enterpriseCountersStatement(scope),
  sql`DELETE FROM progress_expert WHERE round_id = ${scope.roundId} AND ${inSet('enterprise_id', scope.enterprises)} AND ${scope.when}`,
  expertCountersStatement(scope),
];

/** An enterprise leaving the round leaves no counters behind. */
export const dropCounterStatements = (roundId: number, enterpriseId: number, when: SQL): SQL[] => [
  sql`DELETE FROM progress_enterprise WHERE round_id = ${roundId} AND enterprise_id = ${enterpriseId} AND ${when}`,
  sql`DELETE FROM progress_expert WHERE round_id = ${roundId} AND enterprise_id = ${enterpriseId} AND ${when}`,
];
