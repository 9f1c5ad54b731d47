/** Navigation in the browser's address bar: one history entry per screen, so Back and Forward work. */
import { sameLocation, type Location, type Navigation } from './navigation.ts';

export function browserNavigation(window: Window): Navigation {
  const read = (): Location => ({ path: window.location.pathname, query: new URLSearchParams(window.location.search) });
  let current = read();
  const listeners = new Set<() => void>();
  const changed = () => {
    const now = read();
    if (sameLocation(now, current)) return;
    current = now;
    listeners.forEach((listener) => listener());
  };
  window.addEventListener('popstate', changed);
  return {
    ownsAddress: true,
    location: () => {
      // The address may have been changed outside this object (a test, a full reload of the state).
      changed();
      return current;
    },
    go(href, { replace = false } = {}) {
      if (replace) window.history.replaceState(null, '', href);
      else window.history.pushState(null, '', href);
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
