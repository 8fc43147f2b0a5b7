// The D1 schema, in one place. drizzle-kit generates the numbered migrations in worker/migrations from it.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { EvidenceValidity, FrameworkSettings, RubricLevel } from '../../shared/schemas/framework';
import type { EvidenceSelectors } from '../../shared/schemas/evidence';
import type { ReportItem } from '../../shared/schemas/report';
import type { SignOffConfirmation } from '../../shared/schemas/round';

/** A timestamp column set by SQLite at insert, as ISO-8601 with milliseconds (sortable as text). */
const insertedAt = (name: string) => text(name).notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

/** One version of an evaluation standard. Published versions are frozen; a change makes a new draft version. */
export const framework = sqliteTable(
  'framework',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'published'] }).notNull().default('draft'),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionZh: text('description_zh').notNull(),
    descriptionEn: text('description_en').notNull(),
    settings: text('settings', { mode: 'json' }).$type<FrameworkSettings>().notNull(),
    createdAt: insertedAt('created_at'),
    publishedAt: text('published_at'),
    /** Bumped by every edit of a draft, for optimistic concurrency (the `version` column is the standard's version). */
    revision: integer('revision').notNull().default(1),
    updatedAt: text('updated_at'),
  },
  (t) => [uniqueIndex('framework_code_version').on(t.code, t.version)],
);

/** A node of a framework's indicator tree: level 1 dimension, level 2 group, level 3 scored indicator. */
export const indicator = sqliteTable(
  'indicator',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    frameworkId: integer('framework_id').notNull().references(() => framework.id),
    parentId: integer('parent_id'),
    level: integer('level').notNull(),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    guidanceZh: text('guidance_zh'),
    guidanceEn: text('guidance_en'),
    kind: text('kind', { enum: ['mandatory', 'voluntary', 'special'] }),
    industries: text('industries', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    weight: real('weight').notNull(),
    maxScore: real('max_score'),
    rubric: text('rubric', { mode: 'json' }).$type<RubricLevel[]>(),
    keywordsZh: text('keywords_zh', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    keywordsEn: text('keywords_en', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    validity: text('validity', { mode: 'json' }).$type<EvidenceValidity>(),
  },
  (t) => [
    uniqueIndex('indicator_framework_code').on(t.frameworkId, t.code),
    index('indicator_framework_position').on(t.frameworkId, t.level, t.position),
  ],
);

/**
 * A street or town of the district (街道 / 镇, and the like-township areas): the registry enterprises and
 * coordinators are bound to. `position` is the official order every list follows; a retired street keeps its
 * records for history but takes no new enterprise.
 */
export const street = sqliteTable(
  'street',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The township code of GB/T 10114 (9 digits, e.g. 310114103); null for a record the admin has yet to match. */
    code: text('code'),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    position: integer('position').notNull(),
    retiredAt: text('retired_at'),
    createdAt: insertedAt('created_at'),
    updatedAt: text('updated_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('street_name').on(t.name), uniqueIndex('street_code').on(t.code)],
);

/** Other spellings of a street that imports and forms accept (安亭 → 安亭镇); `key` is the normalised form, unique across streets. */
export const streetAlias = sqliteTable(
  'street_alias',
  {
    key: text('key').primaryKey(),
    alias: text('alias').notNull(),
    streetId: integer('street_id').notNull().references(() => street.id),
  },
  (t) => [index('street_alias_street').on(t.streetId)],
);

/** A private enterprise under evaluation, identified by its unified social credit code. */
export const enterprise = sqliteTable(
  'enterprise',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    creditCode: text('credit_code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    industry: text('industry').notNull(),
    /** The official name of the enterprise's street, kept equal to `street.name` (a rename updates both in one batch). */
    street: text('street').notNull(),
    /** The street the enterprise lies in: what coordinators' scope and every street filter use. */
    streetId: integer('street_id').references(() => street.id),
    size: text('size', { enum: ['micro', 'small', 'medium', 'large', 'unknown'] }).notNull(),
    partyOrgType: text('party_org_type', { enum: ['independent', 'joint', 'none', 'unknown'] }).notNull(),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    /** The search form (shared/domain/search-text.ts) of the names and the credit code, written with them: what `?q=` searches. */
    searchKey: text('search_key').notNull().default(''),
    createdAt: insertedAt('created_at'),
    updatedAt: text('updated_at'),
    version: integer('version').notNull().default(1),
  },
  // By name: detection matches a registered name found on a page exactly.
  (t) => [
    uniqueIndex('enterprise_credit_code').on(t.creditCode),
    index('enterprise_street').on(t.street),
    index('enterprise_street_id').on(t.streetId),
    index('enterprise_name').on(t.name),
    // A search scans this index, not the table: a third of the bytes to read at 10,000 enterprises.
    index('enterprise_search').on(t.searchKey),
  ],
);

/** Registered website domains of an enterprise (normalised, without www.), used to detect it from a page. */
export const enterpriseDomain = sqliteTable(
  'enterprise_domain',
  {
    domain: text('domain').primaryKey(),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprise.id),
  },
  (t) => [index('enterprise_domain_enterprise').on(t.enterpriseId)],
);

/** An evaluation round on one pinned framework version. */
export const round = sqliteTable('round', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  year: integer('year').notNull(),
  frameworkId: integer('framework_id').notNull().references(() => framework.id),
  status: text('status', { enum: ['preparing', 'collecting', 'scoring', 'reviewing', 'published', 'closed'] })
    .notNull()
    .default('preparing'),
  createdAt: insertedAt('created_at'),
  statusChangedAt: text('status_changed_at'),
  version: integer('version').notNull().default(1),
});

/** Enrolment of an enterprise in a round, with its review status. */
export const roundEnterprise = sqliteTable(
  'round_enterprise',
  {
    roundId: integer('round_id').notNull().references(() => round.id),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprise.id),
    status: text('status', { enum: ['enrolled', 'signed_off'] }).notNull().default('enrolled'),
    signedOffBy: integer('signed_off_by'),
    signedOffAt: text('signed_off_at'),
    signOffComment: text('sign_off_comment'),
    /** A sign-off over open items (pending evidence, unreviewed contradicting evidence, low completeness): the counts the reviewer confirmed and why. */
    signOffConfirmation: text('sign_off_confirmation', { mode: 'json' }).$type<SignOffConfirmation>(),
    /**
     * Bumped in the same batch as every change to what the side panel shows of this enterprise in this round
     * (evidence, its review, scores, settlements, sign-off, rectification): the cheap half of the panel's ETag.
     */
    stateVersion: integer('state_version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.enterpriseId] }), index('round_enterprise_enterprise').on(t.enterpriseId)],
);

/** A person with a login. Admins are global; every other role is held per round (round_member). */
export const user = sqliteTable(
  'user',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    login: text('login').notNull(),
    displayName: text('display_name').notNull(),
    isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
    passwordHash: text('password_hash'),
    passwordSalt: text('password_salt'),
    passwordIterations: integer('password_iterations'),
    createdAt: insertedAt('created_at'),
    disabledAt: text('disabled_at'),
    /** The search form (shared/domain/search-text.ts) of the login and the display name, written with them: what `?q=` searches. */
    searchKey: text('search_key').notNull().default(''),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('user_login').on(t.login)],
);

/** A login session: only the SHA-256 of the bearer token is stored. */
export const session = sqliteTable(
  'session',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id').notNull().references(() => user.id),
    createdAt: insertedAt('created_at'),
    expiresAt: text('expires_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('session_user').on(t.userId)],
);

/**
 * A one-time code with which the extension hands its user's session to the web console (ADR-013): only the SHA-256
 * of the code is stored; it lives a minute and is claimed once.
 */
export const sessionHandoff = sqliteTable(
  'session_handoff',
  {
    codeHash: text('code_hash').primaryKey(),
    userId: integer('user_id').notNull().references(() => user.id),
    createdAt: insertedAt('created_at'),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
  },
  (t) => [index('session_handoff_user').on(t.userId)],
);

/** The one role a user holds in a round, with what it is bound to. */
export const roundMember = sqliteTable(
  'round_member',
  {
    roundId: integer('round_id').notNull().references(() => round.id),
    userId: integer('user_id').notNull().references(() => user.id),
    role: text('role', { enum: ['coordinator', 'expert', 'reviewer', 'enterprise'] }).notNull(),
    /** Coordinators: the official name of the street they coordinate, kept equal to `street.name`. */
    street: text('street'),
    /** Coordinators: the street they coordinate, which their scope checks use. */
    streetId: integer('street_id').references(() => street.id),
    /** Experts: the bureau they come from. */
    bureau: text('bureau'),
    /** Enterprise staff: their enterprise. */
    enterpriseId: integer('enterprise_id').references(() => enterprise.id),
    /** Changing a role names the version the admin saw, so two admins' edits do not silently overwrite. */
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId] }), index('round_member_user').on(t.userId)],
);

/** A piece of evidence clipped or attached to an indicator slot of an enterprise in a round. */
export const evidence = sqliteTable(
  'evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => round.id),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprise.id),
    indicatorId: integer('indicator_id').notNull().references(() => indicator.id),
    kind: text('kind', { enum: ['clip', 'link', 'report', 'record', 'statement'] }).notNull(),
    url: text('url'),
    normalizedUrl: text('normalized_url'),
    canonicalUrl: text('canonical_url'),
    title: text('title').notNull(),
    siteName: text('site_name'),
    lang: text('lang'),
    publishedOn: text('published_on'),
    quote: text('quote'),
    quoteSha256: text('quote_sha256'),
    selectors: text('selectors', { mode: 'json' }).$type<EvidenceSelectors>(),
    pageNumber: integer('page_number'),
    documentSha256: text('document_sha256'),
    screenshotKey: text('screenshot_key'),
    screenshotSha256: text('screenshot_sha256'),
    stance: text('stance', { enum: ['supports', 'contradicts', 'context'] }).notNull().default('supports'),
    note: text('note'),
    expiresOn: text('expires_on'),
    status: text('status', { enum: ['pending', 'accepted', 'rejected'] }).notNull().default('pending'),
    reviewComment: text('review_comment'),
    reviewedBy: integer('reviewed_by'),
    reviewedAt: text('reviewed_at'),
    capturedBy: integer('captured_by').notNull().references(() => user.id),
    capturedAt: text('captured_at').notNull(),
    receivedAt: insertedAt('received_at'),
    extensionVersion: text('extension_version'),
    idempotencyKey: text('idempotency_key').notNull(),
    anchorStatus: text('anchor_status', { enum: ['anchored', 'changed', 'orphan'] }),
    lastSeenAt: text('last_seen_at'),
    deletedAt: text('deleted_at'),
    version: integer('version').notNull().default(1),
    /** The latest move to another indicator (a misfiled clip): where it was before, who moved it and when. */
    movedFromIndicatorId: integer('moved_from_indicator_id'),
    movedBy: integer('moved_by'),
    movedAt: text('moved_at'),
  },
  (t) => [
    uniqueIndex('evidence_idempotency').on(t.capturedBy, t.idempotencyKey),
    index('evidence_slot').on(t.roundId, t.enterpriseId, t.indicatorId),
    // The reviewers' queue (queries/review-queue.ts): pending live evidence, contradicting first, then oldest.
    index('evidence_review_queue')
      .on(t.roundId, sql`(stance <> 'contradicts')`, t.id)
      .where(sql`status = 'pending' AND deleted_at IS NULL`),
    // The queue's facet counts: an index-only read of the round's pending evidence, grouped, instead of a table
    // lookup per pending item (40,000 at 10,000 enterprises). status and deleted_at are columns too: SQLite
    // takes a partial index as covering only when it holds every column the query names.
    index('evidence_pending_facets')
      .on(t.roundId, t.enterpriseId, t.indicatorId, t.capturedBy, t.stance, t.status, t.deletedAt)
      .where(sql`status = 'pending' AND deleted_at IS NULL`),
    // A reviewer's recent reject reasons.
    index('evidence_rejected_by').on(t.reviewedBy, t.reviewedAt).where(sql`status = 'rejected'`),
    // An author's clips that were rejected or moved (the expert's queue).
    index('evidence_author_notices')
      .on(t.capturedBy, t.roundId, t.id)
      .where(sql`deleted_at IS NULL AND (status = 'rejected' OR moved_at IS NOT NULL)`),
  ],
);

/** Where a person left off in a queue of a round (the reviewers' evidence queue): it follows them across browsers. */
export const queuePosition = sqliteTable(
  'queue_position',
  {
    roundId: integer('round_id').notNull().references(() => round.id),
    userId: integer('user_id').notNull().references(() => user.id),
    queue: text('queue', { enum: ['evidence'] }).notNull(),
    /** The item they were on, and the filters they worked under. */
    evidenceId: integer('evidence_id').notNull(),
    filters: text('filters', { mode: 'json' }).$type<Record<string, string | number>>().notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId, t.queue] })],
);

/** Who did what to which resource, with the state before and after. Written with every mutation. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: insertedAt('at'),
    userId: integer('user_id'),
    role: text('role'),
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id'),
    roundId: integer('round_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
  },
  (t) => [
    index('audit_log_resource').on(t.resourceType, t.resourceId),
    index('audit_log_user').on(t.userId),
    index('audit_log_round').on(t.roundId),
  ],
);

/** A one-time code that lets a user set their password (first sign-in or reset); only its SHA-256 is kept. */
export const invite = sqliteTable(
  'invite',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').notNull().references(() => user.id),
    codeHash: text('code_hash').notNull(),
    purpose: text('purpose', { enum: ['activate', 'reset'] }).notNull(),
    /** Null when made by `npm run create-admin`, outside any session. */
    createdBy: integer('created_by'),
    createdAt: insertedAt('created_at'),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
  },
  (t) => [uniqueIndex('invite_code_hash').on(t.codeHash), index('invite_user').on(t.userId)],
);

/** Failed sign-ins per account ('account:<login>') and per client ('client:<ip>'), for throttling. */
export const loginThrottle = sqliteTable(
  'login_throttle',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull(),
    lastFailureAt: text('last_failure_at').notNull(),
    lockedUntil: text('locked_until'),
    /** The lock (its locked_until) whose first refused attempt is in the audit trail: one row per lock, not per attempt. */
    refusalAuditedUntil: text('refusal_audited_until'),
  },
  (t) => [index('login_throttle_last_failure').on(t.lastFailureAt)],
);

/** An expert's assignment in a round: what they score (scope rows) and, optionally, for which enterprises only. */
export const assignment = sqliteTable(
  'assignment',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => round.id),
    expertId: integer('expert_id').notNull().references(() => user.id),
    createdAt: insertedAt('created_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('assignment_round_expert').on(t.roundId, t.expertId)],
);

/** A node of the indicator tree an assignment covers: a dimension, a group or one indicator (and all below it). */
export const assignmentScope = sqliteTable(
  'assignment_scope',
  {
    assignmentId: integer('assignment_id').notNull().references(() => assignment.id),
    indicatorId: integer('indicator_id').notNull().references(() => indicator.id),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.indicatorId] }), index('assignment_scope_indicator').on(t.indicatorId)],
);

/** The enterprise subset of an assignment; an assignment without rows here covers every enrolled enterprise. */
export const assignmentEnterprise = sqliteTable(
  'assignment_enterprise',
  {
    assignmentId: integer('assignment_id').notNull().references(() => assignment.id),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprise.id),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.enterpriseId] })],
);

/** One expert's score of one indicator of one enterprise in a round. */
export const score = sqliteTable(
  'score',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => round.id),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprise.id),
    indicatorId: integer('indicator_id').notNull().references(() => indicator.id),
    expertId: integer('expert_id').notNull().references(() => user.id),
    value: real('value').notNull(),
    /** Index into the indicator's rubric levels, derived from the value. */
    rubricLevel: integer('rubric_level').notNull(),
    rationale: text('rationale').notNull(),
    evidenceIds: text('evidence_ids', { mode: 'json' }).$type<number[]>().notNull().default(sql`'[]'`),
    createdAt: insertedAt('created_at'),
    updatedAt: text('updated_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('score_slot_expert').on(t.roundId, t.enterpriseId, t.indicatorId, t.expertId),
    // Lets the round's aggregation read each slot's scores already sorted by value.
    index('score_slot_value').on(t.roundId, t.enterpriseId, t.indicatorId, t.value),
    index('score_expert').on(t.expertId),
  ],
);

/** A reviewer's final value for an indicator the experts disagree on; their own scores stay as they were. */
export const scoreSettlement = sqliteTable(
  'score_settlement',
  {
    roundId: integer('round_id').notNull().references(() => round.id),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprise.id),
    indicatorId: integer('indicator_id').notNull().references(() => indicator.id),
    value: real('value').notNull(),
    reason: text('reason').notNull(),
    settledBy: integer('settled_by').notNull().references(() => user.id),
    settledAt: text('settled_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.enterpriseId, t.indicatorId] })],
);

/**
 * A generation of a round's derived rows (results_state says which one readers see): the migration that
 * introduced generations kept the rows computed before it as generation 1.
 */
const generationColumn = () => integer('generation').notNull().default(1);

/** Unranked enterprises (no grade yet) sort after every rank. */
export const UNRANKED = 2 ** 31;
/**
 * An overall rank as the ranking orders it, unranked last. The index result_enterprise_ranking is on this very
 * expression, so a query must order by it as written here (a literal, no bound parameter) to walk the index.
 * CASE, not coalesce(): drizzle-kit splits an index expression at its commas.
 */
export const rankOrder = (rank: AnySQLiteColumn) => sql<number>`(CASE WHEN ${rank} IS NULL THEN ${sql.raw(String(UNRANKED))} ELSE ${rank} END)`;

/** Derived: each indicator of each enrolled enterprise, with its consensus and flags. */
export const resultIndicator = sqliteTable(
  'result_indicator',
  {
    roundId: integer('round_id').notNull(),
    generation: generationColumn(),
    enterpriseId: integer('enterprise_id').notNull(),
    indicatorId: integer('indicator_id').notNull(),
    applicable: integer('applicable', { mode: 'boolean' }).notNull(),
    expertCount: integer('expert_count').notNull(),
    minValue: real('min_value'),
    maxValue: real('max_value'),
    /** The experts' consensus by the framework's method, before any settlement. */
    computedConsensus: real('computed_consensus'),
    settled: integer('settled', { mode: 'boolean' }).notNull(),
    /** What counts: the settlement if there is one, else the computed consensus; null when unscored or not applicable. */
    consensus: real('consensus'),
    disagreement: integer('disagreement', { mode: 'boolean' }).notNull(),
    failedMandatory: integer('failed_mandatory', { mode: 'boolean' }).notNull(),
    belowRectification: integer('below_rectification', { mode: 'boolean' }).notNull(),
    /** Accepted, live, unexpired evidence items. */
    evidenceCount: integer('evidence_count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.generation, t.enterpriseId, t.indicatorId] }),
    // The reviewers' disagreement queue reads only the open ones (a few per cent of the slots).
    index('result_indicator_unsettled')
      .on(t.roundId, t.generation, t.enterpriseId, t.indicatorId)
      .where(sql`applicable AND disagreement AND NOT settled`),
  ],
);

/** Derived: second-level group and dimension scores (on 100) of each enterprise. */
export const resultNode = sqliteTable(
  'result_node',
  {
    roundId: integer('round_id').notNull(),
    generation: generationColumn(),
    enterpriseId: integer('enterprise_id').notNull(),
    indicatorId: integer('indicator_id').notNull(),
    level: integer('level').notNull(),
    score: real('score').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.generation, t.enterpriseId, t.indicatorId] })],
);

/** Derived: each enrolled enterprise's total, grade, veto, ranks and completeness in a round. */
export const resultEnterprise = sqliteTable(
  'result_enterprise',
  {
    roundId: integer('round_id').notNull(),
    generation: generationColumn(),
    enterpriseId: integer('enterprise_id').notNull(),
    weightedTotal: real('weighted_total'),
    adjustmentTotal: real('adjustment_total').notNull(),
    total: real('total'),
    bandGrade: text('band_grade'),
    grade: text('grade'),
    /** Position of `grade` in the framework's bands (0 = best); ranks order by it first. */
    gradeIndex: integer('grade_index'),
    vetoCodes: text('veto_codes', { mode: 'json' }).$type<string[]>().notNull(),
    applicableCount: integer('applicable_count').notNull(),
    scoredCount: integer('scored_count').notNull(),
    evidencedCount: integer('evidenced_count').notNull(),
    completeness: real('completeness'),
    scoredShare: real('scored_share'),
    provisional: integer('provisional', { mode: 'boolean' }).notNull(),
    disagreementCount: integer('disagreement_count').notNull(),
    unsettledCount: integer('unsettled_count').notNull(),
    rankOverall: integer('rank_overall'),
    rankStreet: integer('rank_street'),
    rankIndustry: integer('rank_industry'),
    /**
     * The row's place in the listings within streets (streets in the registry's order, then rank_street) and within
     * industries, numbered with the ranks: those listings walk an index as the overall one does.
     */
    streetOrder: integer('street_order'),
    industryOrder: integer('industry_order'),
    computedAt: text('computed_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.generation, t.enterpriseId] }),
    // The ranking's order: its first page walks 51 entries of this index instead of sorting the round.
    index('result_enterprise_ranking').on(t.roundId, t.generation, rankOrder(t.rankOverall), t.enterpriseId),
    index('result_enterprise_street_order').on(t.roundId, t.generation, rankOrder(t.streetOrder), t.enterpriseId),
    index('result_enterprise_industry_order').on(t.roundId, t.generation, rankOrder(t.industryOrder), t.enterpriseId),
  ],
);

/**
 * Derived, kept current in place (counters are not results: they are never frozen and never mixed across
 * generations): an enrolled enterprise's progress beyond its results, for coordinators and the district.
 */
export const progressEnterprise = sqliteTable(
  'progress_enterprise',
  {
    roundId: integer('round_id').notNull(),
    enterpriseId: integer('enterprise_id').notNull(),
    /** The enterprise's registry street when counted: the key of the street rollups (worker/queries/progress-sql.ts). */
    streetId: integer('street_id'),
    /** Live evidence items (not withdrawn), and those a reviewer accepted. */
    evidenceItems: integer('evidence_items').notNull(),
    acceptedItems: integer('accepted_items').notNull(),
    /** Experts' scores given (one per expert and indicator). */
    scoreCount: integer('score_count').notNull(),
    signedOff: integer('signed_off', { mode: 'boolean' }).notNull(),
    /** Documentation requests waiting for the enterprise (open or reopened), and those of them past due. */
    requestsWaiting: integer('requests_waiting').notNull(),
    requestsOverdue: integer('requests_overdue').notNull(),
    /** Reporting periods of the round past due without a submitted report. */
    reportsOverdue: integer('reports_overdue').notNull(),
    /** The day the overdue counts were taken on. */
    countedOn: text('counted_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.enterpriseId] }), index('progress_enterprise_street').on(t.roundId, t.streetId)],
);

/** Derived, kept current in place: one expert's work on one enterprise (assigned and scored slots, evidence, open disagreements). */
export const progressExpert = sqliteTable(
  'progress_expert',
  {
    roundId: integer('round_id').notNull(),
    enterpriseId: integer('enterprise_id').notNull(),
    expertId: integer('expert_id').notNull(),
    streetId: integer('street_id'),
    assigned: integer('assigned').notNull(),
    scored: integer('scored').notNull(),
    evidence: integer('evidence').notNull(),
    open: integer('open').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.enterpriseId, t.expertId] })],
);

/**
 * Where a round's derived state stands (worker/results/): the live generation readers see and the one a
 * rebuild is building, the rebuild's progress, and sequence numbers that say which changes the ranks,
 * rollups and agreement have taken in. One row per round, created with the round.
 */
export const resultsState = sqliteTable('results_state', {
  roundId: integer('round_id').primaryKey().references(() => round.id),
  /** 0 until a first rebuild switched one in. */
  liveGeneration: integer('live_generation').notNull().default(0),
  liveFrameworkId: integer('live_framework_id'),
  /** The day (YYYY-MM-DD) the live generation was computed for: evidence expires and requests fall overdue by the day. */
  liveDay: text('live_day'),
  buildingGeneration: integer('building_generation'),
  buildingFrameworkId: integer('building_framework_id'),
  rebuildStatus: text('rebuild_status', { enum: ['idle', 'queued', 'running', 'failed'] }).notNull().default('idle'),
  rebuildReason: text('rebuild_reason'),
  /** Requests counted; a rebuild serves every request made before it started. */
  rebuildRequested: integer('rebuild_requested').notNull().default(0),
  rebuildServing: integer('rebuild_serving').notNull().default(0),
  /** The last enterprise id the building generation holds, and how far along it is. */
  rebuildCursor: integer('rebuild_cursor').notNull().default(0),
  rebuildDone: integer('rebuild_done').notNull().default(0),
  rebuildTotal: integer('rebuild_total').notNull().default(0),
  rebuildRequestedAt: text('rebuild_requested_at'),
  rebuildStartedAt: text('rebuild_started_at'),
  /** The last step's time: a rebuild without a step for a while is sent again. */
  rebuildStepAt: text('rebuild_step_at'),
  rebuildFinishedAt: text('rebuild_finished_at'),
  rebuildError: text('rebuild_error'),
  rebuildFailures: integer('rebuild_failures').notNull().default(0),
  /**
   * Set inside a writer's batch by the statement after its audit row when that row was written, and cleared by
   * the batch's last statement: the derived statements in between run only for a change that went through.
   */
  changePending: integer('change_pending', { mode: 'boolean' }).notNull().default(false),
  /** Moves on with every change the results take in; `changedAt` is the latest. */
  changeSeq: integer('change_seq').notNull().default(0),
  changedAt: text('changed_at'),
  /** Moves on with every score change (agreement's only input). */
  scoresSeq: integer('scores_seq').notNull().default(0),
  /** The change_seq the ranks were computed at, and when. */
  ranksSeq: integer('ranks_seq').notNull().default(0),
  ranksAt: text('ranks_at'),
  /** A job is on the queue (set by whoever sent it, cleared by the job): later changes need not send another. */
  figuresQueuedAt: text('figures_queued_at'),
  agreementQueuedAt: text('agreement_queued_at'),
  pruneQueuedAt: text('prune_queued_at'),
});

/** Derived: a round's whole-round figures (statistics, progress rollups, agreement) as JSON, with the sequence number they took in. */
export const derivedSummary = sqliteTable(
  'derived_summary',
  {
    roundId: integer('round_id').notNull().references(() => round.id),
    kind: text('kind', { enum: ['statistics', 'progress', 'agreement'] }).notNull(),
    seq: integer('seq').notNull(),
    computedAt: text('computed_at').notNull(),
    body: text('body', { mode: 'json' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.kind] })],
);

/** A task an enterprise must answer after publication: a failed mandatory indicator or one scored below the line. */
export const rectification = sqliteTable(
  'rectification',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => round.id),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprise.id),
    indicatorId: integer('indicator_id').notNull().references(() => indicator.id),
    reason: text('reason', { enum: ['veto', 'below_threshold'] }).notNull(),
    requiredAction: text('required_action').notNull(),
    dueOn: text('due_on').notNull(),
    status: text('status', { enum: ['open', 'planned', 'submitted', 'verified', 'closed', 'waived'] }).notNull().default('open'),
    plan: text('plan'),
    evidenceIds: text('evidence_ids', { mode: 'json' }).$type<number[]>().notNull().default(sql`'[]'`),
    evidenceLinks: text('evidence_links', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    followUp: text('follow_up'),
    createdAt: insertedAt('created_at'),
    updatedAt: text('updated_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('rectification_slot').on(t.roundId, t.enterpriseId, t.indicatorId), index('rectification_enterprise').on(t.enterpriseId)],
);

/** An honour the admin gives an enterprise from a round's results ("优秀单位", "示范点位"), shown wherever the results are. */
export const commendation = sqliteTable(
  'commendation',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => round.id),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprise.id),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    createdBy: integer('created_by').notNull().references(() => user.id),
    createdAt: insertedAt('created_at'),
  },
  (t) => [uniqueIndex('commendation_title').on(t.roundId, t.enterpriseId, t.titleZh), index('commendation_enterprise').on(t.enterpriseId)],
);

/** A reporting period of a round's enrolled enterprises between evaluations (e.g. 2026-H1): when reports open and are due. */
export const reportSchedule = sqliteTable(
  'report_schedule',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => round.id),
    period: text('period').notNull(),
    opensOn: text('opens_on').notNull(),
    dueOn: text('due_on').notNull(),
    createdBy: integer('created_by').notNull().references(() => user.id),
    createdAt: insertedAt('created_at'),
  },
  (t) => [uniqueIndex('report_schedule_period').on(t.roundId, t.period)],
);

/** An enterprise's regular report for one schedule: per-dimension items, a draft until its staff submit it. */
export const enterpriseReport = sqliteTable(
  'enterprise_report',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    scheduleId: integer('schedule_id').notNull().references(() => reportSchedule.id),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprise.id),
    /** Numbered from 1 in the order written; frozen once submitted, so an item number names one item for good. */
    items: text('items', { mode: 'json' }).$type<ReportItem[]>().notNull(),
    status: text('status', { enum: ['draft', 'submitted'] }).notNull().default('draft'),
    submittedAt: text('submitted_at'),
    submittedBy: integer('submitted_by').references(() => user.id),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('enterprise_report_schedule').on(t.scheduleId, t.enterpriseId), index('enterprise_report_enterprise').on(t.enterpriseId)],
);

/** A report item taken into a round as evidence on one indicator: one evidence record per item and slot. */
export const reportAdoption = sqliteTable(
  'report_adoption',
  {
    reportId: integer('report_id').notNull().references(() => enterpriseReport.id),
    item: integer('item').notNull(),
    roundId: integer('round_id').notNull().references(() => round.id),
    indicatorId: integer('indicator_id').notNull().references(() => indicator.id),
    evidenceId: integer('evidence_id').notNull().references(() => evidence.id),
    adoptedBy: integer('adopted_by').notNull().references(() => user.id),
    adoptedAt: insertedAt('adopted_at'),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.item, t.roundId, t.indicatorId] })],
);

/** A reminder a coordinator (or the admin) gave an enterprise about a report it owes; recorded, not sent. */
export const reportReminder = sqliteTable(
  'report_reminder',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    scheduleId: integer('schedule_id').notNull().references(() => reportSchedule.id),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprise.id),
    remindedBy: integer('reminded_by').notNull().references(() => user.id),
    remindedAt: insertedAt('reminded_at'),
    note: text('note'),
  },
  (t) => [index('report_reminder_schedule').on(t.scheduleId, t.enterpriseId)],
);

/** A good-practice case made from an enterprise's accepted evidence and published results; public only with its consent. */
export const practiceCase = sqliteTable(
  'practice_case',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => round.id),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprise.id),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en'),
    summaryZh: text('summary_zh').notNull(),
    summaryEn: text('summary_en'),
    /** The search form (shared/domain/search-text.ts) of the titles and summaries, written with them: what `?q=` searches. */
    searchKey: text('search_key').notNull().default(''),
    /** The indicators it illustrates, with their codes and dimensions' codes kept for search (a published framework never changes). */
    indicatorIds: text('indicator_ids', { mode: 'json' }).$type<number[]>().notNull(),
    indicatorCodes: text('indicator_codes', { mode: 'json' }).$type<string[]>().notNull(),
    dimensionCodes: text('dimension_codes', { mode: 'json' }).$type<string[]>().notNull(),
    /** Accepted evidence of the enterprise in the round: the case's sources. */
    evidenceIds: text('evidence_ids', { mode: 'json' }).$type<number[]>().notNull(),
    consentMethod: text('consent_method', { enum: ['enterprise', 'offline'] }),
    consentBy: integer('consent_by').references(() => user.id),
    consentAt: text('consent_at'),
    consentNote: text('consent_note'),
    publishedAt: text('published_at'),
    publishedBy: integer('published_by').references(() => user.id),
    createdBy: integer('created_by').notNull().references(() => user.id),
    createdAt: insertedAt('created_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('practice_case_round').on(t.roundId, t.enterpriseId), index('practice_case_published').on(t.publishedAt)],
);

/** The latest check by the freshness job of an accepted web evidence item: is its quote still on the source? */
export const evidenceFreshness = sqliteTable(
  'evidence_freshness',
  {
    evidenceId: integer('evidence_id').primaryKey().references(() => evidence.id),
    status: text('status', { enum: ['stands', 'changed', 'gone', 'unchecked'] }).notNull(),
    /** Why it could not be checked (unchecked only): timeout, http_404, not_html, refused_host, … */
    reason: text('reason'),
    /** What the source now says where the quote was (changed only). */
    nearestText: text('nearest_text'),
    checkedAt: text('checked_at').notNull(),
    /** When the status last became what it is, and what it was before. */
    changedAt: text('changed_at').notNull(),
    previousStatus: text('previous_status', { enum: ['stands', 'changed', 'gone', 'unchecked'] }),
    runId: integer('run_id').notNull(),
  },
  (t) => [index('evidence_freshness_status').on(t.status)],
);

/**
 * "Source not reachable": enterprise staff or a street's coordinator telling the reviewers they could not open an
 * evaluator's evidence's source. The evidence's own recorded state (anchor status, review) stays as it was.
 */
export const evidenceSourceFlag = sqliteTable(
  'evidence_source_flag',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    evidenceId: integer('evidence_id').notNull().references(() => evidence.id),
    roundId: integer('round_id').notNull().references(() => round.id),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprise.id),
    flaggedBy: integer('flagged_by').notNull().references(() => user.id),
    role: text('role', { enum: ['enterprise', 'coordinator'] }).notNull(),
    note: text('note'),
    flaggedAt: insertedAt('flagged_at'),
  },
  // One flag per person and evidence: flagging again is the same flag.
  (t) => [uniqueIndex('evidence_source_flag_once').on(t.evidenceId, t.flaggedBy), index('evidence_source_flag_round').on(t.roundId, t.enterpriseId)],
);

/** When the freshness job last fetched from a host: it keeps its distance from every site, across runs too. */
export const freshnessHost = sqliteTable('freshness_host', {
  host: text('host').primaryKey(),
  lastFetchAt: text('last_fetch_at').notNull(),
});

/** One run of the freshness job (the cron trigger or an admin by hand) and what it found. */
export const freshnessRun = sqliteTable('freshness_run', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  trigger: text('trigger', { enum: ['cron', 'manual'] }).notNull(),
  triggeredBy: integer('triggered_by').references(() => user.id),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
  pages: integer('pages').notNull().default(0),
  checked: integer('checked').notNull().default(0),
  stands: integer('stands').notNull().default(0),
  changed: integer('changed').notNull().default(0),
  gone: integer('gone').notNull().default(0),
  unchecked: integer('unchecked').notNull().default(0),
  /** Items due for a check that this run left to the next (its bound, or a site's spacing beyond its time budget). */
  deferred: integer('deferred').notNull().default(0),
});

/**
 * A bonus or deduction item of the framework (settings.adjustments: an award, an exposed violation) claimed for an
 * enterprise in a round, with the evidence behind it. Experts and reviewers propose; it counts in the results
 * once a reviewer other than the proposer confirmed it.
 */
export const adjustment = sqliteTable(
  'adjustment',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => round.id),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprise.id),
    /** The item's code in the round's framework. */
    code: text('code').notNull(),
    occurrences: integer('occurrences').notNull().default(1),
    evidenceIds: text('evidence_ids', { mode: 'json' }).$type<number[]>().notNull().default(sql`'[]'`),
    note: text('note'),
    status: text('status', { enum: ['proposed', 'confirmed', 'rejected'] }).notNull().default('proposed'),
    proposedBy: integer('proposed_by').notNull().references(() => user.id),
    proposedAt: insertedAt('proposed_at'),
    decidedBy: integer('decided_by'),
    decidedAt: text('decided_at'),
    decisionComment: text('decision_comment'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('adjustment_enterprise').on(t.roundId, t.enterpriseId)],
);

/**
 * A request to an enterprise for specific evidence on an indicator, with a due date: open → answered (links
 * and/or a statement) → accepted, or reopened and answered again.
 */
export const documentationRequest = sqliteTable(
  'documentation_request',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => round.id),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprise.id),
    indicatorId: integer('indicator_id').notNull().references(() => indicator.id),
    question: text('question').notNull(),
    dueOn: text('due_on').notNull(),
    status: text('status', { enum: ['open', 'answered', 'accepted', 'reopened'] }).notNull().default('open'),
    askedBy: integer('asked_by').notNull().references(() => user.id),
    askedAt: insertedAt('asked_at'),
    answerStatement: text('answer_statement'),
    /** The evidence the answer attached (links and the statement, saved as evidence of the indicator). */
    answerEvidenceIds: text('answer_evidence_ids', { mode: 'json' }).$type<number[]>().notNull().default(sql`'[]'`),
    answeredBy: integer('answered_by'),
    answeredAt: text('answered_at'),
    decidedBy: integer('decided_by'),
    decidedAt: text('decided_at'),
    decisionComment: text('decision_comment'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('documentation_request_enterprise').on(t.roundId, t.enterpriseId), index('documentation_request_due').on(t.roundId, t.status, t.dueOn)],
);

/**
 * A report the evidence finder reads: a source URL of an enterprise's evidence in a round (a report link, an
 * attached page, a page clipped from), with where fetching and indexing it stands. Worker-written only.
 */
export const finderReport = sqliteTable(
  'finder_report',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => round.id),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprise.id),
    url: text('url').notNull(),
    normalizedUrl: text('normalized_url').notNull(),
    status: text('status', { enum: ['queued', 'fetched', 'indexed', 'failed'] }).notNull().default('queued'),
    /** Why it failed (failed only), as a code: http_404, too_large, not_pdf, encrypted_pdf, no_text_layer, … */
    reason: text('reason'),
    /** The failure for people, with the limit that refused it where one did. */
    message: text('message'),
    format: text('format', { enum: ['html', 'pdf'] }),
    title: text('title'),
    /** SHA-256 of the bytes last fetched: a PDF's identity in evidence, and what tells a changed report. */
    sha256: text('sha256'),
    pageCount: integer('page_count'),
    passageCount: integer('passage_count'),
    /** Size of the stored index (UTF-8 bytes). */
    indexBytes: integer('index_bytes'),
    /** Bumped by every request to (re)read it; a job names the generation it was sent for. */
    generation: integer('generation').notNull().default(1),
    attempts: integer('attempts').notNull().default(0),
    queuedAt: text('queued_at').notNull(),
    fetchedAt: text('fetched_at'),
    indexedAt: text('indexed_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('finder_report_source').on(t.roundId, t.enterpriseId, t.normalizedUrl), index('finder_report_round_status').on(t.roundId, t.status)],
);

/** A report's passages and inverted index (shared/finder/stored-index.ts) as JSON text, in parts under D1's row size. */
export const finderIndexPart = sqliteTable(
  'finder_index_part',
  {
    reportId: integer('report_id').notNull().references(() => finderReport.id),
    part: integer('part').notNull(),
    body: text('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.part] })],
);

/** An expert's decision on a suggested passage for an indicator: confirmed into evidence, or dismissed. */
export const finderDecision = sqliteTable(
  'finder_decision',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => round.id),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprise.id),
    indicatorId: integer('indicator_id').notNull().references(() => indicator.id),
    reportId: integer('report_id').notNull().references(() => finderReport.id),
    /** The passage's key (a hash of its words): the same words keep their decision when the report is re-indexed. */
    passageKey: text('passage_key').notNull(),
    decision: text('decision', { enum: ['confirmed', 'dismissed'] }).notNull(),
    /** The evidence a confirmation created. */
    evidenceId: integer('evidence_id').references(() => evidence.id),
    decidedBy: integer('decided_by').notNull().references(() => user.id),
    decidedAt: insertedAt('decided_at'),
  },
  (t) => [
    uniqueIndex('finder_decision_passage').on(t.roundId, t.enterpriseId, t.indicatorId, t.reportId, t.passageKey),
    index('finder_decision_learning').on(t.roundId, t.indicatorId, t.decision),
  ],
);

/** Derived: the terms an indicator's query gained from the passages confirmed for it in the round. */
export const finderLearned = sqliteTable(
  'finder_learned',
  {
    roundId: integer('round_id').notNull().references(() => round.id),
    indicatorId: integer('indicator_id').notNull().references(() => indicator.id),
    examples: integer('examples').notNull(),
    /** [term, share of examples holding it] */
    terms: text('terms', { mode: 'json' }).$type<[string, number][]>().notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.indicatorId] })],
);

/** Derived: per enterprise of a round, suggestions still to review and the indicators they are for (console, queue). */
export const finderSummary = sqliteTable(
  'finder_summary',
  {
    roundId: integer('round_id').notNull().references(() => round.id),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprise.id),
    unreviewed: integer('unreviewed').notNull(),
    /** Indicator ids with at least one suggestion nobody has decided on yet. */
    indicatorIds: text('indicator_ids', { mode: 'json' }).$type<number[]>().notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.enterpriseId] })],
);
