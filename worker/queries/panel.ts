// Reading an enterprise's side-panel state: the round, the enrolment and the state's version in one
// statement (enough to answer a poll with 304), then everything the panel shows in one batch without a
// join per row (D1 counts each joined row as read), then the names of the people it mentions.
import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { EvidenceFreshness } from '../../shared/schemas/freshness';
import type { Database } from '../db/client';
import { enterprise, evidence, evidenceFreshness, framework, indicator, rectification, round, roundEnterprise } from '../db/schema';
import type { Actor } from '../policy/actor';
import { enterpriseAdjustmentsQuery } from './adjustments';
import { enterpriseCoverageQuery } from './assignments';
import { enterpriseRequestsQuery } from './documentation-requests';
import { displayNamesQuery, enterpriseStaffQuery, lookup } from './people';
import { pinnedFramework } from './pinned-framework';
import { notEnrolled, roundColumns, roundNotFound, toRound } from './rounds';
import { peopleInScores, visibleScoreQueries } from './scores';

/** Changes whenever the panel's JSON changes shape, so clients holding an older ETag load the new one. */
const PANEL_SHAPE = 3;

/**
 * The round, the enterprise with its enrolment, and what the panel's version is made of: the round's
 * version and state, the enterprise's state version in every round it took part in (earlier rounds'
 * rectification tasks show too), and the reader's assignments in the round. 404 like findRound and
 * findEnrolledEnterprise.
 */
export async function findPanelSubject(db: Database, roundId: number, enterpriseId: number, readerId: number) {
  const row = await db
    .select({
      ...roundColumns,
      enterpriseId: enterprise.id,
      name: enterprise.name,
      creditCode: enterprise.creditCode,
      street: enterprise.street,
      streetId: enterprise.streetId,
      industry: enterprise.industry,
      enrolment: roundEnterprise.status,
      signedOffBy: roundEnterprise.signedOffBy,
      signedOffAt: roundEnterprise.signedOffAt,
      signOffComment: roundEnterprise.signOffComment,
      states: sql<string>`(SELECT group_concat(x.round_id || '.' || x.state_version, ',' ORDER BY x.round_id) FROM round_enterprise x WHERE x.enterprise_id = ${enterpriseId})`,
      assignments: sql<string>`(SELECT count(*) || '.' || coalesce(sum(a.version), 0) || '.' || coalesce(max(a.id), 0) FROM assignment a
        WHERE a.round_id = ${roundId} AND a.expert_id = ${readerId})`,
    })
    .from(round)
    .innerJoin(framework, eq(framework.id, round.frameworkId))
    .leftJoin(roundEnterprise, and(eq(roundEnterprise.roundId, round.id), eq(roundEnterprise.enterpriseId, enterpriseId)))
    .leftJoin(enterprise, eq(enterprise.id, roundEnterprise.enterpriseId))
    .where(eq(round.id, roundId))
    .get();
  if (!row) throw roundNotFound(roundId);
  if (row.enterpriseId === null || row.enrolment === null) throw notEnrolled(roundId, enterpriseId);
  const { enterpriseId: id, name, creditCode, street, streetId, industry, enrolment, signedOffBy, signedOffAt, signOffComment, states, assignments, ...roundRow } = row;
  const found = toRound(roundRow);
  return {
    round: found,
    enterprise: { id, name: name!, street: street!, streetId, industry: industry!, status: enrolment },
    enrolment: { creditCode: creditCode!, signedOffBy, signedOffAt, signOffComment },
    versionParts: `${found.id}.${found.version}.${found.status}-${id}:${states}-${assignments}`,
  };
}
export type PanelSubject = Awaited<ReturnType<typeof findPanelSubject>>;

/** The panel's ETag for one reader: the subject's version parts, who reads in which role, and the day (evidence expires by the day). */
export const panelEtag = (subject: Pick<PanelSubject, 'versionParts'>, reader: { userId: number; role: string | null }, today: string) =>
  `W/"panel-${PANEL_SHAPE}-${reader.userId}-${reader.role ?? 'none'}-${today}-${subject.versionParts}"`;

/** Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks of it). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string) {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** Tasks still waiting for an answer or a follow-up: earlier rounds' tasks in these states show in the panel. */
const UNRESOLVED = ['open', 'planned', 'submitted'] as const;

/** Every row the panel is built from; `expertId` (the reader, when an expert in the round) adds their assignment coverage. */
export async function readPanelRows(db: Database, viewer: Actor, subject: PanelSubject, expertId: number | null) {
  const { round: { id: roundId, framework: pinned }, enterprise: { id: enterpriseId } } = subject;
  const [{ tree, settings }, [rows, scores, settlements, tasks, coverage, requests, adjustments]] = await Promise.all([
    pinnedFramework(db, pinned.id),
    db.batch([
      // Freshness joined by primary key: a separate statement would read every evidence row a second time.
      // Its status under another name: D1 returns a batch's rows keyed by column name, and evidence has a status too.
      db
        .select({
          item: evidence,
          // A not-null column first: drizzle takes a left-joined object for missing when its first column is null.
          freshness: {
            checkedAt: evidenceFreshness.checkedAt,
            changedAt: evidenceFreshness.changedAt,
            status: sql<EvidenceFreshness['status'] | null>`${evidenceFreshness.status}`.as('freshness_status'),
            reason: evidenceFreshness.reason,
            nearestText: evidenceFreshness.nearestText,
            previousStatus: evidenceFreshness.previousStatus,
          },
        })
        .from(evidence)
        .leftJoin(evidenceFreshness, eq(evidenceFreshness.evidenceId, evidence.id))
        .where(and(eq(evidence.roundId, roundId), eq(evidence.enterpriseId, enterpriseId), isNull(evidence.deletedAt)))
        .orderBy(asc(evidence.indicatorId), asc(evidence.id)),
      ...visibleScoreQueries(db, viewer, subject.round, enterpriseId),
      db
        .select({ row: rectification, code: indicator.code })
        .from(rectification)
        .innerJoin(indicator, eq(indicator.id, rectification.indicatorId))
        .where(
          and(
            eq(rectification.enterpriseId, enterpriseId),
            or(eq(rectification.roundId, roundId), and(lt(rectification.roundId, roundId), inArray(rectification.status, [...UNRESOLVED]))),
          ),
        )
        .orderBy(asc(rectification.roundId), asc(indicator.code)),
      // Readers who are not experts here read no coverage (no user has id 0).
      enterpriseCoverageQuery(db, roundId, expertId ?? 0, enterpriseId),
      enterpriseRequestsQuery(db, roundId, enterpriseId),
      enterpriseAdjustmentsQuery(db, roundId, enterpriseId),
    ]),
  ]);
  const items = rows.map((r) => r.item);
  const { signedOffBy } = subject.enrolment;
  const capturers = items.map((e) => e.capturedBy);
  const people = [...capturers, ...peopleInScores([scores, settlements]), ...(signedOffBy === null ? [] : [signedOffBy])];
  const [names, staff] = await db.batch([displayNamesQuery(db, people), enterpriseStaffQuery(db, roundId, enterpriseId, capturers)]);
  return {
    tree,
    settings,
    evidence: items,
    /** Capturers who are this enterprise's staff in the round: named to it whatever the framework says. */
    staff: new Set(staff.map((s) => s.id)),
    freshness: new Map(rows.flatMap(({ item, freshness: f }): [number, EvidenceFreshness][] => (f?.status ? [[item.id, { ...f, status: f.status }]] : []))),
    scores: [scores, settlements] as const,
    tasks,
    requests,
    adjustments,
    coverage: expertId === null ? [] : [{ indicatorIds: coverage.map((c) => c.indicatorId), enterpriseIds: [] }],
    names: lookup(names, 'displayName'),
  };
}
export type PanelRows = Awaited<ReturnType<typeof readPanelRows>>;
