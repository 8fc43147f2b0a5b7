// A guard before PDF.js reads a report: every Flate-compressed stream that is not an image (PDF.js reads
// content, fonts and object streams to extract text) is inflated once with a running count, and a file
// whose streams inflate past the caps is refused before PDF.js would hold gigabytes in memory.
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

/** Inflates `data`, counting; stops once `limit` is passed. Returns the count (limit + 1 when over), or null if it is no zlib data. */
async function inflatedSize(data: Uint8Array<ArrayBuffer>, limit: number): Promise<number | null> {
  const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return size;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return limit + 1;
      }
    }
  } catch {
    // Corrupt or truncated data: PDF.js decides what to make of it; it cannot inflate further than this did.
    return size;
  }
}

export async function checkInflation(bytes: Uint8Array<ArrayBuffer>, limits: { maxInflatedBytes: number; maxStreamBytes: number }): Promise<InflationVerdict> {
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
    const size = (await inflatedSize(bytes.subarray(start, end), Math.min(limits.maxStreamBytes, limits.maxInflatedBytes - total))) ?? 0;
    total += size;
    if (size > limits.maxStreamBytes || total > limits.maxInflatedBytes) return { ok: false, inflatedBytes: total };
    at = end + END.length;
  }
}
