/**
 * The navigation the app runs on, made private: it wraps the browser's address bar (or a memory)
 * so that what a shared or family device keeps shows no complaint.
 * - An address that names trees (/triage/<ids>: a link from outside, a complaint chosen in the
 *   picker) is never written into a history: the trees go to `enter`, and the triage runs at
 *   /vragen. An entry the browser already loaded is replaced at once.
 * - A sensitive triage runs in memory even where the app owns the address bar: the browser's
 *   address and history stay at the page where it was chosen, so no history row, Back or Forward
 *   entry holds one of its steps. A move to any other page, or the browser's own Back, leaves
 *   the memory again.
 */
import { memoryNavigation, type MemoryNavigation } from './memory-navigation.ts';
import { hrefFrom, locationOf, sameLocation, type Location, type Navigation } from './navigation.ts';
import { pageOf, triagePath } from './pages.ts';

export interface TriageEntries {
  /** A triage of these trees starts: keep them, since its addresses do not say. False: no such trees (the address stays, "not found"). */
  enter(treeIds: string): boolean;
  /** Whether these trees run in memory wherever they are opened. */
  sensitive(treeIds: string): boolean;
}

const addressOf = (location: Location) => {
  const search = location.query.toString();
  return search ? `${location.path}?${search}` : location.path;
};

export function privateNavigation(base: Navigation, entries: TriageEntries): Navigation {
  let memory: MemoryNavigation | undefined;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const location = () => (memory ?? base).location();

  const remember = (start: string) => {
    memory = memoryNavigation(start);
    memory.subscribe(notify);
  };

  /** Where a move to `target` really goes: a triage's trees are taken out of its address. */
  function go(href: string, options: { replace?: boolean } = {}) {
    const target = locationOf(href, location());
    const page = pageOf(target.path);
    if (page.kind === 'triage-entry' && entries.enter(page.treeIds)) {
      const steps = hrefFrom(target, triagePath());
      if (base.ownsAddress && entries.sensitive(page.treeIds)) {
        remember(steps);
        notify();
      } else leave(steps, options);
    } else if (memory && page.kind === 'triage') memory.go(href, options);
    else leave(addressOf(target), options);
  }

  /** Move on the base navigation; out of the memory first, if the triage ran there. */
  function leave(href: string, options: { replace?: boolean }) {
    if (!memory) return base.go(href, options);
    memory = undefined;
    // Back from the first question: the browser is still at the page the triage was chosen on.
    if (sameLocation(locationOf(href, base.location()), base.location())) notify();
    else base.go(href, options);
  }

  // A link from outside names the trees: the address the person sees (and keeps) does not.
  const first = base.location();
  const firstPage = pageOf(first.path);
  if (firstPage.kind === 'triage-entry' && entries.enter(firstPage.treeIds)) {
    const steps = hrefFrom(first, triagePath());
    if (base.ownsAddress && entries.sensitive(firstPage.treeIds)) {
      remember(steps);
      base.go(hrefFrom(first, '/'), { replace: true });
    } else base.go(steps, { replace: true });
  }

  base.subscribe(() => {
    // The browser's own Back or Forward leaves a triage kept in memory.
    memory = undefined;
    notify();
  });

  return {
    get ownsAddress() {
      return !memory && base.ownsAddress;
    },
    location,
    go,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
