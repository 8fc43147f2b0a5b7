// What an enterprise's result pages show, loaded at once: its result from the total down to each indicator,
// the round's dimension medians, the rubric of each indicator, and its commendations.
import type { IndicatorNode } from '../../shared/schemas/round';
import { allOk } from './all-ok';
import { request } from './api';
import { ok } from './result';

export async function loadEnterpriseResult(roundId: number, enterpriseId: number) {
  const param = { roundId: String(roundId) };
  const loaded = await allOk([
    request((api) => api.api.v1.rounds[':roundId'].results.enterprises[':enterpriseId'].$get({ param: { ...param, enterpriseId: String(enterpriseId) } })),
    request((api) => api.api.v1.rounds[':roundId'].results.statistics.$get({ param })),
    request((api) => api.api.v1.rounds[':roundId'].indicators.$get({ param })),
    request((api) => api.api.v1.rounds[':roundId'].commendations.$get({ param })),
  ]);
  if (!loaded.ok) return loaded;
  const [result, statistics, indicators, commendations] = loaded.value;
  return ok({
    result,
    statistics,
    indicators: new Map<number, IndicatorNode>(indicators.items.map((n) => [n.id, n])),
    commendations: commendations.items.filter((c) => c.enterprise.id === enterpriseId),
  });
}
export type EnterpriseResultData = Extract<Awaited<ReturnType<typeof loadEnterpriseResult>>, { ok: true }>['value'];

/** The radar's axes: each dimension's score beside the round's median of it. */
export const radarAxes = (data: EnterpriseResultData, label: (name: { zh: string; en: string }) => string) =>
  data.result.dimensions.map((d) => ({ label: label(d.name), value: d.score, median: data.statistics.dimensions.find((s) => s.id === d.id)?.median ?? null }));
