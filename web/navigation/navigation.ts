/**
 * Where the person is in the app, as a port with two implementations: the browser's address bar
 * (a URL per step, so Back works; browser-navigation.ts) and a history kept in memory (for an
 * element embedded in a practice's page, which must not own that page's address, and for a kiosk,
 * which must not write the browser's history; memory-navigation.ts). The app renders the same
 * with either. Only screen positions go in an address, never a complaint or an answer:
 * /vragen/<step> (pages.ts). The app wraps either in private-navigation.ts.
 */

export interface Location {
  readonly path: string;
  readonly query: URLSearchParams;
}

export interface Navigation {
  /** Where the person is now. The same object until they move. */
  location(): Location;
  /** Go to an in-app address ("/path?query"); `replace` changes the current entry instead of adding one. */
  go(href: string, options?: { replace?: boolean }): void;
  /** Called after every move, also one made by the browser's or the embed's own Back. */
  subscribe(listener: () => void): () => void;
  /** Whether a link's own click may open it elsewhere (a new tab): only where the address is the browser's. */
  readonly ownsAddress: boolean;
}

/** Settings that travel along every link: language, voice, the practice, and kiosk mode. */
const KEPT_PARAMS = ['lang', 'voice', 'practice', 'mode'];

/** An address for `path` that keeps the current address's settings, plus `extra`. */
export function hrefFrom(location: Location, path: string, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  for (const name of KEPT_PARAMS) {
    const value = location.query.get(name);
    if (value) query.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) query.set(name, value);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** Split an in-app address into path and query. A relative "" or "?…" stays on the current path. */
export function locationOf(href: string, current?: Location): Location {
  const url = new URL(href, `http://app${current?.path ?? '/'}`);
  return { path: url.pathname, query: url.searchParams };
}

export const sameLocation = (a: Location, b: Location): boolean => a.path === b.path && a.query.toString() === b.query.toString();
