import type { PlannedTree, Result } from './session.ts';

/** Several complaints are one session: their ids joined by "+" (keelpijn+hoesten). */
export const TREE_SEPARATOR = '+';

/**
 * The trees a session runs, in order: the shared screens the trees name (each once), then the
 * trees themselves. `treeIds` is one id, or several joined by "+" for more than one complaint.
 */
export function planFor(treeIds: string, lookup: (id: string) => PlannedTree | undefined): Result<PlannedTree[]> {
  const ids = treeIds.split(TREE_SEPARATOR);
  const mains: PlannedTree[] = [];
  for (const id of ids) {
    const main = lookup(id);
    if (!main) return { ok: false, error: `unknown tree "${id}"` };
    if (ids.length > 1 && main.tree.kind !== 'complaint') return { ok: false, error: `only complaint trees can be combined, not "${id}"` };
    mains.push(main);
  }
  if (new Set(ids).size !== ids.length) return { ok: false, error: 'a complaint is named twice' };
  const shared: PlannedTree[] = [];
  for (const main of mains) {
    for (const sharedId of main.tree.preamble ?? []) {
      const found = lookup(sharedId);
      if (!found) return { ok: false, error: `tree "${main.tree.id}" needs shared tree "${sharedId}", which does not exist` };
      if (!shared.includes(found)) shared.push(found);
    }
  }
  return { ok: true, value: [...shared, ...mains] };
}
