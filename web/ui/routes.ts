/** The app's addresses and what each one shows: one table for rendering and for preloading. */
import { REQUESTS, type Request } from '../routing/requests.ts';

export type Route =
  | { readonly page: 'start' | 'about' | 'age' | 'complaints' | 'multiple' | 'requests' | 'not-found' }
  | { readonly page: 'request'; readonly request: Request }
  | { readonly page: 'triage'; readonly treeIds: string; readonly step: number | undefined };

const FIXED: Readonly<Record<string, Route['page']>> = {
  '/': 'start',
  '/about': 'about',
  '/complaints/age': 'age',
  '/complaints': 'complaints',
  '/complaints/multiple': 'multiple',
  '/requests': 'requests',
};

export function routeOf(path: string): Route {
  const fixed = FIXED[path];
  if (fixed) return { page: fixed } as Route;
  const request = /^\/requests\/([a-z-]+)$/.exec(path)?.[1];
  if (request && (REQUESTS as readonly string[]).includes(request)) return { page: 'request', request: request as Request };
  const triage = /^\/triage\/([a-z0-9+-]+)(?:\/(\d+))?$/.exec(path);
  if (triage) return { page: 'triage', treeIds: triage[1]!, step: triage[2] ? Number(triage[2]) : undefined };
  return { page: 'not-found' };
}

/** Pages that show no answers: they are prerendered, and show before saved answers are looked for. */
export const isStaticPage = (route: Route) => route.page === 'start' || route.page === 'about';

/** The HTML files the build prerenders: the static pages, and the shell every other address gets. */
export const PRERENDERED = [
  { path: '/', file: 'index.html' },
  { path: '/about', file: 'about.html' },
] as const;
export const SHELL_FILE = 'shell.html';

/** The file that answers a navigation (for hosts, the service worker and test servers alike). */
export const htmlFileFor = (path: string): string => PRERENDERED.find((page) => page.path === path)?.file ?? SHELL_FILE;
