/**
 * Which practice (or, without one, which region) the app is set up for: the one a link names
 * (?practice=<id>, kept on every link of this visit) and the one remembered on the device for the
 * next visit (never on a kiosk).
 *
 * A link never silently replaces the remembered choice. A link can come from anywhere (a
 * forwarded message, another practice's site), and a replaced practice would put another
 * practice's phone numbers in the next urgent outcome, opened from the home screen, unnoticed.
 * Asking first would put a question between a link into a triage and its first question. So the
 * link's practice holds for this visit (what the link was for), the start page says which
 * practice is active and offers the way back to the remembered one, and only the person's own
 * choice there replaces it. On a first visit, with nothing remembered, the link's practice is
 * remembered once it has loaded (practice.ts): the next visit, from the home screen, needs it.
 */
import { manifest } from 'virtual:content-manifest';
import { kioskMode } from './device-mode.ts';

export interface Choice {
  readonly kind: 'practice' | 'region';
  readonly id: string;
}

/** What the app goes by: the practice the address names, and what the device remembers. */
export interface Choices {
  readonly address?: Choice;
  readonly stored?: Choice;
}

const PRACTICE_KEY = 'wegwijzer.practice';
const REGION_KEY = 'wegwijzer.region';
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const listeners = new Set<() => void>();
/** The last choice made in this document: what counts where the device cannot store (a private window that refuses storage). */
let madeHere: Choice | undefined | null = null;

export const sameChoice = (a: Choice | undefined, b: Choice | undefined) => a?.kind === b?.kind && a?.id === b?.id;

/**
 * One string per pair of choices, to know when the set-up must load again. The link's practice
 * remembered (on a first visit) changes nothing: the same set-up, not loaded twice.
 */
export const choicesKey = ({ address, stored }: Choices) =>
  [address, address && sameChoice(address, stored) ? undefined : stored].map((c) => (c ? `${c.kind}:${c.id}` : '')).join('|');

function storedChoice(): Choice | undefined {
  try {
    const practice = localStorage.getItem(PRACTICE_KEY);
    if (practice && ID.test(practice)) return { kind: 'practice', id: practice };
    const region = localStorage.getItem(REGION_KEY);
    if (region && ID.test(region)) return { kind: 'region', id: region };
  } catch {
    // No storage (a private window, or the prerender): only a choice made in this document.
    return madeHere ?? undefined;
  }
  return undefined;
}

/** The practice from the address, and the choice remembered on the device (none on a kiosk). */
export function readChoices(fromAddress: string | null): Choices {
  const address = fromAddress && ID.test(fromAddress) ? ({ kind: 'practice', id: fromAddress } as const) : undefined;
  const stored = kioskMode() ? undefined : storedChoice();
  return { ...(address ? { address } : {}), ...(stored ? { stored } : {}) };
}

/**
 * Remember a practice or region for the next visits, or forget it (undefined). Never on a kiosk.
 * `quiet`: the pages need not know (the choice they show does not change by it).
 */
export function rememberChoice(choice: Choice | undefined, { quiet = false } = {}): void {
  if (kioskMode()) return;
  madeHere = choice;
  try {
    localStorage.removeItem(PRACTICE_KEY);
    localStorage.removeItem(REGION_KEY);
    if (choice) localStorage.setItem(choice.kind === 'practice' ? PRACTICE_KEY : REGION_KEY, choice.id);
  } catch {
    // Without storage the choice holds for this document only (madeHere).
  }
  if (!quiet) listeners.forEach((listener) => listener());
}

/** Called after every change of the remembered choice. */
export function subscribeChoice(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The practices and regions this build has, without loading them (so a page knows whether to offer a choice). */
export function choicesInThisBuild(): Choice[] {
  return Object.keys(manifest.hashes).flatMap((source): Choice[] => {
    const match = /^content\/(practices|regions)\/([a-z0-9-]+)\.json$/.exec(source);
    return match ? [{ kind: match[1] === 'practices' ? 'practice' : 'region', id: match[2]! }] : [];
  });
}
