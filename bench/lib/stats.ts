// Percentiles and throughput of a run of timed requests.

export type Summary = {
  /** Timed requests (warm-up excluded). */
  n: number;
  /** Requests in flight at once. */
  concurrency: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Requests per second over the run's wall time. */
  throughput: number;
};

/** Nearest-rank percentile of sorted samples. */
export const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

export function summarise(samplesMs: readonly number[], wallMs: number, concurrency: number): Summary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    n: sorted.length,
    concurrency,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((sum, v) => sum + v, 0) / Math.max(1, sorted.length),
    max: sorted.at(-1) ?? 0,
    throughput: sorted.length / (wallMs / 1000),
  };
}

/** Runs `task` `iterations` times with at most `concurrency` at once; its own duration per call, and the wall time. */
export async function timed(task: (i: number) => Promise<void>, iterations: number, concurrency = 1): Promise<Summary> {
  const samples: number[] = [];
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < iterations) {
      const i = next++;
      const began = performance.now();
      await task(i);
      samples.push(performance.now() - began);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, iterations) }, lane));
  return summarise(samples, performance.now() - started, concurrency);
}
