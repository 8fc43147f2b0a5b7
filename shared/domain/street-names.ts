// Street and town names as people type them: one normal form to compare, the registry entry a name or an alias
// stands for, and the nearest entries (by edit distance and shared characters) when it stands for none.

export type StreetEntry = { id: number; name: string; aliases: readonly string[] };

/** The form names are compared in: NFKC (full-width letters, digits and brackets become half-width), no spaces, Latin lower-cased. */
export const streetKey = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** Every key of the registry (official names and aliases) to its entry. */
export function streetIndex<T extends StreetEntry>(entries: readonly T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const entry of entries) for (const spelling of [entry.name, ...entry.aliases]) index.set(streetKey(spelling), entry);
  return index;
}

/** What every street or town name ends with, which says nothing about which one it is. */
const genericEnding = /(街道办事处|街道|管委会|镇|乡|办事处)$/;
const stripped = (key: string) => key.replace(/\(.*\)$/, '').replace(genericEnding, '');
const core = (key: string) => stripped(key) || key;

function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** Dice coefficient of the two texts' characters (how many they share, against how many they have). */
function sharedCharacters(a: readonly string[], b: readonly string[]): number {
  const left = [...a];
  let shared = 0;
  for (const ch of b) {
    const at = left.indexOf(ch);
    if (at >= 0) (shared++, left.splice(at, 1));
  }
  return a.length + b.length === 0 ? 0 : (2 * shared) / (a.length + b.length);
}

/** How alike two names are, 0–1, on what distinguishes them (the 镇 / 街道 ending left out). */
export function nameSimilarity(typed: string, spelling: string): number {
  const a = [...core(streetKey(typed))];
  const b = [...core(streetKey(spelling))];
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 0;
  return Math.max(1 - editDistance(a, b) / longest, sharedCharacters(a, b));
}

const SUGGESTION_FLOOR = 0.5;

/** The official names of the (at most `max`) entries nearest to `typed`, best first; none when nothing is close. */
export function nearestStreets(entries: readonly StreetEntry[], typed: string, max = 3): string[] {
  // A bare 镇 or 街道 says nothing about which street is meant.
  if (stripped(streetKey(typed)) === '') return [];
  return entries
    .map((entry, order) => ({ entry, order, score: Math.max(...[entry.name, ...entry.aliases].map((s) => nameSimilarity(typed, s))) }))
    .filter((c) => c.score >= SUGGESTION_FLOOR)
    .sort((x, y) => y.score - x.score || x.order - y.order)
    .slice(0, max)
    .map((c) => c.entry.name);
}

/**
 * The spellings of `candidate` (its name and aliases) that another street already uses as a name or an alias,
 * with that street's name; an alias equal to the candidate's own name counts too (it would add nothing).
 */
export function spellingClashes(entries: readonly StreetEntry[], candidate: { id?: number; name: string; aliases: readonly string[] }) {
  const others = streetIndex(entries.filter((e) => e.id !== candidate.id));
  const own = streetKey(candidate.name);
  const clashes: { field: 'name' | 'aliases'; index: number; spelling: string; takenBy: string }[] = [];
  const owner = others.get(own);
  if (owner) clashes.push({ field: 'name', index: -1, spelling: candidate.name, takenBy: owner.name });
  candidate.aliases.forEach((alias, index) => {
    const key = streetKey(alias);
    const taken = key === own ? candidate.name : others.get(key)?.name;
    if (taken) clashes.push({ field: 'aliases', index, spelling: alias, takenBy: taken });
  });
  return clashes;
}
