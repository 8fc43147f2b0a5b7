// The reviewers' disagreement queue, and the explicit bulk settle: GET …/settlements/preview says exactly which
// items a selection (a slot list, or the queue's filters) settles at which value under a stated rule, with a
// token; POST …/settlements takes the token, the items and one reason, re-checks that nothing changed (409
// preview_stale with the items otherwise) and settles each item with its own audit row, in one batch.
import { Hono } from 'hono';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { previewCanonical, settleValue, unsettleable } from '../../shared/domain/bulk-settle';
import { rubricLevelFor } from '../../shared/domain/scoring/rubric';
import { IdParam } from '../../shared/schemas/common';
import { BulkSettleRequest, DisagreementQueueQuery, MAX_BULK_SETTLE, SettlePreviewQuery, type BulkSettleResult, type DisagreementItem, type SettlePreview, type StaleItem } from '../../shared/schemas/disagreements';
import { sha256Hex } from '../auth/crypto';
import { isStaleWrite, runBatch } from '../db/batch';
import { database, type Database } from '../db/client';
import { evidence } from '../db/schema';
import { queueIndicator, type FrameworkRowLike } from '../domain/framework-index';
import type { AppEnv } from '../env';
import { ApiError, invalidField } from '../errors';
import { allows, authorize } from '../policy/authorize';
import { blindExpert } from '../policy/scope';
import { abortUnlessScoresAsPreviewed, disagreementPage, disagreementSelection, liveSlots, type LiveSlot } from '../queries/disagreements';
import { displayNamesQuery, inList, lookup } from '../queries/people';
import { pinnedFramework } from '../queries/pinned-framework';
import { derivedChange } from '../queries/results-change';
import { findRound, type RoundRecord } from '../queries/rounds';
import { settlementStatements } from '../queries/settlements';
import { validate } from '../validate';

const RoundParam = z.object({ roundId: IdParam });

/** The queue's items: each slot read now, with the experts' names and the evidence their rationales cite. */
async function disagreementItems(db: Database, round: RoundRecord, tree: readonly FrameworkRowLike[], rows: { enterpriseId: number; indicatorId: number; computedConsensus: number | null; minValue: number | null; maxValue: number | null }[]): Promise<DisagreementItem[]> {
  const slots = await liveSlots(db, round.id, tree, rows);
  const cited = [...new Set(slots.flatMap((s) => s.scores.flatMap((score) => score.evidenceIds)))];
  const [names, evidenceRows] = await db.batch([
    displayNamesQuery(db, slots.flatMap((s) => s.scores.map((score) => score.expertId))),
    db
      .select({ id: evidence.id, kind: evidence.kind, title: evidence.title, url: evidence.url, quote: evidence.quote, pageNumber: evidence.pageNumber, stance: evidence.stance, status: evidence.status })
      .from(evidence)
      .where(and(sql`${evidence.id} IN ${inList(cited)}`, eq(evidence.roundId, round.id), isNull(evidence.deletedAt))),
  ]);
  const nameOf = lookup(names, 'displayName');
  const evidenceById = new Map(evidenceRows.map((e) => [e.id, e]));
  return slots.flatMap((slot, i) => {
    if (!slot.enterprise || !slot.leaf) return [];
    const levels = slot.scores.map((s) => s.rubricLevel);
    return [
      {
        enterprise: { id: slot.enterprise.id, name: slot.enterprise.name, street: slot.enterprise.street },
        indicator: { ...queueIndicator(slot.leaf), maxScore: slot.leaf.maxScore, rubric: slot.leaf.rubric },
        computedConsensus: rows[i]!.computedConsensus,
        minValue: rows[i]!.minValue,
        maxValue: rows[i]!.maxValue,
        levelSpread: levels.length ? Math.max(...levels) - Math.min(...levels) : 0,
        scores: slot.scores.map((s) => ({ id: s.id, expert: { id: s.expertId, displayName: nameOf.get(s.expertId) ?? '' }, value: s.value, rubricLevel: s.rubricLevel, rationale: s.rationale, evidenceIds: s.evidenceIds, version: s.version })),
        evidence: [...new Set(slot.scores.flatMap((s) => s.evidenceIds))].flatMap((id) => evidenceById.get(id) ?? []),
        scoresVersion: slot.scoresVersion,
      },
    ];
  });
}

/** What the rule settles a live slot at; the slot must be settleable. */
const previewItem = (slot: LiveSlot, rule: SettlePreview['rule']) => {
  const value = settleValue(rule, slot.values);
  return {
    enterpriseId: slot.enterpriseId,
    indicatorId: slot.indicatorId,
    enterpriseName: slot.enterprise!.name,
    street: slot.enterprise!.street,
    indicatorCode: slot.leaf!.code,
    values: [...slot.values],
    value,
    rubricLevel: rubricLevelFor(slot.leaf!.rubric, value),
    scoresVersion: slot.scoresVersion,
  };
};

const previewToken = (roundId: number, rule: SettlePreview['rule'], items: Parameters<typeof previewCanonical>[2]) => sha256Hex(previewCanonical(roundId, rule, items));

export const disagreementRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/queues/disagreements', validate('param', RoundParam), validate('query', DisagreementQueueQuery), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'queue.disagreements', { round });
    // Disagreement flags are derived, kept current with every score and settlement (ADR 001).
    const { tree } = await pinnedFramework(db, round.framework.id);
    const page = await disagreementPage(db, round.id, tree, c.req.valid('query'), blindExpert(actor, round));
    return c.json({ items: await disagreementItems(db, round, tree, page.items), nextCursor: page.nextCursor, total: page.total });
  })
  .get('/rounds/:roundId/settlements/preview', validate('param', RoundParam), validate('query', SettlePreviewQuery), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    authorize(c, 'score.settleBulk', { round });
    const { tree, settings } = await pinnedFramework(db, round.framework.id);
    const { slots: listed, rule, ...filters } = c.req.valid('query');
    let selection: { slots: { enterpriseId: number; indicatorId: number }[]; matched: number };
    if (listed) selection = { slots: listed.map(([enterpriseId, indicatorId]) => ({ enterpriseId, indicatorId })), matched: listed.length };
    else selection = await disagreementSelection(db, round.id, tree, filters, MAX_BULK_SETTLE);
    const live = await liveSlots(db, round.id, tree, selection.slots);
    const settleable = live.filter((s) => unsettleable(s, settings.consensus.disagreementThreshold) === null && allows(c, 'score.settle', { round, enterprise: s.enterprise! }));
    const items = settleable.map((s) => previewItem(s, rule));
    const skipped = live.filter((s) => !settleable.includes(s)).map(({ enterpriseId, indicatorId }) => ({ enterpriseId, indicatorId }));
    const matched = listed ? items.length : selection.matched;
    return c.json({ rule, items, matched, skipped, token: await previewToken(round.id, rule, items) } satisfies SettlePreview);
  })
  .post('/rounds/:roundId/settlements', validate('param', RoundParam), validate('json', BulkSettleRequest), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'score.settleBulk', { round });
    const { rule, token, reason, items } = c.req.valid('json');
    if ((await previewToken(round.id, rule, items)) !== token) throw invalidField('token', 'preview_token_mismatch', 'The token is not the one the preview of these items gave');
    const { tree, settings } = await pinnedFramework(db, round.framework.id);

    /** The slots as they are now, and the items among them that can no longer be settled as previewed. */
    const check = async () => {
      const live = await liveSlots(db, round.id, tree, items);
      const changed = live.flatMap((slot, i): StaleItem[] => {
        const why = unsettleable(slot, settings.consensus.disagreementThreshold);
        const stale = why ?? (slot.scoresVersion !== items[i]!.scoresVersion || settleValue(rule, slot.values) !== items[i]!.value ? 'scores_changed' : null);
        return stale ? [{ enterpriseId: slot.enterpriseId, indicatorId: slot.indicatorId, why: stale }] : [];
      });
      return { live, changed };
    };
    const refuse = (changed: StaleItem[]) => new ApiError(409, 'preview_stale', `${changed.length} of the ${items.length} items changed since the preview: look at it again`, { changed });
    const { live, changed } = await check();
    if (changed.length > 0) throw refuse(changed);
    for (const slot of live) authorize(c, 'score.settle', { round, enterprise: slot.enterprise! });

    const settledAt = new Date().toISOString();
    // Every settled enterprise's results in one change, after the last audit row (the batch is all or nothing).
    const change = await derivedChange(db, [{ round, enterprises: [...new Set(items.map((i) => i.enterpriseId))] }]);
    const statements = [
      abortUnlessScoresAsPreviewed(round.id, items),
      ...items.flatMap((item, i) =>
        settlementStatements(
          db,
          actor,
          {
            slot: { roundId: round.id, enterpriseId: item.enterpriseId, indicatorId: item.indicatorId },
            settled: { value: item.value, reason, settledBy: actor.userId, settledAt },
            version: 0,
            before: null,
            audit: { rule, bulk: true },
          },
          i === items.length - 1 ? change.statements : [],
        ),
      ),
    ];
    try {
      await change.schedule(c.env, await runBatch(db, statements));
    } catch (err) {
      // Someone settled or rescored one of them between the check and the batch: nothing was written.
      if (isStaleWrite(err)) throw refuse((await check()).changed);
      throw err;
    }
    return c.json({ settled: items.length, items: items.map(({ enterpriseId, indicatorId, value }) => ({ enterpriseId, indicatorId, value })) } satisfies BulkSettleResult, 201);
  });
