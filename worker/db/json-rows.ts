// Many rows in one statement without D1's 100-parameter limit: the rows travel as one JSON parameter
// and SQL reads them with json_each. Large sets are cut into chunks well under D1's 2 MB value limit.

const MAX_CHUNK_CHARS = 400_000;

/** JSON arrays of `rows`, each at most about 400,000 characters. */
export function jsonChunks(rows: readonly unknown[]): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const row of rows) {
    const text = JSON.stringify(row);
    if (size + text.length > MAX_CHUNK_CHARS && current.length > 0) {
      chunks.push(`[${current.join(',')}]`);
      current = [];
      size = 0;
    }
    current.push(text);
    size += text.length + 1;
  }
  if (current.length > 0) chunks.push(`[${current.join(',')}]`);
  return chunks;
}
