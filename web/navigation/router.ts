/**
 * A URL for every step, so browser Back works. Only screen positions go in the address, never
 * answers: /triage/<tree>/<step>. `lang` and `voice` travel along in the query.
 */
import { useEffect, useState } from 'preact/hooks';

/** Settings that travel along every link: language, voice, the practice, and kiosk mode. */
const KEPT_PARAMS = ['lang', 'voice', 'practice', 'mode'];

export interface Location {
  readonly path: string;
  readonly query: URLSearchParams;
}

function read(): Location {
  return { path: window.location.pathname, query: new URLSearchParams(window.location.search) };
}

/** Add the kept query parameters of the current address to a path. */
export function hrefFor(path: string, extra: Record<string, string> = {}): string {
  const current = new URLSearchParams(window.location.search);
  const query = new URLSearchParams();
  for (const name of KEPT_PARAMS) {
    const value = current.get(name);
    if (value) query.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) query.set(name, value);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

const listeners = new Set<() => void>();

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  listeners.forEach((listener) => listener());
}

export function useLocation(): Location {
  const [location, setLocation] = useState(read);
  useEffect(() => {
    const update = () =>
      setLocation((previous) => {
        const now = read();
        return now.path === previous.path && now.query.toString() === previous.query.toString() ? previous : now;
      });
    listeners.add(update);
    window.addEventListener('popstate', update);
    // A child's effect may have navigated before this one subscribed (effects run child-first).
    update();
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return location;
}

/** Handle a click on an in-app link without a page load (modified clicks open as usual). */
export function onLinkClick(event: MouseEvent): void {
  const link = event.currentTarget as HTMLAnchorElement;
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || link.target) return;
  event.preventDefault();
  navigate(link.getAttribute('href')!);
}
