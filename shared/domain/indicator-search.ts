// Finding the indicator for a clip: search by code, name or keyword, and suggestions from the quote's words.

export type SearchableIndicator = {
  id: number;
  level: number;
  code: string;
  name: { zh: string; en: string };
  keywords: { zh: readonly string[]; en: readonly string[] };
};

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** Scored indicators matching a query, best first: code, then name, then keyword matches. */
export function searchIndicators<T extends SearchableIndicator>(indicators: T[], query: string, limit = 20): T[] {
  const q = fold(query.trim());
  if (!q) return indicators.filter((i) => i.level === 3).slice(0, limit);
  const scored: { item: T; score: number }[] = [];
  for (const item of indicators) {
    if (item.level !== 3) continue;
    const code = fold(item.code);
    let score = 0;
    if (code === q) score = 100;
    else if (code.startsWith(q)) score = 80 - code.length / 10;
    else if (fold(item.name.zh).includes(q) || fold(item.name.en).includes(q)) score = 60;
    else if ([...item.keywords.zh, ...item.keywords.en].some((k) => fold(k).includes(q) || q.includes(fold(k)))) score = 40;
    if (score > 0) scored.push({ item, score });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((s) => s.item);
}

/**
 * How strongly a text speaks of an indicator by its keywords: a Chinese keyword found counts by its length
 * (longer phrases are more telling); an English keyword must match whole words. Zero when none occurs.
 */
export function keywordScore(keywords: SearchableIndicator['keywords'], text: string): number {
  const folded = fold(text);
  let score = 0;
  for (const keyword of keywords.zh) {
    const k = fold(keyword);
    if (k && folded.includes(k)) score += k.length;
  }
  for (const keyword of keywords.en) {
    const k = fold(keyword);
    if (k && new RegExp(`\\b${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(folded)) score += 2 + k.split(/\s+/).length;
  }
  return score;
}

/** Indicators whose keywords occur in the quote, best first (keywordScore). */
export function suggestIndicators<T extends SearchableIndicator>(indicators: T[], quote: string, limit = 3): T[] {
  const scored: { item: T; score: number }[] = [];
  for (const item of indicators) {
    if (item.level !== 3) continue;
    const score = keywordScore(item.keywords, quote);
    if (score > 0) scored.push({ item, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.item.id - b.item.id).slice(0, limit).map((s) => s.item);
}
