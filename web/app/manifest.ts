/** What the build ships: the languages, each tree's version, hash and shared screens, and the content owner. */
import { manifest } from 'virtual:content-manifest';
import { TREE_SEPARATOR } from '../engine/plan.ts';

export const languages = manifest.languages;

export const contentOwner = manifest.contentOwner;

export const treeEntry = (id: string) => manifest.trees.find((tree) => tree.id === id);

/** The trees one session runs: the chosen ones (joined by "+") and the shared screens they name. */
export function sessionTreeIds(treeIds: string): string[] {
  const mains = treeIds.split(TREE_SEPARATOR);
  return [...new Set([...mains, ...mains.flatMap((id) => treeEntry(id)?.preamble ?? [])])];
}
