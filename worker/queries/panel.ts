// Reading an enterprise's side-panel state (ADR 007): the round, the enrolment and the state's version in one
// statement (all a poll needs to be answered 304), and everything the panel shows in statements that join
// nothing per row (D1 counts each joined row as read), names included. A first load reads both in one batch;
// a poll whose version changed reads the rest in a second.
import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { EvidenceFreshness } from '../../shared/schemas/freshness';
import type { Database } from '../db/client';
import { enterprise, evidence, evidenceFreshness, framework, indicator, rectification, round, roundEnterprise, roundMember, user } from '../db/schema';
import type { Actor } from '../policy/actor';
import { enterpriseAdjustmentsQuery } from './adjustments';
import { enterpriseCoverageQuery } from './assignments';
import { enterpriseRequestsQuery } from './documentation-requests';
import { lookup } from './people';
import { pinnedFramework } from './pinned-framework';
import { notEnrolled, roundColumns, roundNotFound, toRound } from './rounds';
import { visibleScoreQueries } from './scores';

/** Changes whenever the panel's JSON changes shape, so clients holding an older ETag load the new one. */
const PANEL_SHAPE = 3;

/**
 * The round, the enterprise with its enrolment, and what the panel's version is made of: the round's
 * version and state, the enterprise's state version in every round it took part in (earlier rounds'
 * rectification tasks show too), and the reader's assignments in the round.
 */
export const panelSubjectQuery = (db: Database, roundId: number, enterpriseId: number, readerId: number) =>
  db
    .select({
      // Names of their own where columns share one: D1 returns a batch's rows keyed by column name.
      ...roundColumns,
      frameworkId: sql<number>`${framework.id}`.as('subject_framework_id'),
      frameworkVersion: sql<number>`${framework.version}`.as('subject_framework_version'),
      enterpriseId: sql<number | null>`${enterprise.id}`.as('subject_enterprise_id'),
      name: enterprise.name,
      creditCode: enterprise.creditCode,
      street: enterprise.street,
      streetId: enterprise.streetId,
      industry: enterprise.industry,
      enrolment: sql<'enrolled' | 'signed_off' | null>`${roundEnterprise.status}`.as('subject_enrolment'),
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
    .where(eq(round.id, roundId));

/** The subject from its statement's rows; 404 like findRound and findEnrolledEnterprise. */
export function toPanelSubject(rows: Awaited<ReturnType<typeof panelSubjectQuery>>, roundId: number, enterpriseId: number) {
  const row = rows[0];
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
export type PanelSubject = ReturnType<typeof toPanelSubject>;

/**
 * The round and the enterprise enrolled in it, in one round trip (the subject's statement, for no reader: no user has
 * id 0); 404 like findRound and findEnrolledEnterprise, which take two.
 */
export const findEnrolment = async (db: Database, roundId: number, enterpriseId: number) => toPanelSubject(await panelSubjectQuery(db, roundId, enterpriseId, 0), roundId, enterpriseId);

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

export type PanelTarget = {
  roundId: number;
  enterpriseId: number;
  /** The round's status when read already; null when the round is read in the same batch (blind scoring then decides in SQL). */
  status: string | null;
  /** The reader, when an expert in the round: their assignment coverage is read too. */
  expertId: number | null;
};

/**
 * The statements, for one batch, of every row the panel is built from. Names come from the people the
 * enterprise's progress counters know (queries/progress-sql.ts: whoever captured its evidence or scored
 * it), the settlements and the sign-off, so no evidence or score row is read twice.
 */
export function panelRowQueries(db: Database, viewer: Actor, target: PanelTarget) {
  const { roundId, enterpriseId } = target;
  return [
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
    ...visibleScoreQueries(db, viewer, { id: roundId, status: target.status }, enterpriseId),
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
    enterpriseCoverageQuery(db, roundId, target.expertId ?? 0, enterpriseId),
    enterpriseRequestsQuery(db, roundId, enterpriseId),
    enterpriseAdjustmentsQuery(db, roundId, enterpriseId),
    db
      .select({ id: user.id, displayName: user.displayName })
      .from(user)
      .where(sql`${user.id} IN (SELECT expert_id FROM progress_expert WHERE round_id = ${roundId} AND enterprise_id = ${enterpriseId}
        UNION SELECT settled_by FROM score_settlement WHERE round_id = ${roundId} AND enterprise_id = ${enterpriseId}
        UNION SELECT signed_off_by FROM round_enterprise WHERE round_id = ${roundId} AND enterprise_id = ${enterpriseId})`),
    // The enterprise's staff in the round: capturers among them are named to it whatever the framework says.
    db
      .select({ id: roundMember.userId })
      .from(roundMember)
      .where(and(eq(roundMember.roundId, roundId), eq(roundMember.role, 'enterprise'), eq(roundMember.enterpriseId, enterpriseId))),
  ] as const;
}

/** The panel's rows from the results of its statements (in panelRowQueries' order) and the round's framework. */
export async function toPanelRows(db: Database, frameworkId: number, expertId: number | null, results: readonly unknown[]) {
  const [rows, scores, settlements, tasks, coverage, requests, adjustments, names, staff] = results as unknown as [
    { item: typeof evidence.$inferSelect; freshness: (Omit<EvidenceFreshness, 'status'> & { status: EvidenceFreshness['status'] | null }) | null }[],
    Awaited<ReturnType<typeof visibleScoreQueries>[0]>,
    Awaited<ReturnType<typeof visibleScoreQueries>[1]>,
    { row: typeof rectification.$inferSelect; code: string }[],
    { indicatorId: number }[],
    Awaited<ReturnType<typeof enterpriseRequestsQuery>>,
    Awaited<ReturnType<typeof enterpriseAdjustmentsQuery>>,
    { id: number; displayName: string }[],
    { id: number }[],
  ];
  const { tree, settings } = await pinnedFramework(db, frameworkId);
  return {
    tree,
    settings,
    evidence: rows.map((r) => r.item),
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
export type PanelRows = Awaited<ReturnType<typeof toPanelRows>>;
