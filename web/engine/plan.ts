import type { PlannedTree, Result } from './session.ts';

/** The trees a session runs, in order: the shared screens a tree names first, then the tree itself. */
export function planFor(treeId: string, lookup: (id: string) => PlannedTree | undefined): Result<PlannedTree[]> {
  const main = lookup(treeId);
  if (!main) return { ok: false, error: `unknown tree "${treeId}"` };
  const plan: PlannedTree[] = [];
  for (const sharedId of main.tree.preamble ?? []) {
    const shared = lookup(sharedId);
    if (!shared) return { ok: false, error: `tree "${treeId}" needs shared tree "${sharedId}", which does not exist` };
    plan.push(shared);
  }
  plan.push(main);
  return { ok: true, value: plan };
}
