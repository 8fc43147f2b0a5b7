// Which generation of a round's derived rows a statement reads or writes (ADR 001): readers take the live one
// inside the same statement, so a statement never sees two generations; writers of an incremental change
// take the live and the building one computed with the round's current framework, while the round is open.
import { sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

/** The live generation of round `roundId` (a number, or a column naming the round in a join). */
export const liveGeneration = (roundId: number | AnySQLiteColumn | SQL) => sql`(SELECT rs.live_generation FROM results_state rs WHERE rs.round_id = ${roundId})`;

/** Results of published and closed rounds are frozen. */
export const FROZEN = sql.raw(`('published', 'closed')`);

/**
 * The generations an incremental change of round `roundId`, computed with framework `frameworkId`, writes:
 * the live one and the one a rebuild is building, each only if computed with that framework, only while
 * the round is open and only inside a writer's batch whose change went through (change_pending).
 */
export const changeTargets = (roundId: number, frameworkId: number) => sql`
  SELECT rs.live_generation FROM results_state rs JOIN round r ON r.id = rs.round_id
  WHERE rs.round_id = ${roundId} AND rs.change_pending AND r.framework_id = ${frameworkId} AND r.status NOT IN ${FROZEN}
    AND rs.live_generation > 0 AND rs.live_framework_id = ${frameworkId}
  UNION
  SELECT rs.building_generation FROM results_state rs JOIN round r ON r.id = rs.round_id
  WHERE rs.round_id = ${roundId} AND rs.change_pending AND r.framework_id = ${frameworkId} AND r.status NOT IN ${FROZEN}
    AND rs.building_generation IS NOT NULL AND rs.building_framework_id = ${frameworkId}`;

/** The generation whose indicator outcomes the counters of an incremental change read: the newest it writes, else the live one. */
export const countedGeneration = (roundId: number, frameworkId: number) =>
  sql`COALESCE((SELECT MAX(live_generation) FROM (${changeTargets(roundId, frameworkId)})), ${liveGeneration(roundId)})`;
