/**
 * The triage in progress and the person's age band, in memory only. One triage at a time:
 * starting another tree replaces it.
 */
import type { AgeBand } from '../engine/context.ts';
import type { Session } from '../engine/session.ts';

let ageBand: AgeBand | undefined;

export function chosenAgeBand(): AgeBand | undefined {
  return ageBand;
}

export function chooseAgeBand(band: AgeBand): void {
  ageBand = band;
}

let active: { treeId: string; session: Session } | undefined;

export function activeSession(treeId: string): Session | undefined {
  return active?.treeId === treeId ? active.session : undefined;
}

export function saveSession(treeId: string, session: Session): void {
  active = { treeId, session };
}

/** Start over: nothing of this person stays in memory. */
export function clearSession(): void {
  active = undefined;
  ageBand = undefined;
}
