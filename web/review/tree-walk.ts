/**
 * What the review reads off the checker's walk of every path (web/checker/tree-paths.ts): which
 * answers lead from each node to which next node (the flowchart's edges), how many paths end at
 * each node, and each path under a name that is the same in two versions of a tree (the diff).
 */
import { AGE_BANDS } from '../engine/context.ts';
import type { AnswerValue } from '../engine/session.ts';
import type { Tree } from '../engine/tree-schema.ts';
import { walkTree, type TreePath } from '../checker/tree-paths.ts';

export interface Edge {
  readonly from: string;
  readonly to: string;
  /** Every answer that takes some path from `from` to `to`, in the order the walk met them. */
  readonly answers: readonly AnswerValue[];
}

export interface Walk {
  readonly paths: readonly TreePath[];
  readonly edges: readonly Edge[];
  /** Node id → how many paths end there. */
  readonly ends: ReadonlyMap<string, number>;
}

/** Walk every path of `tree` once and keep what the review needs of it. */
export function walkForReview(tree: Tree): Walk {
  const paths: TreePath[] = [];
  walkTree(tree, { onPath: (path) => paths.push(path) });
  const answers = new Map<string, { from: string; to: string; answers: Set<AnswerValue> }>();
  const ends = new Map<string, number>();
  for (const path of paths) {
    ends.set(path.end, (ends.get(path.end) ?? 0) + 1);
    path.steps.forEach((step, i) => {
      const to = path.steps[i + 1]?.node ?? path.end;
      const key = `${step.node}→${to}`;
      if (!answers.has(key)) answers.set(key, { from: step.node, to, answers: new Set() });
      answers.get(key)!.answers.add(step.answer);
    });
  }
  const edges = [...answers.values()].map((e) => ({ from: e.from, to: e.to, answers: [...e.answers] }));
  return { paths, edges, ends };
}

/** A context value as a person would say it: the age as its band, a moment as its fields. */
function contextValue(name: string, value: unknown): string {
  if (name === 'age') return AGE_BANDS.find((band) => band.value === value)?.id ?? String(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A path named by its context and answers, e.g. "age=18-to-65-years · q-pain=4 · q-rest=no". */
export function pathName(path: TreePath): string {
  const context = Object.entries(path.context)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${contextValue(name, value)}`);
  return [...context, ...path.steps.map((s) => `${s.node}=${s.answer}`)].join(' · ');
}
