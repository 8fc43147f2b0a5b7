// A guard before PDF.js reads a report: every Flate-compressed stream that is not an image (PDF.js reads
// content, fonts and object streams to extract text) is inflated once with a running count, and a file
// whose streams inflate past the caps is refused before PDF.js would hold gigabytes in memory.
import { Unzlib } from 'fflate';

export type InflationVerdict = { ok: true; inflatedBytes: number } | { ok: false; inflatedBytes: number };

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const STREAM = ascii('stream');
const END = ascii('endstream');

function indexOf(bytes: Uint8Array, pattern: Uint8Array, from: number): number {
  const first = pattern[0]!;
  for (let i = bytes.indexOf(first, from); i >= 0 && i <= bytes.length - pattern.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < pattern.length && bytes[i + j] === pattern[j]) j++;
    if (j === pattern.length) return i;
  }
  return -1;
}

/** Thrown from the inflater's output handler to stop it once the limit is passed. */
const OVER = new Error('over the inflation limit');
/** Input handed to the inflater at a time: it cannot produce more than about a thousand times this before we count. */
const STEP = 16 * 1024;

/** Inflates zlib `data`, counting; stops once `limit` is passed (returns limit + 1). Corrupt data counts what came out. */
function inflatedSize(data: Uint8Array, limit: number): number {
  let size = 0;
  const inflater = new Unzlib((chunk) => {
    size += chunk.byteLength;
    if (size > limit) throw OVER;
  });
  try {
    for (let at = 0; at < data.length; at += STEP) inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch (err) {
    if (err === OVER) return limit + 1;
    // Corrupt or truncated data: PDF.js decides what to make of it; it cannot inflate further than this did.
  }
  return size;
}

export function checkInflation(bytes: Uint8Array, limits: { maxInflatedBytes: number; maxStreamBytes: number }): InflationVerdict {
  let total = 0;
  let at = 0;
  for (;;) {
    const keyword = indexOf(bytes, STREAM, at);
    if (keyword < 0) return { ok: true, inflatedBytes: total };
    at = keyword + STREAM.length;
    // "endstream" contains "stream": skip it; a stream's dictionary ends right before its keyword.
    if (keyword >= 3 && bytes[keyword - 3] === 0x65 && bytes[keyword - 2] === 0x6e && bytes[keyword - 1] === 0x64) continue;
    const dictionary = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, keyword - 1024), keyword));
    const own = dictionary.slice(dictionary.lastIndexOf(' obj') + 1);
    if (!/\/FlateDecode/.test(own) || /\/Subtype\s*\/Image/.test(own)) continue;
    let start = at;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    const end = indexOf(bytes, END, start);
    if (end < 0) return { ok: true, inflatedBytes: total };
    const size = inflatedSize(bytes.subarray(start, end), Math.min(limits.maxStreamBytes, limits.maxInflatedBytes - total));
    total += size;
    if (size > limits.maxStreamBytes || total > limits.maxInflatedBytes) return { ok: false, inflatedBytes: total };
    at = end + END.length;
  }
}
