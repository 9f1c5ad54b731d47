/**
 * The triage in progress and the person's age band. In memory for the UI, and mirrored on the
 * device (saved-session.ts) so a reload or a closed app does not lose it. One triage at a time:
 * starting another tree replaces it.
 */
import { AGE_BANDS, type AgeBand } from '../engine/context.ts';
import type { Session } from '../engine/session.ts';
import { kioskMode } from './device-mode.ts';

/** Storage code (idb, schemas) loads with the first save, not with the start screen. */
const saved = () => import('./saved-session.ts');
/** Kept this long after the outcome was shown (saved-session.ts's GRACE_MS, without importing it). */
const GRACE_MS = 30 * 60 * 1000;

let ageBand: AgeBand | undefined;
let active: { treeId: string; session: Session } | undefined;
let graceTimer: ReturnType<typeof setTimeout> | undefined;

export function chosenAgeBand(): AgeBand | undefined {
  return ageBand;
}

export function chooseAgeBand(band: AgeBand): void {
  ageBand = band;
}

export function activeSession(treeId: string): Session | undefined {
  return active?.treeId === treeId ? active.session : undefined;
}

export function saveSession(treeId: string, session: Session): void {
  active = { treeId, session };
  if (kioskMode()) return; // a shared screen keeps nothing
  const last = session.steps.at(-1)!;
  const finished = session.escalation !== undefined || session.plan[last.tree]?.tree.nodes[last.node]?.type === 'outcome';
  void saved().then((store) => store.storeOnDevice(treeId, session, finished));
  // After the outcome the answers stay a short while (to read them out), then go.
  clearTimeout(graceTimer);
  if (finished) graceTimer = setTimeout(() => void saved().then((store) => store.deleteFromDevice()), GRACE_MS);
}

/** Continue a triage found on the device after a reload. */
export function restoreSession(treeId: string, session: Session): void {
  active = { treeId, session };
  ageBand = [...AGE_BANDS].reverse().find((band) => session.context.age !== undefined && session.context.age >= band.value)?.id;
}

/** Start over: nothing of this person stays, in memory or on the device. */
export function clearSession(): void {
  active = undefined;
  ageBand = undefined;
  clearTimeout(graceTimer);
  // A kiosk never wrote anything, and must not even create a database by deleting.
  if (!kioskMode()) void saved().then((store) => store.deleteFromDevice());
}
