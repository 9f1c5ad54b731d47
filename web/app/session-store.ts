/**
 * The triage in progress, in memory only. One at a time: starting another tree replaces it.
 */
import type { Session } from '../engine/session.ts';

let active: { treeId: string; session: Session } | undefined;

export function activeSession(treeId: string): Session | undefined {
  return active?.treeId === treeId ? active.session : undefined;
}

export function saveSession(treeId: string, session: Session): void {
  active = { treeId, session };
}

export function clearSession(): void {
  active = undefined;
}
