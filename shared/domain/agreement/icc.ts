// Intraclass correlations (Shrout & Fleiss 1979): the six forms for a complete targets × judges table, and
// ICC(2,1) and ICC(2,k) (two-way random, absolute agreement) for ratings with missing values.
//
// Missing ratings: units (targets) are put into blocks by the set of experts who rated them; each block is a
// complete two-way table. Sums of squares and degrees of freedom are added over the blocks, and the variance
// of targets, of judges and the residual are estimated from the pooled mean squares by the method of moments
// (their expected values hold block by block):
//   E[MSR] = σ²e + k_r σ²t,  k_r = Σ_b (n_b − 1) k_b / Σ_b (n_b − 1)
//   E[MSC] = σ²e + n_c σ²j,  n_c = Σ_b (k_b − 1) n_b / Σ_b (k_b − 1)
//   E[MSE] = σ²e
//   ICC(2,1) = σ²t / (σ²t + σ²j + σ²e),   ICC(2,k) = σ²t / (σ²t + (σ²j + σ²e) / k̄),  k̄ = ratings / units
// With one block (every unit rated by the same experts) this is exactly Shrout & Fleiss's ICC(2,1) and ICC(2,k).
// A unit rated once tells nothing of agreement and is left out. The sums of a block add up unit by unit and
// expert by expert, so SQL can give them (worker/queries/agreement-sql.ts).

/** One expert's ratings in a block: Σx, Σx², and Σ over units of x × the unit's sum (what leaves with the expert). */
export type ExpertColumn = { sum: number; sumSquares: number; cross: number };

/** A complete block: `units` targets each rated by the same experts. */
export type IccBlock = {
  /** The experts' ids, ascending, as a JSON array: the block's key. */
  raters: string;
  units: number;
  /** Σx and Σx² over the block's ratings. */
  sum: number;
  sumSquares: number;
  /** Σ over units of (the unit's sum of ratings)². */
  unitSquares: number;
  experts: Map<number, ExpertColumn>;
};

const addColumn = (a: ExpertColumn | undefined, b: ExpertColumn): ExpertColumn =>
  a ? { sum: a.sum + b.sum, sumSquares: a.sumSquares + b.sumSquares, cross: a.cross + b.cross } : { ...b };

/** Blocks of units by their raters, from units of ratings by expert (ratings of one unit keyed by expert id). */
export function iccBlocksOf(units: readonly ReadonlyMap<number, number>[]): IccBlock[] {
  const blocks = new Map<string, IccBlock>();
  for (const unit of units) {
    if (unit.size < 2) continue;
    const raters = JSON.stringify([...unit.keys()].sort((a, b) => a - b));
    const block = blocks.get(raters) ?? blocks.set(raters, { raters, units: 0, sum: 0, sumSquares: 0, unitSquares: 0, experts: new Map() }).get(raters)!;
    const unitSum = [...unit.values()].reduce((s, x) => s + x, 0);
    for (const [expert, x] of unit) {
      block.sum += x;
      block.sumSquares += x * x;
      block.experts.set(expert, addColumn(block.experts.get(expert), { sum: x, sumSquares: x * x, cross: x * unitSum }));
    }
    block.units += 1;
    block.unitSquares += unitSum * unitSum;
  }
  return [...blocks.values()];
}

/** Blocks of two groups of units together: blocks with the same raters merge. */
export function addIccBlocks(a: readonly IccBlock[], b: readonly IccBlock[]): IccBlock[] {
  const blocks = new Map(a.map((block) => [block.raters, { ...block, experts: new Map(block.experts) }]));
  for (const block of b) {
    const found = blocks.get(block.raters);
    if (!found) {
      blocks.set(block.raters, { ...block, experts: new Map(block.experts) });
      continue;
    }
    found.units += block.units;
    found.sum += block.sum;
    found.sumSquares += block.sumSquares;
    found.unitSquares += block.unitSquares;
    for (const [expert, column] of block.experts) found.experts.set(expert, addColumn(found.experts.get(expert), column));
  }
  return [...blocks.values()];
}

export type IccFigure = {
  /** ICC(2,1): the agreement of one expert's score with another's, absolute. */
  single: number | null;
  /** ICC(2,k): the agreement of the mean of k̄ experts' scores. */
  average: number | null;
  /** Units rated at least twice, and the mean number of ratings each (k̄). */
  units: number;
  raters: number;
};

/** ICC(2,1) and ICC(2,k) from blocks; null where the data cannot say (too few units or experts, no variance). */
export function iccOf(blocks: readonly IccBlock[]): IccFigure {
  let ssRows = 0, dfRows = 0, ssCols = 0, dfCols = 0, ssErr = 0, dfErr = 0, rowWeight = 0, colWeight = 0, units = 0, ratings = 0;
  for (const b of blocks) {
    const k = b.experts.size;
    const n = b.units;
    const correction = (b.sum * b.sum) / (n * k);
    const rows = b.unitSquares / k - correction;
    const cols = [...b.experts.values()].reduce((s, c) => s + c.sum * c.sum, 0) / n - correction;
    const total = b.sumSquares - correction;
    ssRows += rows;
    ssCols += cols;
    ssErr += total - rows - cols;
    dfRows += n - 1;
    dfCols += k - 1;
    dfErr += (n - 1) * (k - 1);
    rowWeight += (n - 1) * k;
    colWeight += (k - 1) * n;
    units += n;
    ratings += n * k;
  }
  const meanRaters = units === 0 ? 0 : ratings / units;
  const none = { single: null, average: null, units, raters: round4(meanRaters) };
  if (dfRows === 0 || dfCols === 0 || dfErr === 0) return none;
  const mse = ssErr / dfErr;
  const targets = (ssRows / dfRows - mse) / (rowWeight / dfRows);
  const judges = (ssCols / dfCols - mse) / (colWeight / dfCols);
  const single = targets + judges + mse;
  const average = targets + (judges + mse) / meanRaters;
  if (Math.abs(single) < 1e-12 || Math.abs(average) < 1e-12) return none;
  return { single: targets / single, average: targets / average, units, raters: round4(meanRaters) };
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** The six ICCs of Shrout & Fleiss (1979) for a complete table: one row per target, one column per judge. */
export function shroutFleiss(table: readonly (readonly number[])[]) {
  const n = table.length;
  const k = table[0]!.length;
  const all = table.flat();
  const grand = all.reduce((s, x) => s + x, 0) / (n * k);
  const rowMeans = table.map((row) => row.reduce((s, x) => s + x, 0) / k);
  const colMeans = Array.from({ length: k }, (_, j) => table.reduce((s, row) => s + row[j]!, 0) / n);
  const ssTotal = all.reduce((s, x) => s + (x - grand) ** 2, 0);
  const ssRows = k * rowMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const ssCols = n * colMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const bms = ssRows / (n - 1);
  const wms = (ssTotal - ssRows) / (n * (k - 1));
  const jms = ssCols / (k - 1);
  const ems = (ssTotal - ssRows - ssCols) / ((n - 1) * (k - 1));
  return {
    icc11: (bms - wms) / (bms + (k - 1) * wms),
    icc21: (bms - ems) / (bms + (k - 1) * ems + (k * (jms - ems)) / n),
    icc31: (bms - ems) / (bms + (k - 1) * ems),
    icc1k: (bms - wms) / bms,
    icc2k: (bms - ems) / (bms + (jms - ems) / n),
    icc3k: (bms - ems) / bms,
  };
}
