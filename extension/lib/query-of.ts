// A list's filters as the query values the typed client sends: only the ones set, as text.
export function queryOf(filters: Record<string, string | number | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).flatMap(([name, value]) => (value === undefined || value === '' ? [] : [[name, String(value)]])));
}
