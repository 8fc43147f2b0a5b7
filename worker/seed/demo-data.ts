// Demo evidence and scores for a whole round, generated inside SQL from deterministic expressions over
// ids (no PRNG round trips): 500 enterprises × 64 indicators × 3 experts is two statements.
import { sql } from 'drizzle-orm';
import { assignmentCoversSlot, roundSlots } from '../queries/slots';

export type DemoDataSpec = {
  seed: number;
  /** Share of applicable indicators with a linked page (0–1); 80 % of those are accepted, the rest pending. */
  evidenceShare: number;
};

/** Experts of the round with the slots their assignments cover (aliases s for the slot, x for the expert). */
const coveredSlots = (roundId: number, frameworkId: number) => sql`
  ${roundSlots(roundId, frameworkId)} s
  JOIN (SELECT DISTINCT expert_id FROM assignment WHERE round_id = ${roundId}) x
  WHERE s.applicable AND EXISTS (SELECT 1 FROM assignment a WHERE a.round_id = ${roundId} AND a.expert_id = x.expert_id AND ${assignmentCoversSlot})`;

/** One linked page of the enterprise's CSR report per chosen slot, captured by the first expert covering it. */
export const demoEvidenceStatement = (roundId: number, frameworkId: number, { seed, evidenceShare }: DemoDataSpec) => sql`
  INSERT INTO evidence (round_id, enterprise_id, indicator_id, kind, url, normalized_url, title, site_name, stance, status,
                        reviewed_at, captured_by, captured_at, idempotency_key)
  WITH chosen AS (
    SELECT s.enterprise_id, s.indicator_id, MIN(x.expert_id) AS expert_id,
           CASE WHEN (s.enterprise_id * 13 + s.indicator_id * 7 + ${seed}) % 10 < 8 THEN 'accepted' ELSE 'pending' END AS status
    FROM ${coveredSlots(roundId, frameworkId)}
      AND (s.enterprise_id * 7919 + s.indicator_id * 104729 + ${seed}) % 1000 < ${Math.round(evidenceShare * 1000)}
    GROUP BY s.enterprise_id, s.indicator_id
  ),
  pages AS (
    SELECT e.id AS enterprise_id, e.name,
           'https://' || COALESCE((SELECT MIN(domain) FROM enterprise_domain d WHERE d.enterprise_id = e.id), 'example.cn') || '/csr/2025.html' AS page
    FROM enterprise e
  )
  SELECT ${roundId}, c.enterprise_id, c.indicator_id, 'link', p.page, p.page, p.name || ' 2025年度社会责任报告 · ' || i.code, p.name, 'supports',
         c.status, CASE WHEN c.status = 'accepted' THEN '2026-11-20T09:00:00.000Z' END, c.expert_id, '2026-11-18T10:00:00.000Z',
         'demo-' || c.enterprise_id || '-' || c.indicator_id
  FROM chosen c JOIN pages p ON p.enterprise_id = c.enterprise_id JOIN indicator i ON i.id = c.indicator_id`;

/**
 * A score by every covering expert: the enterprise's overall quality, a tilt per indicator, a little noise
 * per expert and now and then an outlier (so some experts disagree), in half points, citing the slot's evidence.
 */
export const demoScoreStatement = (roundId: number, frameworkId: number, { seed }: DemoDataSpec) => sql`
  INSERT INTO score (round_id, enterprise_id, indicator_id, expert_id, value, rubric_level, rationale, evidence_ids, created_at)
  WITH raw AS (
    SELECT s.enterprise_id, s.indicator_id, x.expert_id, s.max_score,
           0.58 + ((s.enterprise_id * 7919 + ${seed}) % 40) / 100.0
           + ((s.enterprise_id * 31 + s.indicator_id * 17 + ${seed}) % 17 - 8) / 100.0
           + ((s.enterprise_id * 13 + s.indicator_id * 7 + x.expert_id * 101 + ${seed}) % 11 - 5) / 100.0
           - CASE WHEN (s.enterprise_id * 37 + s.indicator_id * 11 + x.expert_id * 5 + ${seed}) % 29 = 0 THEN 0.35 ELSE 0 END AS share
    FROM ${coveredSlots(roundId, frameworkId)}
  ),
  valued AS (
    SELECT raw.*, ROUND(MIN(1.0, MAX(0.0, share)) * max_score * 2) / 2.0 AS value FROM raw
  ),
  levelled AS (
    SELECT valued.*, i.rubric,
           (SELECT MAX(j.key) FROM json_each(i.rubric) j WHERE j.value ->> 'min' <= valued.value) AS level
    FROM valued JOIN indicator i ON i.id = valued.indicator_id
  )
  SELECT ${roundId}, enterprise_id, indicator_id, expert_id, value, level,
         '演示评分:' || json_extract(rubric, '$[' || level || '].label.zh') || '。依据企业公开披露的社会责任报告及相关材料评定。',
         (SELECT json_group_array(ev.id) FROM evidence ev
           WHERE ev.round_id = ${roundId} AND ev.enterprise_id = levelled.enterprise_id AND ev.indicator_id = levelled.indicator_id),
         '2026-11-25T08:00:00.000Z'
  FROM levelled`;
