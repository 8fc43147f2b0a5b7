// The indicator tree and settings of the framework a round pins, kept in the isolate once read: a round
// pins only published versions, and a published version never changes (a change is a new version).
import { eq } from 'drizzle-orm';
import type { FrameworkSettings } from '../../shared/schemas/framework';
import type { Database } from '../db/client';
import { framework, indicator } from '../db/schema';
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
