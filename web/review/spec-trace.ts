/**
 * The checker's verdict on one tree's spec, shaped for the review: its result (which outcomes the
 * paths with each item reach) and each problem under the id of the item it concerns.
 */
import { checkTreeSpec, type SpecFile, type TreeSpecResult } from '../checker/check-specs.ts';
import type { Problem } from '../checker/content-set.ts';
import type { Tree } from '../engine/tree-schema.ts';

export interface SpecTrace {
  readonly result: TreeSpecResult;
  /** Item id (or "" for the spec as a whole) → the checker's messages. */
  readonly problems: ReadonlyMap<string, readonly string[]>;
}

export function traceSpec(specFile: SpecFile, tree: Tree, trees: ReadonlyMap<string, Tree>): SpecTrace {
  const found: Problem[] = [];
  const result = checkTreeSpec(specFile, tree, trees, found);
  const problems = new Map<string, string[]>();
  for (const problem of found) {
    const index = /^\$\.items\[(\d+)\]/.exec(problem.path)?.[1];
    const id = index === undefined ? '' : (specFile.spec.items[Number(index)]?.id ?? '');
    problems.set(id, [...(problems.get(id) ?? []), problem.message]);
  }
  return { result, problems };
}
