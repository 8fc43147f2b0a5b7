// Krippendorff's alpha for any metric from its coincidence matrix (Krippendorff 2011, "Computing
// Krippendorff's Alpha-Reliability", sections C–E). Coincidences add up unit by unit, so SQL can count them
// per indicator and a dimension's or the round's matrix is the sum of its indicators' matrices:
//   o_ck = Σ_u (number of ordered c–k pairs of values in u) / (m_u − 1),   n_c = Σ_k o_ck,   n = Σ_c n_c
//   α = 1 − (n − 1) Σ_ck o_ck δ²_ck / Σ_ck n_c n_k δ²_ck
// with δ² by metric: nominal [c ≠ k]; ordinal (Σ_{g=c..k} n_g − (n_c + n_k)/2)²; interval (c − k)²;
// ratio ((c − k)/(c + k))².

export const agreementMetrics = ['nominal', 'ordinal', 'interval', 'ratio'] as const;
export type Metric = (typeof agreementMetrics)[number];

/** One cell of a coincidence matrix: the weight of the ordered value pair (c, k); both orders are kept. */
export type Cell = { c: number; k: number; o: number };

/** The coincidences of units of ratings (one array per unit, missing ratings left out; a lone rating pairs with nothing). */
export function coincidencesOf(units: readonly (readonly number[])[]): Cell[] {
  const cells = new Map<string, Cell>();
  for (const unit of units) {
    const m = unit.length;
    if (m < 2) continue;
    unit.forEach((c, i) =>
      unit.forEach((k, j) => {
        if (i === j) return;
        const key = `${c}|${k}`;
        const cell = cells.get(key) ?? cells.set(key, { c, k, o: 0 }).get(key)!;
        cell.o += 1 / (m - 1);
      }),
    );
  }
  return [...cells.values()];
}

/** Two matrices added cell by cell (the units of both). */
export function addCoincidences(a: readonly Cell[], b: readonly Cell[]): Cell[] {
  const cells = new Map(a.map((cell) => [`${cell.c}|${cell.k}`, { ...cell }]));
  for (const cell of b) {
    const found = cells.get(`${cell.c}|${cell.k}`);
    if (found) found.o += cell.o;
    else cells.set(`${cell.c}|${cell.k}`, { ...cell });
  }
  return [...cells.values()];
}

/** The values with their marginal weights n_c, in ascending order. */
export function marginals(cells: readonly Cell[]): { value: number; n: number }[] {
  const n = new Map<number, number>();
  for (const { c, o } of cells) n.set(c, (n.get(c) ?? 0) + o);
  return [...n].map(([value, weight]) => ({ value, n: weight })).sort((a, b) => a.value - b.value);
}

/**
 * Each value's mid-rank among the pairable values (Σ_{g<c} n_g + n_c/2). The ordinal δ of c and k is the
 * difference of their mid-ranks, so ordinal alpha is interval alpha on mid-ranks.
 */
export function midRanks(cells: readonly Cell[]): Map<number, number> {
  const ranks = new Map<number, number>();
  let below = 0;
  for (const { value, n } of marginals(cells)) {
    ranks.set(value, below + n / 2);
    below += n;
  }
  return ranks;
}

function distance(metric: Metric, ranks: Map<number, number>): (c: number, k: number) => number {
  switch (metric) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'ordinal':
      return (c, k) => (ranks.get(c)! - ranks.get(k)!) ** 2;
    case 'interval':
      return (c, k) => (c - k) ** 2;
    case 'ratio':
      return (c, k) => (c + k === 0 ? 0 : ((c - k) / (c + k)) ** 2);
  }
}

/** Relative noise below which the expected disagreement counts as none. */
const NO_VARIATION = 1e-12;

/**
 * Alpha from a coincidence matrix with the given metric; null when undefined (fewer than two pairable values,
 * or no variation: the data cannot tell agreement from chance). `pairable` is n, the pairable values.
 */
export function alphaOf(cells: readonly Cell[], metric: Metric): { alpha: number | null; pairable: number } {
  const values = marginals(cells);
  const n = values.reduce((sum, v) => sum + v.n, 0);
  const pairable = Math.round(n);
  if (n < 2) return { alpha: null, pairable };
  const delta = distance(metric, midRanks(cells));
  const observed = cells.reduce((sum, { c, k, o }) => sum + o * delta(c, k), 0);
  let expected = 0;
  let scale = 0;
  for (const a of values) {
    for (const b of values) {
      expected += a.n * b.n * delta(a.value, b.value);
      scale += a.n * b.n;
    }
  }
  if (expected <= NO_VARIATION * scale) return { alpha: null, pairable };
  return { alpha: 1 - ((n - 1) * observed) / expected, pairable };
}

/** Alpha over units of ratings with the given metric (the reference the worked examples check). */
export const alphaOfUnits = (units: readonly (readonly number[])[], metric: Metric) => alphaOf(coincidencesOf(units), metric);
