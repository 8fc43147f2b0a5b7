// The agreement figures of a round as the pure reference. A unit is an enterprise's indicator; its ratings
// are the experts' scores as shares of the indicator's max. Per indicator (across enterprises), per dimension,
// for the round and for one enterprise: Krippendorff's alpha with the metric that fits (metricFor) and
// ICC(2,1) and ICC(2,k), from parts that add up (coincidences, ICC blocks). Per expert: the round's interval
// alpha without them and how far they sit from the others. The worker gets the same parts from SQL
// aggregates (worker/queries/agreement-sql.ts); a worker test checks both agree.
import type { AgreementSettings } from '../../schemas/framework';
import { addCoincidences, alphaOf, coincidencesOf, type Cell, type Metric } from './coincidence';
import { addIccBlocks, iccBlocksOf, iccOf, type IccBlock } from './icc';
import { addSums, alphaFromSums, noSums, subtractSums, unitOf, type AlphaSums } from './krippendorff';

/** One expert's score of an indicator of an enterprise, as a share of the indicator's max score (0–1). */
export type Rating = { enterpriseId: number; indicatorId: number; dimensionId: number; expertId: number; share: number };

/** What the agreement of some units is made of; parts of two sets of units add up to the parts of both. */
export type AgreementParts = { units: number; coincidences: Cell[]; blocks: IccBlock[] };

export const noParts: AgreementParts = { units: 0, coincidences: [], blocks: [] };

export const addParts = (a: AgreementParts, b: AgreementParts): AgreementParts => ({
  units: a.units + b.units,
  coincidences: addCoincidences(a.coincidences, b.coincidences),
  blocks: addIccBlocks(a.blocks, b.blocks),
});

/** The ratings of each unit. */
function unitsOf(ratings: readonly Rating[]): Rating[][] {
  const units = new Map<string, Rating[]>();
  for (const r of ratings) {
    const key = `${r.enterpriseId}/${r.indicatorId}`;
    const unit = units.get(key) ?? units.set(key, []).get(key)!;
    unit.push(r);
  }
  return [...units.values()];
}

/** The parts of the units the ratings make (units rated once count for nothing). */
export function partsOf(ratings: readonly Rating[]): AgreementParts {
  const units = unitsOf(ratings).filter((u) => u.length >= 2);
  return {
    units: units.length,
    coincidences: coincidencesOf(units.map((u) => u.map((r) => r.share))),
    blocks: iccBlocksOf(units.map((u) => new Map(u.map((r) => [r.expertId, r.share])))),
  };
}

/** The metric of an indicator: the framework's choice for it, else the framework's, else ordinal (rubric levels). */
export const metricFor = (settings: AgreementSettings | undefined, code?: string): Metric =>
  (code === undefined ? undefined : settings?.indicators?.[code]) ?? settings?.metric ?? 'ordinal';

const round4 = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 10_000);

/** Alpha with `metric` and the ICCs, to four decimals (either may be negative: systematic disagreement). */
export function agreementFigure(parts: AgreementParts, metric: Metric) {
  const { alpha, pairable } = alphaOf(parts.coincidences, metric);
  const icc = iccOf(parts.blocks);
  return { metric, alpha: round4(alpha), units: parts.units, pairable, icc: { ...icc, single: round4(icc.single), average: round4(icc.average) } };
}
export type AgreementFigure = ReturnType<typeof agreementFigure>;

/** Parts per indicator, the level every other figure is summed from. */
export function indicatorParts(ratings: readonly Rating[]): Map<number, AgreementParts> {
  const byIndicator = new Map<number, Rating[]>();
  for (const r of ratings) (byIndicator.get(r.indicatorId) ?? byIndicator.set(r.indicatorId, []).get(r.indicatorId)!).push(r);
  return new Map([...byIndicator].map(([id, rs]) => [id, partsOf(rs)]));
}

/** A dimension's (or the round's) parts: the sum of its indicators'. */
export const sumParts = (parts: Iterable<AgreementParts>) => [...parts].reduce(addParts, noParts);

// Per expert, on the interval metric: sums that subtract (the round without an expert is the round less what
// their ratings brought), which the other metrics' coincidences do not allow as cheaply.

/** Per expert: the round's interval sums without the expert, the expert's pairable values and Σ of their differences from the others' mean. */
export type ExpertSums = { without: AlphaSums; pairable: number; differenceSum: number };

/** The round's interval sums and, per expert, what leaves with them. */
export function expertSums(ratings: readonly Rating[]): { round: AlphaSums; experts: Map<number, ExpertSums> } {
  let round = noSums;
  const removed = new Map<number, ExpertSums>();
  for (const unit of unitsOf(ratings)) {
    const m = unit.length;
    const sum = unit.reduce((s, r) => s + r.share, 0);
    const sumSquares = unit.reduce((s, r) => s + r.share * r.share, 0);
    const whole = unitOf(m, sum, sumSquares);
    round = addSums(round, whole);
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
  return { round, experts: new Map([...removed].map(([id, e]) => [id, { ...e, without: subtractSums(round, e.without) }])) };
}

/**
 * The same as expertSums, from ICC blocks (which SQL gives): within a block every unit has the same k ratings,
 * so a unit's interval disagreement sums over the block, and an expert's column says what leaves with them.
 */
export function expertSumsOfBlocks(blocks: readonly IccBlock[]): { round: AlphaSums; experts: Map<number, ExpertSums> } {
  const blockSums = (k: number, units: number, sum: number, sumSquares: number, unitSquares: number): AlphaSums =>
    k < 2 ? noSums : { units, pairable: units * k, sum, sumSquares, observed: (2 * (k * sumSquares - unitSquares)) / (k - 1) };
  let round = noSums;
  const lost = new Map<number, ExpertSums>();
  for (const b of blocks) {
    const k = b.experts.size;
    const whole = blockSums(k, b.units, b.sum, b.sumSquares, b.unitSquares);
    round = addSums(round, whole);
    for (const [expert, c] of b.experts) {
      const without = blockSums(k - 1, b.units, b.sum - c.sum, b.sumSquares - c.sumSquares, b.unitSquares - 2 * c.cross + c.sumSquares);
      const before = lost.get(expert) ?? { without: noSums, pairable: 0, differenceSum: 0 };
      lost.set(expert, {
        without: addSums(before.without, subtractSums(whole, without)),
        pairable: before.pairable + b.units,
        differenceSum: before.differenceSum + (k * c.sum - b.sum) / (k - 1),
      });
    }
  }
  return { round, experts: new Map([...lost].map(([id, e]) => [id, { ...e, without: subtractSums(round, e.without) }])) };
}

/** Interval alpha to four decimals from its sums. */
export const intervalAlphaOf = (sums: AlphaSums) => round4(alphaFromSums(sums));

/** An expert's figures: the round's interval alpha without them, their pairable values and mean difference from the others (share of max). */
export const expertFigure = (e: ExpertSums) => ({
  alphaWithout: intervalAlphaOf(e.without),
  pairable: e.pairable,
  meanDifference: e.pairable === 0 ? null : round4(e.differenceSum / e.pairable),
});
