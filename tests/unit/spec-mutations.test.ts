/**
 * Mutation test of the clinical specs: for every spec item of every tree, break the tree the two
 * ways a careless edit would, and the checker must fail naming that item:
 *  - remove the question that asks it (every way into it goes on as if it were never asked);
 *  - lower an outcome that a path with the item reaches to self-care (and name that path).
 * A spec item that survives either mutation proves nothing.
 */
import { describe, expect, it } from 'vitest';
import { checkTreeSpec, type SpecFile } from '../../web/checker/check-specs.ts';
import type { Problem } from '../../web/checker/check-content.ts';
import type { SpecItem } from '../../web/checker/spec-schema.ts';
import type { Tree } from '../../web/engine/tree-schema.ts';
import { content } from './harness.ts';

const trees = new Map(content.trees.map(({ tree }) => [tree.id, tree]));

/** The tree that owns a question reference ("q-x" or "abcde:q-x") and the node id in it. */
function owner(tree: Tree, ref: string): [string, string] {
  const colon = ref.indexOf(':');
  return colon < 0 ? [tree.id, ref] : [ref.slice(0, colon), ref.slice(colon + 1)];
}

/** Bypass a question: every goto into it goes where its `otherwise` goes. */
function withoutQuestion(tree: Tree, nodeId: string): Tree {
  const copy = structuredClone(tree);
  const removed = copy.nodes[nodeId]!;
  if (!('next' in removed)) throw new Error(`${nodeId} is not a question`);
  const onward = removed.next.otherwise;
  for (const node of Object.values(copy.nodes)) {
    if (!('next' in node)) continue;
    for (const rule of node.next.rules ?? []) if (rule.goto === nodeId) rule.goto = onward;
    if (node.next.otherwise === nodeId) node.next.otherwise = onward;
  }
  if (copy.start === nodeId) copy.start = onward;
  return copy;
}

function withSelfCare(tree: Tree, nodeId: string): Tree {
  const copy = structuredClone(tree);
  Object.assign(copy.nodes[nodeId]!, { urgency: 'U5', channel: 'self-care' });
  return copy;
}

function problemsFor(specFile: SpecFile, mutated: Map<string, Tree>): Problem[] {
  const problems: Problem[] = [];
  checkTreeSpec(specFile, mutated.get(specFile.spec.tree)!, mutated, problems);
  return problems;
}

const names = (item: SpecItem) => (p: Problem) => p.message.includes(`spec item "${item.id}"`);

describe.each(content.specs.map((specFile) => [specFile.spec.tree, specFile] as const))('spec of %s', (_, specFile) => {
  const tree = trees.get(specFile.spec.tree)!;
  const original = checkTreeSpec(specFile, tree, trees, []);

  it('every item fails the check when its question is removed', () => {
    const survivors = specFile.spec.items.filter((item) => {
      const ask = item.asks[0]!;
      const mutated = new Map(trees);
      for (const ref of typeof ask.question === 'string' ? [ask.question] : ask.question) {
        const [treeId, nodeId] = owner(tree, ref);
        mutated.set(treeId, withoutQuestion(mutated.get(treeId)!, nodeId));
      }
      return !problemsFor(specFile, mutated).some(names(item));
    });
    expect(survivors.map((item) => item.id)).toEqual([]);
  });

  it('every item fails the check, naming a path, when an outcome it reaches becomes self-care', () => {
    const survivors = specFile.spec.items.filter((item) => {
      const end = [...(original.reaches.get(item.id) ?? [])][0];
      if (!end) return true;
      const [treeId, nodeId] = owner(tree, end);
      const mutated = new Map(trees).set(treeId, withSelfCare(trees.get(treeId)!, nodeId));
      return !problemsFor(specFile, mutated).some((p) => names(item)(p) && /calmer than its minimum U\d: .+=/.test(p.message));
    });
    expect(survivors.map((item) => item.id)).toEqual([]);
  });
});
