// Encodes text as GB18030/GBK bytes, as Chinese spreadsheet tools save CSV files. There is no GBK
// TextEncoder, so the table is built once by decoding every two-byte GBK sequence.
let table: Map<string, [number, number]> | undefined;

function gbkTable() {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

export function encodeGbk(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable().get(ch);
      if (!pair) throw new Error(`No GBK code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}

export const toBase64 = (bytes: Uint8Array) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};
