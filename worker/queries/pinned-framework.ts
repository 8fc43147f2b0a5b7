// The indicator tree and settings of the framework a round pins, kept in the isolate once read: a round
// pins only published versions, and a published version never changes (a change is a new version).
import { eq } from 'drizzle-orm';
import type { FrameworkSettings } from '../../shared/schemas/framework';
import type { Database } from '../db/client';
import { framework, indicator } from '../db/schema';
import { notFound } from '../errors';
import { indicatorsQuery } from './rounds';

export type PinnedFramework = { tree: (typeof indicator.$inferSelect)[]; settings: FrameworkSettings };

const published = new Map<number, Promise<PinnedFramework>>();

async function read(db: Database, frameworkId: number) {
  const [tree, found] = await db.batch([indicatorsQuery(db, frameworkId), db.select({ settings: framework.settings, status: framework.status }).from(framework).where(eq(framework.id, frameworkId))]);
  // A draft (never pinned by a round, but asked for all the same) is read again next time.
  if (found[0]?.status !== 'published') published.delete(frameworkId);
  return { tree, settings: found[0]!.settings };
}

export function pinnedFramework(db: Database, frameworkId: number): Promise<PinnedFramework> {
  let pending = published.get(frameworkId);
  if (!pending) {
    pending = read(db, frameworkId);
    published.set(frameworkId, pending);
    pending.catch(() => published.delete(frameworkId));
  }
  return pending;
}

/**
 * A scored (level 3) indicator of the framework with the group and dimension above it, from the pinned tree
 * (no round trip once the isolate read it); 404 otherwise.
 */
export async function findScoredIndicator(db: Database, frameworkId: number, indicatorId: number) {
  const { tree } = await pinnedFramework(db, frameworkId);
  const row = tree.find((node) => node.id === indicatorId && node.level === 3);
  if (!row) throw notFound('indicator_not_found', `Indicator ${indicatorId} is not a scored indicator of this round's framework`);
  const group = tree.find((node) => node.id === row.parentId)!;
  return { id: row.id, code: row.code, groupId: group.id, dimensionId: group.parentId!, kind: row.kind!, industries: row.industries, maxScore: row.maxScore!, rubric: row.rubric! };
}
export type ScoredIndicator = Awaited<ReturnType<typeof findScoredIndicator>>;
