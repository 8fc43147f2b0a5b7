// A round's results as SQL aggregates, for a set of enterprises (one, in a writer's batch; an id range, in a
// rebuild's chunk) into a set of generations: result_indicator, result_node (groups, dimensions) and
// result_enterprise (totals, grades, counts), then the ranks of a whole generation in one UPDATE. It mirrors
// shared/domain/scoring/evaluate.ts step by step; results-differential and results-incremental tests check
// both agree for every enterprise (ADR 001).
import { sql, type SQL } from 'drizzle-orm';
import { ROUNDING_NUDGE } from '../../shared/domain/scoring/rounding';
import type { FrameworkSettings } from '../../shared/schemas/framework';
import { UNRANKED } from '../db/schema';
import { withinValidity } from './evidence-validity';
import { roundSlots } from './slots';

/** roundScore of shared/domain/scoring/rounding.ts; CAST truncates, which is floor for the non-negative values here. */
function rounded(expr: SQL, digits: 2 | 4) {
  const factor = sql.raw(String(10 ** digits));
  return sql`(CAST((${expr}) * ${factor} + 0.5 + ${sql.raw(String(ROUNDING_NUDGE))} AS INTEGER) / ${factor}.0)`;
}

/** The enterprises a computation covers: one, or the ids in (after, upTo] (a rebuild's chunk). */
export type EnterpriseSet = { id: number } | { after: number; upTo: number };

/** `column` (an enterprise id column, written out with its alias) is in `set`. */
export const inSet = (column: string, set: EnterpriseSet): SQL => {
  const c = sql.raw(column);
  return 'id' in set ? sql`${c} = ${set.id}` : sql`${c} > ${set.after} AND ${c} <= ${set.upTo}`;
};

export type ResultsScope = {
  roundId: number;
  frameworkId: number;
  settings: FrameworkSettings;
  /** YYYY-MM-DD: evidence past its validity does not count. */
  today: string;
  now: string;
  enterprises: EnterpriseSet;
  /** The generations that receive the rows: a SELECT of one column, `generation` (none: nothing is written). */
  generations: SQL;
};

/** The target generations as a CTE named tg. */
const targets = (scope: ResultsScope) => sql`tg(generation) AS (${scope.generations})`;

/**
 * Indicator consensus from each slot's scores sorted by an ordered aggregate (json_group_array … ORDER BY):
 * the median picks the middle one or two, the trimmed mean averages the kept slice.
 */
function indicatorStatement(scope: ResultsScope) {
  const { roundId, frameworkId, settings, today, enterprises } = scope;
  const { method, trimFraction, disagreementThreshold } = settings.consensus;
  const cut = sql`CAST(n * ${trimFraction} AS INTEGER)`;
  const at = (index: SQL) => sql`json_extract(sorted, '$[' || (${index}) || ']')`;
  return sql`
    INSERT INTO result_indicator (round_id, generation, enterprise_id, indicator_id, applicable, expert_count, min_value, max_value,
      computed_consensus, settled, consensus, disagreement, failed_mandatory, below_rectification, evidence_count)
    WITH ${targets(scope)},
    scored AS (
      SELECT enterprise_id, indicator_id, COUNT(*) AS n, MIN(value) AS lo, MAX(value) AS hi, AVG(value) AS mean,
             json_group_array(value ORDER BY value) AS sorted
      FROM score WHERE round_id = ${roundId} AND ${inSet('enterprise_id', enterprises)}
      GROUP BY enterprise_id, indicator_id
    ),
    agg AS MATERIALIZED (
      SELECT enterprise_id, indicator_id, n, lo, hi,
        CASE ${method}
          WHEN 'mean' THEN mean
          WHEN 'trimmed_mean' THEN (SELECT AVG(j.value) FROM json_each(sorted) j WHERE j.key >= ${cut} AND j.key < n - ${cut})
          ELSE (${at(sql`(n - 1) / 2`)} + ${at(sql`n / 2`)}) / 2.0
        END AS computed
      FROM scored
    ),
    evid AS (
      SELECT ev.enterprise_id, ev.indicator_id, COUNT(*) AS n FROM evidence ev JOIN indicator i ON i.id = ev.indicator_id
      WHERE ev.round_id = ${roundId} AND ${inSet('ev.enterprise_id', enterprises)}
        AND ev.status = 'accepted' AND ev.deleted_at IS NULL AND ${withinValidity('ev', 'i', today)}
      GROUP BY ev.enterprise_id, ev.indicator_id
    ),
    slot AS MATERIALIZED (
      SELECT s.enterprise_id, s.indicator_id, s.kind, s.max_score, s.applicable, a.n, a.lo, a.hi, a.computed,
             st.value AS settled_value, COALESCE(ev.n, 0) AS evidence_count,
             CASE WHEN s.applicable THEN ${rounded(sql`COALESCE(st.value, a.computed)`, 4)} END AS consensus
      FROM ${roundSlots(roundId, frameworkId, inSet('re.enterprise_id', enterprises))} s
      LEFT JOIN agg a ON a.enterprise_id = s.enterprise_id AND a.indicator_id = s.indicator_id
      LEFT JOIN score_settlement st ON st.round_id = ${roundId} AND st.enterprise_id = s.enterprise_id AND st.indicator_id = s.indicator_id
      LEFT JOIN evid ev ON ev.enterprise_id = s.enterprise_id AND ev.indicator_id = s.indicator_id
    )
    SELECT ${roundId}, tg.generation, enterprise_id, indicator_id, applicable, COALESCE(n, 0), lo, hi, ${rounded(sql`computed`, 4)},
      settled_value IS NOT NULL, consensus,
      COALESCE(n, 0) >= 2 AND hi - lo > ${disagreementThreshold} * max_score,
      consensus IS NOT NULL AND kind = 'mandatory' AND consensus < ${settings.mandatoryFailRatio} * max_score,
      consensus IS NOT NULL AND consensus < ${settings.rectificationRatio} * max_score,
      evidence_count
    FROM tg, slot`;
}

/** Second-level groups: weighted average of their scored indicators as shares of max, on 100. */
const groupStatement = (scope: ResultsScope) => sql`
  INSERT INTO result_node (round_id, generation, enterprise_id, indicator_id, level, score)
  WITH ${targets(scope)}
  SELECT ${scope.roundId}, ri.generation, ri.enterprise_id, i.parent_id, 2, ${rounded(sql`100 * (SUM(i.weight * (ri.consensus / i.max_score)) / SUM(i.weight))`, 2)}
  FROM result_indicator ri JOIN indicator i ON i.id = ri.indicator_id
  WHERE ri.round_id = ${scope.roundId} AND ri.generation IN (SELECT generation FROM tg) AND ${inSet('ri.enterprise_id', scope.enterprises)}
    AND ri.consensus IS NOT NULL
  GROUP BY ri.generation, ri.enterprise_id, i.parent_id`;

/** Dimensions: weighted average of their scored groups. */
const dimensionStatement = (scope: ResultsScope) => sql`
  INSERT INTO result_node (round_id, generation, enterprise_id, indicator_id, level, score)
  WITH ${targets(scope)}
  SELECT ${scope.roundId}, n.generation, n.enterprise_id, g.parent_id, 1, ${rounded(sql`SUM(g.weight * n.score) / SUM(g.weight)`, 2)}
  FROM result_node n JOIN indicator g ON g.id = n.indicator_id
  WHERE n.round_id = ${scope.roundId} AND n.generation IN (SELECT generation FROM tg) AND ${inSet('n.enterprise_id', scope.enterprises)}
    AND n.level = 2
  GROUP BY n.generation, n.enterprise_id, g.parent_id`;

/** signed half-up rounding to two decimals (roundSigned2 of shared/domain/scoring/adjustments.ts). */
const roundedSigned = (expr: SQL) => sql`(CASE WHEN (${expr}) < 0 THEN -${rounded(sql`-(${expr})`, 2)} ELSE ${rounded(expr, 2)} END)`;

/**
 * Each enterprise's net adjustment, as shared/domain/scoring/adjustments.ts: confirmed items summed per code,
 * points per occurrence up to the item's cap, bonuses less deductions, capped at ± adjustmentsCap.
 */
function adjustmentCte({ roundId, settings, enterprises }: ResultsScope) {
  const items = JSON.stringify(settings.adjustments);
  const earned = sql`${rounded(sql`MIN(a.occurrences * (d.value ->> 'points'), d.value ->> 'capPerEnterprise')`, 2)}`;
  const net = sql`SUM(CASE WHEN d.value ->> 'direction' = 'bonus' THEN ${earned} ELSE -${earned} END)`;
  return sql`
    adj AS (
      SELECT a.enterprise_id, ${roundedSigned(sql`MIN(${settings.adjustmentsCap}, MAX(-${settings.adjustmentsCap}, ${net}))`)} AS adjustment_total
      FROM (SELECT enterprise_id, code, SUM(occurrences) AS occurrences FROM adjustment
            WHERE round_id = ${roundId} AND ${inSet('enterprise_id', enterprises)} AND status = 'confirmed' GROUP BY enterprise_id, code) a
      JOIN json_each(${items}) d ON d.value ->> 'code' = a.code
      GROUP BY a.enterprise_id
    )`;
}

/** The columns of result_enterprise an enterprise's refresh writes: all but its ranks, which move only with the whole generation. */
const enterpriseColumns = [
  'weighted_total', 'adjustment_total', 'total', 'band_grade', 'grade', 'grade_index', 'veto_codes', 'applicable_count', 'scored_count',
  'evidenced_count', 'completeness', 'scored_share', 'provisional', 'disagreement_count', 'unsettled_count', 'computed_at',
];

/** Totals after adjustments, the veto, grades by the framework's bands and completeness; an existing row keeps its ranks. */
function enterpriseStatement(scope: ResultsScope) {
  const { roundId, settings, now, enterprises } = scope;
  const bands = JSON.stringify(settings.gradeBands);
  const vetoIndex = settings.gradeBands.findIndex((b) => b.grade === settings.vetoGrade);
  const inTargets = (alias: string) => sql`${sql.raw(alias)}.round_id = ${roundId} AND ${sql.raw(alias)}.generation IN (SELECT generation FROM tg) AND ${inSet(`${alias}.enterprise_id`, enterprises)}`;
  return sql`
    INSERT INTO result_enterprise (round_id, generation, enterprise_id, ${sql.raw(enterpriseColumns.join(', '))})
    WITH ${targets(scope)},
    dims AS (
      SELECT n.generation, n.enterprise_id, ${rounded(sql`SUM(d.weight * n.score) / SUM(d.weight)`, 2)} AS weighted_total
      FROM result_node n JOIN indicator d ON d.id = n.indicator_id
      WHERE ${inTargets('n')} AND n.level = 1
      GROUP BY n.generation, n.enterprise_id
    ),
    counts AS (
      SELECT ri.generation, ri.enterprise_id, SUM(applicable) AS applicable_count, SUM(consensus IS NOT NULL) AS scored_count,
             SUM(applicable AND evidence_count > 0) AS evidenced_count, SUM(failed_mandatory) AS veto_count,
             SUM(applicable AND disagreement) AS disagreement_count, SUM(applicable AND disagreement AND NOT settled) AS unsettled_count,
             json_group_array(CASE WHEN failed_mandatory THEN i.code END ORDER BY ri.indicator_id) AS flagged
      FROM result_indicator ri JOIN indicator i ON i.id = ri.indicator_id
      WHERE ${inTargets('ri')}
      GROUP BY ri.generation, ri.enterprise_id
    ),
    ${adjustmentCte(scope)},
    totals AS (
      SELECT tg.generation, re.enterprise_id, d.weighted_total, COALESCE(adj.adjustment_total, 0) AS adjustment_total, c.applicable_count,
             c.scored_count, c.evidenced_count, c.veto_count, c.disagreement_count, c.unsettled_count,
             ${rounded(sql`MIN(100, MAX(0, d.weighted_total + COALESCE(adj.adjustment_total, 0)))`, 2)} AS total,
             (SELECT json_group_array(f.value) FROM json_each(c.flagged) f WHERE f.value IS NOT NULL) AS veto_codes
      FROM tg CROSS JOIN round_enterprise re
      LEFT JOIN dims d ON d.generation = tg.generation AND d.enterprise_id = re.enterprise_id
      LEFT JOIN counts c ON c.generation = tg.generation AND c.enterprise_id = re.enterprise_id
      LEFT JOIN adj ON adj.enterprise_id = re.enterprise_id
      WHERE re.round_id = ${roundId} AND ${inSet('re.enterprise_id', enterprises)}
    ),
    graded AS (
      SELECT t.*, (SELECT MIN(b.key) FROM json_each(${bands}) b WHERE t.total >= b.value ->> 'minTotal') AS band_index FROM totals t
    ),
    capped AS (
      SELECT g.*, CASE WHEN veto_count > 0 THEN MAX(band_index, CAST(${vetoIndex} AS INTEGER)) ELSE band_index END AS grade_index FROM graded g
    )
    SELECT ${roundId}, generation, enterprise_id, weighted_total, adjustment_total, total,
      json_extract(${bands}, '$[' || band_index || '].grade'), json_extract(${bands}, '$[' || grade_index || '].grade'), grade_index,
      COALESCE(veto_codes, '[]'), COALESCE(applicable_count, 0), COALESCE(scored_count, 0), COALESCE(evidenced_count, 0),
      CASE WHEN applicable_count > 0 THEN ${rounded(sql`evidenced_count * 1.0 / applicable_count`, 4)} END,
      CASE WHEN applicable_count > 0 THEN ${rounded(sql`scored_count * 1.0 / applicable_count`, 4)} END,
      COALESCE(applicable_count, 0) = 0 OR scored_count < applicable_count,
      COALESCE(disagreement_count, 0), COALESCE(unsettled_count, 0), ${now}
    FROM capped WHERE 1
    ON CONFLICT (round_id, generation, enterprise_id) DO UPDATE SET ${sql.raw(enterpriseColumns.map((c) => `${c} = excluded.${c}`).join(', '))}`;
}

/** Every statement that brings the scope's enterprises up to date in its generations, in order, for one batch. */
export function resultStatements(scope: ResultsScope): SQL[] {
  const where = (table: string) =>
    sql`${sql.raw(table)}.round_id = ${scope.roundId} AND ${sql.raw(table)}.generation IN (${scope.generations}) AND ${inSet(`${table}.enterprise_id`, scope.enterprises)}`;
  return [
    sql`DELETE FROM result_indicator WHERE ${where('result_indicator')}`,
    sql`DELETE FROM result_node WHERE ${where('result_node')}`,
    indicatorStatement(scope),
    groupStatement(scope),
    dimensionStatement(scope),
    enterpriseStatement(scope),
  ];
}

/**
 * Standard competition ranks (RANK()) of one whole generation, overall and within each street and industry,
 * better grade first, then higher total; enterprises without a grade are not ranked. With them, each row's place
 * in the listings within streets (streets in the registry's order) and within industries, so that those listings
 * walk an index. One statement, so readers see the ranks of one moment, never half of them; rows whose ranks
 * stand are left alone.
 */
export const rankStatement = (roundId: number, generation: SQL) => {
  const rank = (partition: SQL) =>
    sql`CASE WHEN r.grade_index IS NOT NULL THEN RANK() OVER (PARTITION BY r.grade_index IS NULL ${partition} ORDER BY r.grade_index, r.total DESC) END`;
  const unranked = sql.raw(String(UNRANKED));
  return sql`
    UPDATE result_enterprise SET rank_overall = ranked.o, rank_street = ranked.s, rank_industry = ranked.i, street_order = ranked.so, industry_order = ranked.io
    FROM (
      SELECT enterprise_id, o, s, i,
             ROW_NUMBER() OVER (ORDER BY street_position, COALESCE(s, ${unranked}), enterprise_id) AS so,
             ROW_NUMBER() OVER (ORDER BY industry, COALESCE(i, ${unranked}), enterprise_id) AS io
      FROM (
        SELECT r.enterprise_id, e.industry, (SELECT st.position FROM street st WHERE st.id = e.street_id) AS street_position,
               ${rank(sql``)} AS o, ${rank(sql`, e.street_id`)} AS s, ${rank(sql`, e.industry`)} AS i
        FROM result_enterprise r JOIN enterprise e ON e.id = r.enterprise_id
        WHERE r.round_id = ${roundId} AND r.generation = ${generation}
      )
    ) ranked
    WHERE result_enterprise.round_id = ${roundId} AND result_enterprise.generation = ${generation} AND result_enterprise.enterprise_id = ranked.enterprise_id
      AND (result_enterprise.rank_overall IS NOT ranked.o OR result_enterprise.rank_street IS NOT ranked.s OR result_enterprise.rank_industry IS NOT ranked.i
           OR result_enterprise.street_order IS NOT ranked.so OR result_enterprise.industry_order IS NOT ranked.io)`;
};
