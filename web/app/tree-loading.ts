/**
 * Trees in the browser: fetched per need as data and paired with the content hash from the build
 * manifest. The build checked each tree with the full schema and serves it in the current format;
 * the digest in its address proves it arrived as checked (data-files.ts), so it is not parsed again.
 */
import type { PlannedTree } from '../engine/session.ts';
import type { Tree } from '../engine/tree-schema.ts';
import { planFor } from '../engine/plan.ts';
import { treeSource } from '../content/data-addresses.ts';
import { ContentError, fetchData } from './data-files.ts';
import { sessionTreeIds, treeEntry } from './manifest.ts';

const cache = new Map<string, Promise<PlannedTree>>();

async function fetchTree(id: string): Promise<PlannedTree> {
  const entry = treeEntry(id);
  if (!entry) throw new ContentError(`unknown tree "${id}"`);
  const tree = (await fetchData(treeSource(id))) as Tree;
  return { tree, hash: entry.hash };
}

export function loadTree(id: string): Promise<PlannedTree> {
  let pending = cache.get(id);
  if (!pending) {
    pending = fetchTree(id);
    // A failed load may succeed later (e.g. back online): do not keep the failure.
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
  }
  return pending;
}

/** Everything one session runs, fetched side by side (the manifest names the shared screens). */
export async function loadPlan(treeIds: string): Promise<PlannedTree[]> {
  const loaded = await Promise.all(sessionTreeIds(treeIds).map(loadTree));
  const byId = new Map(loaded.map((planned) => [planned.tree.id, planned]));
  const plan = planFor(treeIds, (treeId) => byId.get(treeId));
  if (!plan.ok) throw new ContentError(plan.error);
  return plan.value;
}
