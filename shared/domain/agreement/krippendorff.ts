// Krippendorff's alpha with the interval metric, for any number of raters and missing ratings.
// Units are what is rated (here an enterprise's indicator); only units with two or more ratings are
// pairable. With the interval metric δ²(c, k) = (c − k)², both disagreements reduce to sums a SQL
// GROUP BY can give (count, Σv, Σv² per unit), so the worker aggregates a whole round in SQL and finishes
// here with `alphaFromSums`, the one definition of the coefficient:
//   Do = (1/n) Σ_u Σ_{i≠j in u} (v_i − v_j)² / (m_u − 1),   Σ_{i≠j in u} (v_i − v_j)² = 2 (m_u Σv² − (Σv)²)
//   De = 1/(n(n − 1)) Σ_{i≠j over all pairable values} (v_i − v_j)² = 2 (n Σv² − (Σv)²) / (n(n − 1))
//   α = 1 − Do/De = 1 − (n − 1) · Σ_u d_u / (2 (n Σv² − (Σv)²)),   d_u = 2 (m_u Σv² − (Σv)²)/(m_u − 1)
// (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section E, interval metric.)

/** The sums alpha is made of, over the pairable values of some units (added up unit by unit). */
export type AlphaSums = {
  /** Units with at least two ratings. */
  units: number;
  /** Pairable values: the ratings in those units. */
  pairable: number;
  /** Σv and Σv² over the pairable values. */
  sum: number;
  sumSquares: number;
  /** Σ over units of d_u, each unit's within-unit disagreement. */
  observed: number;
};

export const noSums: AlphaSums = { units: 0, pairable: 0, sum: 0, sumSquares: 0, observed: 0 };

/** One unit's contribution from its count and sums; a unit with fewer than two ratings contributes nothing. */
export function unitOf(m: number, sum: number, sumSquares: number): AlphaSums {
  if (m < 2) return noSums;
  return { units: 1, pairable: m, sum, sumSquares, observed: (2 * (m * sumSquares - sum * sum)) / (m - 1) };
}

/** One unit's contribution from its ratings. */
export const unitSums = (values: readonly number[]): AlphaSums =>
  unitOf(values.length, values.reduce((s, v) => s + v, 0), values.reduce((s, v) => s + v * v, 0));

export const addSums = (a: AlphaSums, b: AlphaSums): AlphaSums => ({
  units: a.units + b.units,
  pairable: a.pairable + b.pairable,
  sum: a.sum + b.sum,
  sumSquares: a.sumSquares + b.sumSquares,
  observed: a.observed + b.observed,
});

export const subtractSums = (a: AlphaSums, b: AlphaSums): AlphaSums => ({
  units: a.units - b.units,
  pairable: a.pairable - b.pairable,
  sum: a.sum - b.sum,
  sumSquares: a.sumSquares - b.sumSquares,
  observed: a.observed - b.observed,
});

/** Relative noise below which the expected disagreement counts as none (every pairable value equal). */
const NO_VARIATION = 1e-12;

/**
 * Alpha from its sums; null when it is undefined: no pairable values, or no variation at all among them
 * (then De = 0 — the data cannot tell agreement from chance).
 */
export function alphaFromSums({ pairable: n, sum, sumSquares, observed }: AlphaSums): number | null {
  if (n < 2) return null;
  const expected = 2 * (n * sumSquares - sum * sum);
  if (expected <= NO_VARIATION * Math.max(1, n * sumSquares)) return null;
  return 1 - ((n - 1) * observed) / expected;
}

/** Alpha over units of ratings (one array per unit, missing ratings left out), with its counts. */
export function intervalAlpha(units: readonly (readonly number[])[]) {
  const sums = units.map(unitSums).reduce(addSums, noSums);
  return { alpha: alphaFromSums(sums), units: sums.units, pairable: sums.pairable };
}

