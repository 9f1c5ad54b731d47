/**
 * Trees in the browser: fetched per need as data, validated again at load with the same schema
 * as the build, and paired with the content hash from the build manifest.
 */
import { migrateTree } from '../engine/migrate-tree.ts';
import { validate } from '../engine/schema-errors.ts';
import type { PlannedTree } from '../engine/session.ts';
import { TreeSchema } from '../engine/tree-schema.ts';
import { planFor } from '../engine/plan.ts';
import { treeSource } from '../content/data-addresses.ts';
import { ContentError, fetchData } from './data-files.ts';
import { sessionTreeIds, treeEntry } from './manifest.ts';

const cache = new Map<string, Promise<PlannedTree>>();

async function fetchTree(id: string): Promise<PlannedTree> {
  const entry = treeEntry(id);
  if (!entry) throw new ContentError(`unknown tree "${id}"`);
  const file = treeSource(id);
  const migrated = migrateTree(await fetchData(file, id));
  if (!migrated.ok) throw new ContentError(`${file}: $.schemaVersion: ${migrated.error}`);
  const result = validate(TreeSchema, migrated.data);
  if (!result.ok) throw new ContentError(result.errors.map((e) => `${file}: ${e.path}: ${e.message}`).join('\n'));
  return { tree: result.data, hash: entry.hash };
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
