// Weighted roll-up with renormalisation: parts without a score drop out and the others' weights fill in.

export type Weighted = { weight: number; score: number | null };

/** Σ weight × score / Σ weight over the parts that have a score; null when none has. */
export function weightedAverage(parts: readonly Weighted[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const part of parts) {
    if (part.score === null) continue;
    weighted += part.weight * part.score;
    weights += part.weight;
  }
  return weights === 0 ? null : weighted / weights;
}
