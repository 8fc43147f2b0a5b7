// One indicator's consensus over the experts' scores, and whether the experts disagree.
import type { ConsensusMethod } from '../../schemas/framework';

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** The experts' consensus by the framework's method; null when nobody scored. */
export function consensus(values: number[], method: ConsensusMethod, trimFraction: number): number | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  switch (method) {
    case 'mean':
      return mean(sorted);
    case 'trimmed_mean': {
      // Drops floor(n × fraction) scores at each end; a fraction ≤ 0.4 always leaves at least one.
      const cut = Math.floor(n * trimFraction);
      return mean(sorted.slice(cut, n - cut));
    }
    case 'median':
      return (sorted[Math.floor((n - 1) / 2)]! + sorted[Math.floor(n / 2)]!) / 2;
  }
}

/** Experts disagree when at least two scored and their spread exceeds `threshold` of the max score. */
export function disagrees(values: number[], maxScore: number, threshold: number): boolean {
  if (values.length < 2) return false;
  return Math.max(...values) - Math.min(...values) > threshold * maxScore;
}
