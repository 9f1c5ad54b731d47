/**
 * The triage in progress: which trees run (the address does not say), the session, and the
 * person's age band. In memory for the UI, and mirrored on the device (saved-session.ts) so a
 * reload or a closed app does not lose it; never on a kiosk, and never for a sensitive tree. One
 * triage at a time: starting another tree replaces it. The age band and sex at birth are also kept
 * for the browser session (sessionStorage, never in the address), so a reload or Back does not ask
 * them again (WCAG 2.2, 3.3.7); not on a kiosk, not while a sensitive tree runs, gone on "start over".
 */
import { AGE_BANDS, type AgeBand } from '../engine/context.ts';
import type { Session } from '../engine/session.ts';
import { kioskMode } from './device-mode.ts';
import { isSensitive } from './sensitive-trees.ts';

/** Storage code (idb, schemas) loads with the first save, not with the start screen. */
const saved = () => import('./saved-session.ts');
/** Kept this long after the outcome was shown (saved-session.ts's GRACE_MS, without importing it). */
const GRACE_MS = 30 * 60 * 1000;
const AGE_KEY = 'wegwijzer.age-band';
const SEX_KEY = 'wegwijzer.sex';

/** Sex at birth as asked before the complaint list; "other" (anders, or rather not say) sees every tree. */
export const SEX_CHOICES = ['female', 'male', 'other'] as const;
export type SexChoice = (typeof SEX_CHOICES)[number];

let ageBand: AgeBand | undefined;
let sex: SexChoice | undefined;
let trees: string | undefined;
let active: { treeId: string; session: Session } | undefined;
let graceTimer: ReturnType<typeof setTimeout> | undefined;

export function chosenAgeBand(): AgeBand | undefined {
  // After a reload this module starts empty: the band chosen earlier in this browser session counts.
  if (ageBand === undefined && !kioskMode())
    ageBand = keptChoice(
      AGE_KEY,
      AGE_BANDS.map((band) => band.id),
    );
  return ageBand;
}

export function chooseAgeBand(band: AgeBand): void {
  keepAgeBand(band);
}

export function chosenSex(): SexChoice | undefined {
  if (sex === undefined && !kioskMode()) sex = keptChoice(SEX_KEY, SEX_CHOICES);
  return sex;
}

export function chooseSex(choice: SexChoice | undefined): void {
  sex = choice;
  keepChoice(SEX_KEY, choice);
}

function keptChoice<T extends string>(key: string, valid: readonly T[]): T | undefined {
  try {
    const kept = sessionStorage.getItem(key);
    return valid.find((value) => value === kept);
  } catch {
    return undefined; // no storage (a private window, the prerender): this document only
  }
}

/** The band for this document, and for the browser session where that may be kept; undefined forgets it. */
function keepAgeBand(band: AgeBand | undefined): void {
  ageBand = band;
  keepChoice(AGE_KEY, band);
}

/** A choice about the person, kept for the browser session where that may be; undefined forgets it. */
function keepChoice(key: string, value: string | undefined): void {
  if (kioskMode()) return; // a shared screen keeps nothing, and must not even delete
  // A sensitive triage runs in memory only: no choice made in it is kept, nor an earlier one left behind.
  const kept = trees && isSensitive(trees) ? undefined : value;
  try {
    if (kept) sessionStorage.setItem(key, kept);
    else sessionStorage.removeItem(key);
  } catch {
    // Without storage the choice holds for this document only.
  }
}

/** The trees of the triage under way: chosen, restored after a reload, or none. */
export function chosenTrees(): string | undefined {
  return trees;
}

/** A triage of these trees starts (its first step has no session yet). */
export function chooseTrees(treeIds: string): void {
  trees = treeIds;
}

export function activeSession(treeId: string): Session | undefined {
  return active?.treeId === treeId ? active.session : undefined;
}

export function saveSession(treeId: string, session: Session): void {
  active = { treeId, session };
  trees = treeId;
  if (kioskMode()) return; // a shared screen keeps nothing
  // Nor is a sensitive triage; and an earlier triage is not left behind it, to be offered by name.
  if (isSensitive(treeId)) {
    if (session.steps.length === 1) void saved().then((store) => store.deleteFromDevice());
    return;
  }
  const last = session.steps.at(-1)!;
  const finished = session.escalation !== undefined || session.plan[last.tree]?.tree.nodes[last.node]?.type === 'outcome';
  void saved().then((store) => store.storeOnDevice(treeId, session, finished));
  // After the outcome the answers stay a short while (to read them out), then go.
  clearTimeout(graceTimer);
  if (finished) forgetAfter(GRACE_MS);
}

function forgetAfter(ms: number): void {
  clearTimeout(graceTimer);
  graceTimer = setTimeout(() => void saved().then((store) => store.deleteFromDevice()), ms);
}

/** Continue a triage found on the device after a reload; an outcome (`finishedAt`) only until its grace period ends. */
export function restoreSession(treeId: string, session: Session, finishedAt?: number): void {
  active = { treeId, session };
  trees = treeId;
  if (finishedAt !== undefined) forgetAfter(Math.max(0, finishedAt + GRACE_MS - Date.now()));
  keepAgeBand([...AGE_BANDS].reverse().find((band) => session.context.age !== undefined && session.context.age >= band.value)?.id);
}

/** Start over: nothing of this person stays, in memory or on the device. */
export function clearSession(): void {
  active = undefined;
  trees = undefined;
  keepAgeBand(undefined);
  chooseSex(undefined);
  clearTimeout(graceTimer);
  // A kiosk never wrote anything, and must not even create a database by deleting.
  if (!kioskMode()) void saved().then((store) => store.deleteFromDevice());
}
