/** The app's addresses and the page each one shows: one table for rendering and for preloading. */
import { REQUESTS, type Request } from '../care/requests.ts';

export type Page =
  | { readonly kind: 'start' | 'about' | 'age' | 'complaints' | 'multiple' | 'requests' | 'not-found' }
  | { readonly kind: 'request'; readonly request: Request }
  | { readonly kind: 'triage'; readonly treeIds: string; readonly step: number | undefined };

const FIXED: Readonly<Record<string, Page['kind']>> = {
  '/': 'start',
  '/about': 'about',
  '/complaints/age': 'age',
  '/complaints': 'complaints',
  '/complaints/multiple': 'multiple',
  '/requests': 'requests',
};

export function pageOf(path: string): Page {
  const fixed = FIXED[path];
  if (fixed) return { kind: fixed } as Page;
  const request = /^\/requests\/([a-z-]+)$/.exec(path)?.[1];
  if (request && (REQUESTS as readonly string[]).includes(request)) return { kind: 'request', request: request as Request };
  const triage = /^\/triage\/([a-z0-9+-]+)(?:\/(\d+))?$/.exec(path);
  if (triage) return { kind: 'triage', treeIds: triage[1]!, step: triage[2] ? Number(triage[2]) : undefined };
  return { kind: 'not-found' };
}

/** The address of one step of a triage (the step number only: never an answer). */
export const triagePath = (treeIds: string, step: number): string => `/triage/${treeIds}/${step}`;
