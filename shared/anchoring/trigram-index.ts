// Where short strings occur in a big text, without scanning it: an index of every 3-character window.
// Built once per page (two passes over typed arrays), it makes each fragment lookup nearly free.

export type FragmentFinder = (fragment: string) => number[];

/** Hash of the three code units at `i`. */
const trigramHash = (text: string, i: number, mask: number) =>
  (Math.imul(text.charCodeAt(i), 0x9e3779b1) ^ Math.imul(text.charCodeAt(i + 1), 0x85ebca6b) ^ Math.imul(text.charCodeAt(i + 2), 0xc2b2ae35)) & mask;

export function trigramIndex(text: string): FragmentFinder {
  const count = Math.max(0, text.length - 2);
  const bits = Math.min(20, Math.max(4, Math.ceil(Math.log2(count + 1))));
  const mask = (1 << bits) - 1;
  // Counting sort of positions by bucket: starts[b]..starts[b + 1] are the positions hashing to b.
  const hashes = new Int32Array(count);
  const starts = new Int32Array(mask + 2);
  for (let i = 0; i < count; i++) starts[(hashes[i] = trigramHash(text, i, mask)) + 1]!++;
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const positions = new Int32Array(count);
  const cursor = starts.slice(0, mask + 1);
  for (let i = 0; i < count; i++) positions[cursor[hashes[i]!]!++] = i;

  return (fragment) => {
    if (!fragment) return [];
    if (fragment.length < 3) {
      const found: number[] = [];
      for (let at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) found.push(at);
      return found;
    }
    // Look up the fragment's least common trigram and confirm the whole fragment at each hit.
    let rarest = 0;
    let rarestSize = Infinity;
    for (let k = 0; k + 3 <= fragment.length; k++) {
      const b = trigramHash(fragment, k, mask);
      const size = starts[b + 1]! - starts[b]!;
      if (size < rarestSize) [rarest, rarestSize] = [k, size];
    }
    const b = trigramHash(fragment, rarest, mask);
    const found: number[] = [];
    for (let p = starts[b]!; p < starts[b + 1]!; p++) {
      const at = positions[p]! - rarest;
      if (at >= 0 && text.startsWith(fragment, at)) found.push(at);
    }
    return found;
  };
}
