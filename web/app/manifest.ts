/** What the build ships: the languages, and each tree's version, hash and shared screens. */
import { manifest } from 'virtual:content-manifest';
import { TREE_SEPARATOR } from '../engine/plan.ts';

export const languages = manifest.languages;

export const treeEntry = (id: string) => manifest.trees.find((tree) => tree.id === id);

/** The trees one session runs: the chosen ones (joined by "+") and the shared screens they name. */
export function sessionTreeIds(treeIds: string): string[] {
  const mains = treeIds.split(TREE_SEPARATOR);
  return [...new Set([...mains, ...mains.flatMap((id) => treeEntry(id)?.preamble ?? [])])];
}
