// The console's pages as typed routes, read from and written as app-relative URLs (/rounds/3/results/17).

export type ConsoleRoute =
  | { page: 'home' }
  /** An invitation link's "set your password" page; the code (when the link carries one) never leaves the browser. */
  | { page: 'invite'; code?: string }
  | { page: 'frameworks' }
  | { page: 'framework'; frameworkId: number }
  | { page: 'framework-edit'; frameworkId: number }
  | { page: 'framework-diff'; from: number; to: number }
  | { page: 'enterprises' }
  | { page: 'streets' }
  | { page: 'users' }
  | { page: 'audit' }
  | { page: 'rounds' }
  | { page: 'round'; roundId: number }
  | { page: 'assignments'; roundId: number }
  | { page: 'progress'; roundId: number }
  | { page: 'results'; roundId: number }
  | { page: 'result'; roundId: number; enterpriseId: number }
  | { page: 'report'; roundId: number; enterpriseId: number }
  | { page: 'rectifications'; roundId: number }
  | { page: 'requests'; roundId: number }
  | { page: 'quality'; roundId: number }
  | { page: 'my-enterprise'; roundId: number }
  | { page: 'reports'; roundId: number }
  | { page: 'cases'; roundId: number }
  | { page: 'freshness'; roundId: number }
  | { page: 'disagreements'; roundId: number }
  | { page: 'to-score'; roundId: number }
  | { page: 'finder'; roundId: number }
  | { page: 'review-queue'; roundId: number }
  | { page: 'enterprise-accounts'; roundId: number };

export type RoundPage = Extract<ConsoleRoute, { roundId: number }>['page'];
/** The pages of a round the navigation lists (an enterprise's result and report are reached from the results). */
export type RoundSection = Exclude<RoundPage, 'result' | 'report'>;

const id = (text: string | undefined) => (text && /^[1-9]\d{0,15}$/.test(text) ? Number(text) : null);

const INVITE_CODE = /^[0-9A-Za-z-]{8,64}$/;

/**
 * The route of an app-relative path (its query ignored); anything unknown is the home page. An invitation's code comes
 * from the fragment (`/invite#CODE`, which no browser sends to a server), or the old hash form's last segment.
 */
export function parsePath(path: string, fragment = ''): ConsoleRoute {
  const parts = path.split('?')[0]!.split('/').filter(Boolean);
  const [first, second, third, fourth, fifth] = parts;
  if (first === 'frameworks') {
    if (!second) return { page: 'frameworks' };
    if (second === 'diff') {
      const [from, to] = [id(third), id(fourth)];
      return from && to ? { page: 'framework-diff', from, to } : { page: 'frameworks' };
    }
    const frameworkId = id(second);
    if (!frameworkId) return { page: 'frameworks' };
    return third === 'edit' ? { page: 'framework-edit', frameworkId } : { page: 'framework', frameworkId };
  }
  if (first === 'invite') {
    const code = second ?? fragment.replace(/^#/, '');
    return INVITE_CODE.test(code) ? { page: 'invite', code } : { page: 'invite' };
  }
  if (first === 'enterprises' || first === 'streets' || first === 'users' || first === 'audit') return { page: first };
  if (first !== 'rounds') return { page: 'home' };
  const roundId = id(second);
  if (!roundId) return { page: 'rounds' };
  const enterpriseId = id(fourth);
  switch (third) {
    case undefined:
      return { page: 'round', roundId };
    case 'assignments':
    case 'progress':
    case 'rectifications':
    case 'requests':
    case 'quality':
    case 'my-enterprise':
    case 'reports':
    case 'cases':
    case 'freshness':
    case 'disagreements':
    case 'to-score':
    case 'finder':
    case 'review-queue':
    case 'enterprise-accounts':
      return { page: third, roundId };
    case 'results':
      return enterpriseId && !fifth ? { page: 'result', roundId, enterpriseId } : { page: 'results', roundId };
    case 'report':
      return enterpriseId ? { page: 'report', roundId, enterpriseId } : { page: 'results', roundId };
    default:
      return { page: 'round', roundId };
  }
}

/** The app-relative URL of a route (`/rounds/3/results/17`); parseUrl(routeUrl(r)) gives r back. */
export function routeUrl(route: ConsoleRoute): string {
  switch (route.page) {
    case 'home':
      return '/';
    case 'invite':
      return route.code ? `/invite#${route.code}` : '/invite';
    case 'frameworks':
    case 'enterprises':
    case 'streets':
    case 'users':
    case 'audit':
    case 'rounds':
      return `/${route.page}`;
    case 'framework':
      return `/frameworks/${route.frameworkId}`;
    case 'framework-edit':
      return `/frameworks/${route.frameworkId}/edit`;
    case 'framework-diff':
      return `/frameworks/diff/${route.from}/${route.to}`;
    case 'round':
      return `/rounds/${route.roundId}`;
    case 'result':
      return `/rounds/${route.roundId}/results/${route.enterpriseId}`;
    case 'report':
      return `/rounds/${route.roundId}/report/${route.enterpriseId}`;
    default:
      return `/rounds/${route.roundId}/${route.page}`;
  }
}

/** The route of an app-relative URL, fragment included. */
export function parseUrl(url: string): ConsoleRoute {
  const at = url.indexOf('#');
  return at < 0 ? parsePath(url) : parsePath(url.slice(0, at), url.slice(at + 1));
}

/** The route of an old-style location hash (`#/rounds/3/progress`, `#/invite/CODE`), from links made before paths. */
export const parseRoute = (hash: string): ConsoleRoute => parsePath(hash.replace(/^#/, ''));

/** The path form of an old hash link, to replace it on load; null when the hash is not a route (`#/…`). */
export function legacyHashUrl(hash: string): string | null {
  return hash.startsWith('#/') ? routeUrl(parseRoute(hash)) : null;
}
