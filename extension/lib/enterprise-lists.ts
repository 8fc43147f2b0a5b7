// An enterprise's lists in a round fetched with the round's indicators, as the forms that tie reported items,
// evidence and cases to indicators need them.
import { allOk } from './all-ok';
import { request } from './api';
import { ok, type Result } from './result';

const indicatorsOf = (roundId: number) => request((api) => api.api.v1.rounds[':roundId'].indicators.$get({ param: { roundId: String(roundId) } }));
type Indicators = Extract<Awaited<ReturnType<typeof indicatorsOf>>, { ok: true }>['value']['items'];

/** `items` with the round's indicators, or the first failure of either call. */
export async function withIndicators<T>(roundId: number, items: Promise<Result<{ items: T[] }>>): Promise<Result<{ items: T[]; indicators: Indicators }>> {
  const loaded = await allOk([items, indicatorsOf(roundId)]);
  return loaded.ok ? ok({ items: loaded.value[0].items, indicators: loaded.value[1].items }) : loaded;
}

const param = (roundId: number, enterpriseId: number) => ({ roundId: String(roundId), enterpriseId: String(enterpriseId) });

/** The enterprise's regular reports (its drafts too, for its own staff). */
export const enterpriseReports = (roundId: number, enterpriseId: number) =>
  withIndicators(roundId, request((api) => api.api.v1.rounds[':roundId'].enterprises[':enterpriseId'].reports.$get({ param: param(roundId, enterpriseId) })));

/** The enterprise's evidence in the round. */
export const enterpriseEvidence = (roundId: number, enterpriseId: number) =>
  withIndicators(roundId, request((api) => api.api.v1.rounds[':roundId'].enterprises[':enterpriseId'].evidence.$get({ param: param(roundId, enterpriseId) })));
