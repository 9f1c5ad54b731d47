/**
 * Trees in the browser: fetched per need (each is its own chunk), validated again at load with
 * the same schema as the build, and paired with the content hash from the build manifest.
 */
import { manifest } from 'virtual:content-manifest';
import { migrateTree } from '../engine/migrate-tree.ts';
import { validate } from '../engine/schema-errors.ts';
import type { PlannedTree } from '../engine/session.ts';
import { TreeSchema } from '../engine/tree-schema.ts';
import { planFor, TREE_SEPARATOR } from '../engine/plan.ts';

const treeFiles = import.meta.glob<unknown>('../../decision-trees/*.json', { import: 'default' });

export class ContentError extends Error {
  override name = 'ContentError';
}

const cache = new Map<string, Promise<PlannedTree>>();

async function fetchTree(id: string): Promise<PlannedTree> {
  const file = `../../decision-trees/${id}.json`;
  const entry = manifest.trees.find((tree) => tree.id === id);
  const load = treeFiles[file];
  if (!entry || !load) throw new ContentError(`unknown tree "${id}"`);
  const migrated = migrateTree(await load());
  if (!migrated.ok) throw new ContentError(`decision-trees/${id}.json: $.schemaVersion: ${migrated.error}`);
  const result = validate(TreeSchema, migrated.data);
  if (!result.ok) throw new ContentError(result.errors.map((e) => `decision-trees/${id}.json: ${e.path}: ${e.message}`).join('\n'));
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

/** The shared screens the trees name, then the trees: everything one session runs. */
export async function loadPlan(treeIds: string): Promise<PlannedTree[]> {
  const mains = await Promise.all(treeIds.split(TREE_SEPARATOR).map(loadTree));
  const shared = await Promise.all([...new Set(mains.flatMap((main) => main.tree.preamble ?? []))].map(loadTree));
  const byId = new Map([...mains, ...shared].map((planned) => [planned.tree.id, planned]));
  const plan = planFor(treeIds, (treeId) => byId.get(treeId));
  if (!plan.ok) throw new ContentError(plan.error);
  return plan.value;
}
