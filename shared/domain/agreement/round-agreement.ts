// The agreement figures of a round as the pure reference: alpha per indicator (across enterprises), per
// dimension, for the round, and per expert (the round's alpha without that expert, and how far the expert
// sits from the others on the units they share). The worker computes the same sums with SQL aggregates
// (worker/queries/agreement-sql.ts); a worker test checks both agree.
import { addSums, alphaFromSums, noSums, subtractSums, unitOf, type AlphaSums } from './krippendorff';

/** One expert's score of an indicator of an enterprise, as a share of the indicator's max score (0–1). */
export type Rating = { enterpriseId: number; indicatorId: number; dimensionId: number; expertId: number; share: number };

/** Per expert: the round's sums without the expert, the expert's pairable values and Σ of their differences from the others' mean. */
export type ExpertSums = { without: AlphaSums; pairable: number; differenceSum: number };

export type AgreementSums = {
  round: AlphaSums;
  indicators: Map<number, AlphaSums>;
  dimensions: Map<number, AlphaSums>;
  experts: Map<number, ExpertSums>;
};

const add = (map: Map<number, AlphaSums>, key: number, sums: AlphaSums) => map.set(key, addSums(map.get(key) ?? noSums, sums));

export function agreementSums(ratings: readonly Rating[]): AgreementSums {
  const units = new Map<string, Rating[]>();
  for (const r of ratings) {
    const key = `${r.enterpriseId}/${r.indicatorId}`;
    const unit = units.get(key);
    if (unit) unit.push(r);
    else units.set(key, [r]);
  }
  let round = noSums;
  const indicators = new Map<number, AlphaSums>();
  const dimensions = new Map<number, AlphaSums>();
  const removed = new Map<number, ExpertSums>();
  for (const unit of units.values()) {
    const m = unit.length;
    const sum = unit.reduce((s, r) => s + r.share, 0);
    const sumSquares = unit.reduce((s, r) => s + r.share * r.share, 0);
    const whole = unitOf(m, sum, sumSquares);
    round = addSums(round, whole);
    add(indicators, unit[0]!.indicatorId, whole);
    add(dimensions, unit[0]!.dimensionId, whole);
    for (const r of unit) {
      const lost = subtractSums(whole, unitOf(m - 1, sum - r.share, sumSquares - r.share * r.share));
      const before = removed.get(r.expertId) ?? { without: noSums, pairable: 0, differenceSum: 0 };
      removed.set(r.expertId, {
        without: addSums(before.without, lost),
        pairable: before.pairable + (m >= 2 ? 1 : 0),
        differenceSum: before.differenceSum + (m >= 2 ? r.share - (sum - r.share) / (m - 1) : 0),
      });
    }
  }
  const experts = new Map([...removed].map(([id, e]) => [id, { ...e, without: subtractSums(round, e.without) }]));
  return { round, indicators, dimensions, experts };
}

/** Alpha to four decimals (it may be negative: systematic disagreement), with the counts behind it. */
export function agreementFigure(sums: AlphaSums) {
  const alpha = alphaFromSums(sums);
  return { alpha: alpha === null ? null : Math.round(alpha * 10_000) / 10_000, units: sums.units, pairable: sums.pairable };
}

/** An expert's figures: the round's alpha without them, their pairable values and mean difference from the others (share of max). */
export const expertFigure = (e: ExpertSums) => ({
  alphaWithout: agreementFigure(e.without).alpha,
  pairable: e.pairable,
  meanDifference: e.pairable === 0 ? null : Math.round((e.differenceSum / e.pairable) * 10_000) / 10_000,
});
