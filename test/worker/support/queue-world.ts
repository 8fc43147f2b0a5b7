// Evidence written straight into the test world's D1 for the queue tests: many items with chosen stance,
// status, author, enterprise and indicator, without a request each.
import { evidence } from '../../../worker/db/schema';
import { creditCodes, type TestLogin } from '../../support/test-world';
import type { World } from '../world';

export type Company = keyof typeof creditCodes;

export type Piece = {
  company: Company;
  code: string;
  stance?: 'supports' | 'contradicts' | 'context';
  status?: 'pending' | 'accepted' | 'rejected';
  by?: TestLogin;
  deleted?: boolean;
  roundId?: number;
};

/** Inserts the pieces in order (ids ascend with it) and answers their ids. */
export async function addEvidence(world: World, ids: Record<string, number>, pieces: Piece[]): Promise<number[]> {
  const made: number[] = [];
  // One row per statement: D1 binds at most 100 parameters.
  for (const [i, p] of pieces.entries()) {
    const [row] = await world.db
      .insert(evidence)
      .values({
        roundId: p.roundId ?? world.roundId,
        enterpriseId: world.enterpriseId(creditCodes[p.company]),
        indicatorId: ids[p.code]!,
        kind: 'clip' as const,
        url: `https://${p.company}.example.cn/csr#${i}`,
        title: `${p.company} ${p.code} ${i}`,
        quote: `证据 ${i}`,
        stance: p.stance ?? 'supports',
        status: p.status ?? 'pending',
        capturedBy: world.userIds.get(p.by ?? 'expert')!,
        capturedAt: '2026-11-20T08:00:00.000Z',
        idempotencyKey: crypto.randomUUID(),
        deletedAt: p.deleted ? '2026-11-21T08:00:00.000Z' : null,
      })
      .returning({ id: evidence.id });
    made.push(row!.id);
  }
  return made;
}
