// What the finder's read routes show: report states (a report left queued or half-read for too long shows as
// failed, "stalled", so nothing looks busy for ever), the round's and each enterprise's counts, and an expert's
// indicators with suggestions and no evidence.
import { sql, type SQL } from 'drizzle-orm';
import type { FinderReport, FinderRoundSummary, UnevidencedSuggestions } from '../../shared/schemas/finder';
import { selectBatch } from '../db/batch';
import type { Database } from '../db/client';
import type { FinderReportRow } from './finder';
import { assignmentCoversSlot } from './slots';

/** A job that has not moved a report on for this long has been lost (retries are seconds apart). */
export const STALLED_AFTER_MS = 30 * 60_000;
const stalledBefore = () => new Date(Date.now() - STALLED_AFTER_MS).toISOString();

const isStalled = (row: Pick<FinderReportRow, 'status' | 'updatedAt'>) => (row.status === 'queued' || row.status === 'fetched') && row.updatedAt < stalledBefore();

export function toFinderReport(row: FinderReportRow): FinderReport {
  const stalled = isStalled(row);
  return {
    id: row.id,
    url: row.url,
    status: stalled ? 'failed' : row.status,
    reason: stalled ? 'stalled' : row.reason,
    message: stalled ? 'Reading the report stopped without a result; an administrator can have it read again' : row.message,
    format: row.format,
    title: row.title,
    sha256: row.sha256,
    pageCount: row.pageCount,
    passageCount: row.passageCount,
    indexBytes: row.indexBytes,
    queuedAt: row.queuedAt,
    fetchedAt: row.fetchedAt,
    indexedAt: row.indexedAt,
    updatedAt: row.updatedAt,
  };
}

export const countStatuses = (reports: readonly FinderReport[]) => {
  const counts = { queued: 0, fetched: 0, indexed: 0, failed: 0 };
  for (const r of reports) counts[r.status]++;
  return counts;
};

/** The status a report shows, in SQL (stalled ones as failed). */
const shownStatus = (cutoff: string): SQL => sql`CASE WHEN r.status IN ('queued', 'fetched') AND r.updated_at < ${cutoff} THEN 'failed' ELSE r.status END`;
const countsSql = (cutoff: string) => sql`
  SUM(${shownStatus(cutoff)} = 'queued') AS queued, SUM(${shownStatus(cutoff)} = 'fetched') AS fetched,
  SUM(${shownStatus(cutoff)} = 'indexed') AS indexed, SUM(${shownStatus(cutoff)} = 'failed') AS failed`;
type CountsRow = { queued: number | null; fetched: number | null; indexed: number | null; failed: number | null };
const counts = (row: CountsRow | undefined) => ({ queued: row?.queued ?? 0, fetched: row?.fetched ?? 0, indexed: row?.indexed ?? 0, failed: row?.failed ?? 0 });

export async function roundSummary(db: Database, roundId: number, after: number, limit: number): Promise<FinderRoundSummary> {
  const cutoff = stalledBefore();
  const [totals, enrolled, unreviewed, page] = await Promise.all([
    db.all<CountsRow>(sql`SELECT ${countsSql(cutoff)} FROM finder_report r WHERE r.round_id = ${roundId}`),
    db.all<{ n: number }>(sql`SELECT count(*) AS n FROM round_enterprise WHERE round_id = ${roundId}`),
    db.all<{ n: number | null }>(sql`SELECT SUM(unreviewed) AS n FROM finder_summary WHERE round_id = ${roundId}`),
    db.all<CountsRow & { enterpriseId: number; name: string; unreviewed: number | null; indicatorIds: string | null }>(sql`
      SELECT re.enterprise_id AS enterpriseId, e.name AS name, ${countsSql(cutoff)}, s.unreviewed AS unreviewed, s.indicator_ids AS indicatorIds
      FROM round_enterprise re
      JOIN enterprise e ON e.id = re.enterprise_id
      LEFT JOIN finder_report r ON r.round_id = re.round_id AND r.enterprise_id = re.enterprise_id
      LEFT JOIN finder_summary s ON s.round_id = re.round_id AND s.enterprise_id = re.enterprise_id
      WHERE re.round_id = ${roundId} AND re.enterprise_id > ${after}
      GROUP BY re.enterprise_id
      ORDER BY re.enterprise_id
      LIMIT ${limit + 1}`),
  ]);
  const rows = page.slice(0, limit);
  return {
    counts: counts(totals[0]),
    unreviewed: unreviewed[0]?.n ?? 0,
    enterprises: rows.map((r) => ({ enterpriseId: r.enterpriseId, name: r.name, reports: counts(r), unreviewed: r.unreviewed ?? 0, indicatorIds: r.indicatorIds ? (JSON.parse(r.indicatorIds) as number[]) : [] })),
    nextCursor: page.length > limit ? String(rows.at(-1)!.enterpriseId) : null,
    total: enrolled[0]!.n,
  };
}

/**
 * A page of enterprises (by id, after `after`) with the indicators an expert's assignment covers that hold an
 * undecided suggestion (finder_summary) and no live evidence, in framework order.
 */
export async function unevidencedSuggestions(db: Database, roundId: number, expertId: number, after: number, limit: number): Promise<UnevidencedSuggestions> {
  // The undecided suggestions the expert's assignment covers, on slots with no live evidence, of enterprises after `from`.
  const matching = (from: number) => sql`
    WITH s AS (
      SELECT fs.enterprise_id, i.id AS indicator_id, i.parent_id AS group_id, g.parent_id AS dimension_id, i.code, d.position AS dp, g.position AS gp, i.position AS ip
      FROM finder_summary fs
      JOIN json_each(fs.indicator_ids) j
      JOIN indicator i ON i.id = j.value AND i.level = 3
      JOIN indicator g ON g.id = i.parent_id
      JOIN indicator d ON d.id = g.parent_id
      WHERE fs.round_id = ${roundId} AND fs.enterprise_id > ${from}
    ),
    q AS (
      SELECT s.* FROM s
      WHERE EXISTS (SELECT 1 FROM assignment a WHERE a.round_id = ${roundId} AND a.expert_id = ${expertId} AND ${assignmentCoversSlot})
        AND NOT EXISTS (SELECT 1 FROM evidence ev WHERE ev.round_id = ${roundId} AND ev.enterprise_id = s.enterprise_id AND ev.indicator_id = s.indicator_id AND ev.deleted_at IS NULL)
    )`;
  const [rows, counted] = await selectBatch(db, [
    sql<{ enterpriseId: number; name: string; id: number; code: string }>`${matching(after)},
    page AS (SELECT DISTINCT enterprise_id FROM q ORDER BY enterprise_id LIMIT ${limit + 1})
    SELECT q.enterprise_id AS enterpriseId, e.name AS name, q.indicator_id AS id, q.code AS code
    FROM q JOIN page ON page.enterprise_id = q.enterprise_id JOIN enterprise e ON e.id = q.enterprise_id
    ORDER BY q.enterprise_id, q.dp, q.gp, q.ip`,
    sql<{ n: number }>`${matching(0)} SELECT count(DISTINCT enterprise_id) AS n FROM q`,
  ]);
  const items: UnevidencedSuggestions['items'] = [];
  for (const row of rows) {
    if (items.at(-1)?.enterpriseId !== row.enterpriseId) items.push({ enterpriseId: row.enterpriseId, name: row.name, indicators: [] });
    items.at(-1)!.indicators.push({ id: row.id, code: row.code });
  }
  const shown = items.slice(0, limit);
  return { items: shown, nextCursor: items.length > limit ? String(shown.at(-1)!.enterpriseId) : null, total: counted[0]!.n };
}
