/** How far along a session is: the question number now, and the most there can still be. */
import { screensToEnd } from './longest-route.ts';
import type { Session } from './session.ts';

export interface Progress {
  /** 1-based number of the screen the person is on. */
  readonly current: number;
  /** The largest number of screens this session can take; equals `current` at an outcome. */
  readonly atMost: number;
}

export function progressOf(session: Session): Progress {
  const last = session.steps.at(-1)!;
  // An earlier complaint's outcome is passed, not shown: it is no screen of its own.
  const current =
    session.steps.filter((step) => session.plan[step.tree]!.tree.nodes[step.node]?.type !== 'outcome').length +
    (session.plan[last.tree]!.tree.nodes[last.node]?.type === 'outcome' ? 1 : 0);
  if (session.escalation) return { current, atMost: current };
  const here = screensToEnd(session.plan[last.tree]!.tree, last.node);
  const laterTrees = session.plan.slice(last.tree + 1).reduce((sum, { tree }) => sum + screensToEnd(tree, tree.start), 0);
  return { current, atMost: current - 1 + here + laterTrees || current };
}
