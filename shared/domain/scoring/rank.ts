// Standard competition ranking ("1224"): equal keys share a rank and the next rank skips.

/** Ranks of `items` (in the order given) by `key`, compared element by element, lower first; a null key stays unranked. */
export function competitionRanks<T>(items: readonly T[], key: (item: T) => number[] | null): (number | null)[] {
  const keyed = items.map((item, index) => ({ index, key: key(item) }));
  const ranked = keyed.filter((k): k is { index: number; key: number[] } => k.key !== null);
  const compare = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return 0;
  };
  ranked.sort((a, b) => compare(a.key, b.key));
  const ranks: (number | null)[] = items.map(() => null);
  ranked.forEach((entry, position) => {
    const previous = ranked[position - 1];
    ranks[entry.index] = previous && compare(previous.key, entry.key) === 0 ? ranks[previous.index]! : position + 1;
  });
  return ranks;
}

/** Ranks within each partition (street, industry), by the same key. */
export function partitionedRanks<T>(items: readonly T[], partition: (item: T) => string, key: (item: T) => number[] | null): (number | null)[] {
  const ranks: (number | null)[] = items.map(() => null);
  const groups = new Map<string, number[]>();
  items.forEach((item, index) => {
    const members = groups.get(partition(item));
    if (members) members.push(index);
    else groups.set(partition(item), [index]);
  });
  for (const indexes of groups.values()) {
    const inner = competitionRanks(indexes.map((i) => items[i]!), key);
    indexes.forEach((itemIndex, i) => (ranks[itemIndex] = inner[i]!));
  }
  return ranks;
}
