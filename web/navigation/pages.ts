/**
 * The app's addresses and the page each one shows: one table for rendering and for preloading.
 * An address names a screen, never a complaint, a question or an answer: a triage step is
 * /vragen/<n>, and which trees run lives in the session (web/app/session-store.ts), not in the
 * address. Only a link from outside names trees (/triage/<ids>); the app never writes that into
 * a history (web/navigation/private-navigation.ts turns it into /vragen before it is shown).
 */
import { REQUESTS, type Request } from '../care/requests.ts';

export type Page =
  | { readonly kind: 'start' | 'about' | 'age' | 'sex' | 'complaints' | 'multiple' | 'requests' | 'not-found' }
  | { readonly kind: 'request'; readonly request: Request }
  /** A link from outside into a triage: these trees, from the start (a step in it is ignored). */
  | { readonly kind: 'triage-entry'; readonly treeIds: string }
  /** A step of the triage under way; no step: its start (the age question, when the trees need it). */
  | { readonly kind: 'triage'; readonly step: number | undefined };

const FIXED: Readonly<Record<string, Page['kind']>> = {
  '/': 'start',
  '/about': 'about',
  '/complaints/age': 'age',
  '/complaints/sex': 'sex',
  '/complaints': 'complaints',
  '/complaints/multiple': 'multiple',
  '/requests': 'requests',
};

/** Where the steps of every triage live. */
export const TRIAGE_PATH = '/vragen';

export function pageOf(path: string): Page {
  const fixed = FIXED[path];
  if (fixed) return { kind: fixed } as Page;
  const request = /^\/requests\/([a-z-]+)$/.exec(path)?.[1];
  if (request && (REQUESTS as readonly string[]).includes(request)) return { kind: 'request', request: request as Request };
  const entry = /^\/triage\/([a-z0-9+-]+)(?:\/\d+)?$/.exec(path);
  if (entry) return { kind: 'triage-entry', treeIds: entry[1]! };
  const step = /^\/vragen(?:\/([1-9]\d{0,3}))?$/.exec(path);
  if (step) return { kind: 'triage', step: step[1] ? Number(step[1]) : undefined };
  return { kind: 'not-found' };
}

/** The address of one step of the triage under way (its number only: no tree, never an answer). */
export const triagePath = (step?: number): string => (step === undefined ? TRIAGE_PATH : `${TRIAGE_PATH}/${step}`);

/** The address that starts a triage of these trees: for links, also from outside the app. */
export const triageEntryPath = (treeIds: string): string => `/triage/${treeIds}`;
