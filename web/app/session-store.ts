/**
 * The triage in progress and the person's age band. In memory for the UI, and mirrored on the
 * device (saved-session.ts) so a reload or a closed app does not lose it. One triage at a time:
 * starting another tree replaces it.
 */
import { AGE_BANDS, type AgeBand } from '../engine/context.ts';
import { current, type Session } from '../engine/session.ts';
import { kioskMode } from './device-mode.ts';
import * as saved from './saved-session.ts';

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
  const finished = current(session).kind === 'outcome';
  void saved.saveSession(treeId, session, finished);
  // After the outcome the answers stay a short while (to read them out), then go.
  clearTimeout(graceTimer);
  if (finished) graceTimer = setTimeout(() => void saved.clearSession(), saved.GRACE_MS);
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
  if (!kioskMode()) void saved.clearSession();
}
