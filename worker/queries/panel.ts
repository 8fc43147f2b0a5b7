// Reading an enterprise's side-panel state: its version from a few indexed rows (the ETag, read before
// anything else), then everything the panel shows in one batch without a join per row, then the names.
import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { enterprise, evidence, framework, indicator, rectification, roundEnterprise } from '../db/schema';
import type { Actor } from '../policy/actor';
import { enterpriseCoverageQuery } from './assignments';
import { displayNamesQuery, lookup } from './people';
import { indicatorsQuery } from './rounds';
import { peopleInScores, visibleScoreQueries } from './scores';

/** Changes whenever the panel's JSON changes shape, so clients holding an older ETag load the new one. */
const PANEL_SHAPE = 1;

export type PanelKey = { roundId: number; enterpriseId: number };

/**
 * The panel's version for this reader: the round's version and state, the enterprise's state version in
 * every round it took part in (earlier rounds' rectification tasks show here too), the reader's
 * assignments in the round, the reader's role and the date (evidence expires by the day).
 */
export async function panelVersion(db: Database, { roundId, enterpriseId }: PanelKey, reader: { userId: number; role: string | null }, today: string) {
  const row = await db.get<{ round: string; states: string; assignments: string }>(sql`
    SELECT r.version || '.' || r.status AS round,
      (SELECT group_concat(re.round_id || '.' || re.state_version, ',') FROM round_enterprise re WHERE re.enterprise_id = ${enterpriseId}) AS states,
      (SELECT count(*) || '.' || coalesce(sum(a.version), 0) || '.' || coalesce(max(a.id), 0) FROM assignment a
        WHERE a.round_id = ${roundId} AND a.expert_id = ${reader.userId}) AS assignments
    FROM round r WHERE r.id = ${roundId}`);
  return `W/"panel-${PANEL_SHAPE}-${reader.userId}-${reader.role ?? 'none'}-${today}-${row.round}-${row.states}-${row.assignments}"`;
}

/** Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks for it). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string) {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** Tasks still waiting for an answer or a follow-up: earlier rounds' tasks in these states show in the panel. */
const UNRESOLVED = ['open', 'planned', 'submitted'] as const;

/** Every row the panel is built from, read in one batch; `expertId` adds the reader's assignment coverage. */
export async function readPanelRows(db: Database, viewer: Actor, key: PanelKey & { frameworkId: number; expertId: number | null }) {
  const { roundId, enterpriseId, frameworkId, expertId } = key;
  const [enrolment, settings, tree, items, scores, settlements, tasks, coverage] = await db.batch([
    db
      .select({ creditCode: enterprise.creditCode, signedOffBy: roundEnterprise.signedOffBy, signedOffAt: roundEnterprise.signedOffAt, signOffComment: roundEnterprise.signOffComment })
      .from(roundEnterprise)
      .innerJoin(enterprise, eq(enterprise.id, roundEnterprise.enterpriseId))
      .where(and(eq(roundEnterprise.roundId, roundId), eq(roundEnterprise.enterpriseId, enterpriseId))),
    db.select({ settings: framework.settings }).from(framework).where(eq(framework.id, frameworkId)),
    indicatorsQuery(db, frameworkId),
    db
      .select()
      .from(evidence)
      .where(and(eq(evidence.roundId, roundId), eq(evidence.enterpriseId, enterpriseId), isNull(evidence.deletedAt)))
      .orderBy(asc(evidence.indicatorId), asc(evidence.id)),
    ...visibleScoreQueries(db, viewer, roundId, enterpriseId),
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
  ]);
  const people = [...items.map((e) => e.capturedBy), ...peopleInScores([scores, settlements]), ...(enrolment[0]?.signedOffBy ? [enrolment[0].signedOffBy] : [])];
  const names = lookup(await displayNamesQuery(db, people), 'displayName');
  return {
    enrolment: enrolment[0]!,
    settings: settings[0]!.settings,
    tree,
    evidence: items,
    scores: [scores, settlements] as const,
    tasks,
    coverage: expertId === null ? [] : [{ indicatorIds: coverage.map((c) => c.indicatorId), enterpriseIds: [] }],
    names,
  };
}
export type PanelRows = Awaited<ReturnType<typeof readPanelRows>>;
