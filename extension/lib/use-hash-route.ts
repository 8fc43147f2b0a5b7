// The console's current route, following the location hash (back and forward included).
import { useEffect, useState } from 'preact/hooks';
import { parseRoute, routeHash, type ConsoleRoute } from './console-route';

export function useHashRoute(): ConsoleRoute {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return route;
}

export const go = (route: ConsoleRoute) => {
  location.hash = routeHash(route);
};

/** An href for a link to a route. */
export const href = (route: ConsoleRoute) => routeHash(route);
