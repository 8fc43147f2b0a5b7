// Tops one enterprise up to a number of evidence items in one statement: quotes spread over every
// indicator, some contradicting or context, a third each accepted, pending and rejected. The side panel's
// scale test and the benchmark use it for the heavy enterprise (300 items).
import { sql } from 'drizzle-orm';

export type EvidenceTopUp = {
  roundId: number;
  frameworkId: number;
  enterpriseId: number;
  /** Live evidence items the enterprise has afterwards (in the round). */
  total: number;
  /** Two users who captured them, alternately. */
  capturedBy: [number, number];
};

export const evidenceTopUpStatement = ({ roundId, frameworkId, enterpriseId, total, capturedBy: [first, second] }: EvidenceTopUp) => sql`
  INSERT INTO evidence (round_id, enterprise_id, indicator_id, kind, url, normalized_url, title, site_name, quote, stance, status,
                        captured_by, captured_at, idempotency_key)
  WITH RECURSIVE n(i) AS (
    SELECT 1 WHERE ${total} > (SELECT count(*) FROM evidence WHERE round_id = ${roundId} AND enterprise_id = ${enterpriseId} AND deleted_at IS NULL)
    UNION ALL SELECT i + 1 FROM n
    WHERE i < ${total} - (SELECT count(*) FROM evidence WHERE round_id = ${roundId} AND enterprise_id = ${enterpriseId} AND deleted_at IS NULL)
  ),
  leaf AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS leaves FROM indicator WHERE framework_id = ${frameworkId} AND level = 3)
  SELECT ${roundId}, ${enterpriseId}, leaf.id,
         'clip', 'https://huaxin-auto.com.cn/csr/2025.html', 'https://huaxin-auto.com.cn/csr/2025.html', '2025年度社会责任报告', '华鑫汽车',
         '第' || n.i || '段:公司持续完善劳动用工、安全生产与环境管理制度,相关台账与培训记录完整可查,并接受职工代表监督。',
         CASE WHEN n.i % 9 = 0 THEN 'contradicts' WHEN n.i % 5 = 0 THEN 'context' ELSE 'supports' END,
         CASE n.i % 3 WHEN 0 THEN 'accepted' WHEN 1 THEN 'pending' ELSE 'rejected' END,
         CASE n.i % 2 WHEN 0 THEN ${first} ELSE ${second} END, '2026-11-21T08:00:00.000Z', 'top-up-' || ${enterpriseId} || '-' || n.i
  FROM n JOIN leaf ON leaf.k = n.i % leaf.leaves`;
