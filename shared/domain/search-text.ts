// The one form in which stored names and typed queries are compared: a search finds a query in a record's key.

/**
 * NFKC (full-width letters, digits and signs become half-width, the ideographic space a space, compatibility
 * characters their plain forms), lower case, and each run of white space as one space. Applied to both
 * sides, so "ＡＢＣ１２３" finds "abc123" and the other way round.
 */
export function searchForm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * A record's search key: the search form of each of its texts, one per line. A query's search form never
 * holds a line break, so a match never spans two texts (the end of a name and the start of a credit code).
 */
export function searchKey(...texts: (string | null | undefined)[]): string {
  return texts
    .filter((text): text is string => typeof text === 'string' && text !== '')
    .map(searchForm)
    .join('\n');
}
