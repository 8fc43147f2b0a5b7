// Finds a round's enrolled enterprises by name or credit code, as the console's enterprise choices offer them.
import { request } from './api';
import { ok, type Result } from './result';

export type EnrolledEnterprise = { id: number; name: string };

/** The first 20 of the round's enterprises the text finds. */
export async function searchEnrolled(roundId: number, q: string): Promise<Result<EnrolledEnterprise[]>> {
  const found = await request((api) => api.api.v1.rounds[':roundId'].enterprises.$get({ param: { roundId: String(roundId) }, query: { q, limit: '20' } }));
  return found.ok ? ok(found.value.items.map((e) => ({ id: e.id, name: e.name }))) : found;
}
