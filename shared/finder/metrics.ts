// Retrieval quality of one ranked list against graded judgements (0–3): recall at a cut-off, nDCG@10
// (gain 2^rel − 1) and the reciprocal rank of the first relevant passage. Relevant means relevance ≥ 1.

export type Judgements = ReadonlyMap<string, number>;
export type Figures = { 'recall@5': number; 'recall@10': number; 'ndcg@10': number; mrr: number };

const relevantCount = (judged: Judgements) => [...judged.values()].filter((r) => r > 0).length;

export function recallAt(ranked: readonly string[], judged: Judgements, k: number): number {
  const total = relevantCount(judged);
  if (total === 0) return 0;
  return ranked.slice(0, k).filter((id) => (judged.get(id) ?? 0) > 0).length / total;
}

const dcg = (gains: readonly number[]) => gains.reduce((sum, rel, i) => sum + (2 ** rel - 1) / Math.log2(i + 2), 0);

export function ndcgAt(ranked: readonly string[], judged: Judgements, k: number): number {
  const ideal = dcg([...judged.values()].filter((r) => r > 0).sort((a, b) => b - a).slice(0, k));
  return ideal === 0 ? 0 : dcg(ranked.slice(0, k).map((id) => judged.get(id) ?? 0)) / ideal;
}

export function reciprocalRank(ranked: readonly string[], judged: Judgements): number {
  const at = ranked.findIndex((id) => (judged.get(id) ?? 0) > 0);
  return at < 0 ? 0 : 1 / (at + 1);
}

export const figuresOf = (ranked: readonly string[], judged: Judgements): Figures => ({
  'recall@5': recallAt(ranked, judged, 5),
  'recall@10': recallAt(ranked, judged, 10),
  'ndcg@10': ndcgAt(ranked, judged, 10),
  mrr: reciprocalRank(ranked, judged),
});

/** The mean of each figure over a list (zeros for an empty list). */
export function meanFigures(list: readonly Figures[]): Figures {
  const mean = (key: keyof Figures) => (list.length ? list.reduce((sum, f) => sum + f[key], 0) / list.length : 0);
  return { 'recall@5': mean('recall@5'), 'recall@10': mean('recall@10'), 'ndcg@10': mean('ndcg@10'), mrr: mean('mrr') };
}
