// Where the console is and how it moves: preact-iso's location, on the web console's paths.
import { useLocation } from 'preact-iso/router';
import { parsePath, routeUrl, type ConsoleRoute } from './console-route';

const withQuery = (url: string, query?: Record<string, string>) => {
  const search = new URLSearchParams(query).toString();
  return search ? `${url}?${search}` : url;
};

/** An href for a link to a route (and a query string), which the router follows on a plain click. */
export const href = (route: ConsoleRoute, query?: Record<string, string>) => withQuery(routeUrl(route), query);

/** The console's route where the reader is. On the web an invitation's code sits in the fragment, never sent to a server. */
export function useConsoleRoute(): ConsoleRoute {
  const { path } = useLocation();
  return parsePath(path, location.hash);
}

/** Goes to a route through the router: a new history entry, or in place of the current one (a redirect). */
export function useGo() {
  const { route } = useLocation();
  return (to: ConsoleRoute, replace = false) => route(routeUrl(to), replace);
}
