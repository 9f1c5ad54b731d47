/**
 * The longest routes through trees: how many screens can still come (progress.ts), and the most
 * steps a session can ever hold (session.ts ends one that needs more: a loop got past the build).
 */
import type { Tree } from './tree-schema.ts';

const longest = new WeakMap<Tree, Map<string, number>>();

/** Screens (questions and info) on the longest route from a node to an end of its tree. */
export function screensToEnd(tree: Tree, nodeId: string): number {
  let memo = longest.get(tree);
  if (!memo) longest.set(tree, (memo = new Map()));
  const known = memo.get(nodeId);
  if (known !== undefined) return known;
  memo.set(nodeId, 0); // guards against cycles, which the checker rejects (a session that loops meets stepLimit)
  const node = tree.nodes[nodeId];
  let value = 0;
  if (node && 'next' in node) {
    const targets = [...(node.next.rules ?? []).map((rule) => rule.goto), node.next.otherwise];
    value = 1 + Math.max(...targets.map((target) => screensToEnd(tree, target)));
  }
  memo.set(nodeId, value);
  return value;
}

/**
 * The most steps a session over this plan can hold: per tree its longest route of screens plus
 * the outcome it ends in (passed on to the next complaint, or shown). A session that needs more
 * runs in a loop the build should have refused; the engine ends it at the safe escalation.
 */
export function stepLimit(plan: readonly { readonly tree: Tree }[]): number {
  return plan.reduce((sum, { tree }) => sum + screensToEnd(tree, tree.start) + 1, 0);
}
