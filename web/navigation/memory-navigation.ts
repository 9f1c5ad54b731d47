/**
 * Navigation kept in memory: a history of its own that never touches the browser's address or
 * history. For an element embedded in someone else's page, and for a kiosk whose Back must not
 * reach the previous person's triage.
 */
import { locationOf, type Location, type Navigation } from './navigation.ts';

export interface MemoryNavigation extends Navigation {
  /** The embed's own Back: one entry back in its own history (no-op at the first entry). */
  back(): void;
}

export function memoryNavigation(start = '/'): MemoryNavigation {
  const entries: Location[] = [locationOf(start)];
  let index = 0;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    ownsAddress: false,
    location: () => entries[index]!,
    go(href, { replace = false } = {}) {
      const next = locationOf(href, entries[index]);
      if (replace) entries[index] = next;
      else {
        entries.splice(index + 1, entries.length, next);
        index++;
      }
      notify();
    },
    back() {
      if (index === 0) return;
      index--;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
