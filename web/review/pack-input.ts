/**
 * What a pack and its index row are built from, gathered from the loaded content: the walk, the
 * checker's verdict on the spec, the hash. Git's part (what changed, the last change) comes in
 * from outside, so the CLI and the tests build packs the same way.
 */
import type { LoadedContent } from '../build/content-files.ts';
import type { Tree } from '../engine/tree-schema.ts';
import type { Changes } from './changes.ts';
import type { IndexRow } from './index-page.ts';
import { openNotes, type PackInput } from './pack.ts';
import { traceSpec } from './spec-trace.ts';
import { textOf } from './tree-texts.ts';
import { walkForReview } from './tree-walk.ts';

export interface History {
  readonly changes: Changes;
  readonly lastChange: string | undefined;
}

const specOf = (content: LoadedContent, tree: Tree) => content.specs.find((file) => file.spec.tree === tree.id);

export function packInput(content: LoadedContent, tree: Tree, history: History): PackInput {
  const trees = new Map(content.trees.map((entry) => [entry.tree.id, entry.tree]));
  const specFile = specOf(content, tree);
  return {
    tree,
    trees,
    texts: content.texts,
    hash: content.planned.get(tree.id)?.hash ?? '?',
    walk: walkForReview(tree),
    spec: specFile && { spec: specFile.spec, trace: traceSpec(specFile, tree, trees) },
    links: content.thuisartsLinks,
    ...history,
  };
}

/** The pack's file name beside the index. */
export const packFile = (tree: Tree) => `${tree.id}.html`;

export function indexRow(content: LoadedContent, tree: Tree, lastChange: string | undefined): IndexRow {
  return {
    id: tree.id,
    title: textOf(content.texts, 'nl', tree, tree.title),
    kind: tree.kind,
    status: tree.review.status,
    version: tree.version,
    lastChange,
    openNotes: openNotes(tree, specOf(content, tree)?.spec).length,
    file: packFile(tree),
  };
}
