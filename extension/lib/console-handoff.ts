// Where the extension's one-time sign-in code rides in the web console's URL: the fragment, which the browser sends
// to no server (no access log, no Referer), after what the page's fragment already holds (an invitation's code, or an
// old hash link's route) when it holds something (ADR-013).

const KEY = 'handoff';

/** The page's URL with the code added to its fragment: `…#handoff=<code>`, or `…#<fragment>&handoff=<code>`. */
export function withHandoff(pageUrl: string, code: string): string {
  return `${pageUrl}${pageUrl.includes('#') ? '&' : '#'}${KEY}=${encodeURIComponent(code)}`;
}

/** The code a location's fragment carries and the fragment without it (`''` when nothing else is left), or null. */
export function takeHandoff(hash: string): { code: string; rest: string } | null {
  const match = new RegExp(`(^#|&)${KEY}=([^&#]*)$`).exec(hash);
  if (!match) return null;
  let code = match[2]!;
  try {
    code = decodeURIComponent(code);
  } catch {
    // A malformed escape is left as it came: the worker refuses it like any unknown code.
  }
  return { code, rest: hash.slice(0, match.index) };
}
