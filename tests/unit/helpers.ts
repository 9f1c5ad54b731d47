/** Small helpers shared by the engine tests: inline trees and walking a session by answers. */
import { expect } from 'vitest';
import { loadContent } from '../../web/build/content-files.ts';
import { planFor } from '../../web/engine/plan.ts';
import { answer, current, type AnswerValue, type PlannedTree, type Session } from '../../web/engine/session.ts';
import { walkTree } from '../../web/checker/tree-paths.ts';
import { TreeSchema, type Tree } from '../../web/engine/tree-schema.ts';

/** Parse an inline tree the way content files are parsed; throws on a schema error. */
export function parseTree(nodes: Record<string, unknown>, extra: Record<string, unknown> = {}): Tree {
  return TreeSchema.parse({
    id: 'inline',
    schemaVersion: 2,
    version: '1.0.0',
    kind: 'request',
    title: 'title',
    review: { status: 'draft', reviewers: [], date: null, version: null },
    start: Object.keys(nodes)[0],
    nodes,
    ...extra,
  });
}

export const planned = (tree: Tree, hash = 'sha256-test'): PlannedTree => ({ tree, hash });

/** An outcome node with placeholder texts. */
export const outcome = (urgency: string | undefined, channel: string) => ({
  type: 'outcome',
  ...(urgency ? { urgency } : {}),
  channel,
  title: 'o.title',
  advice: ['o.advice'],
  safetyNet: 'o.safety-net',
});

/** Answer each value in turn; every answer must be accepted. */
export function walk(session: Session, ...values: AnswerValue[]): Session {
  let here = session;
  for (const value of values) {
    const next = answer(here, value);
    if (!next.ok) expect.fail(`answer ${JSON.stringify(value)} at "${current(here).nodeId}" was refused: ${next.error}`);
    here = next.value;
  }
  return here;
}

/** The real content, loaded once per test file. */
let content: ReturnType<typeof loadContent> | undefined;
export function realContent(): ReturnType<typeof loadContent> {
  content ??= loadContent();
  expect(content.loadProblems).toEqual([]);
  return content;
}

/** The plan the app runs for a real tree: its preamble first. */
export function realPlan(treeId: string): PlannedTree[] {
  const c = realContent();
  const plan = planFor(treeId, (id) => c.planned.get(id));
  if (!plan.ok) expect.fail(plan.error);
  return plan.value;
}

/**
 * The answers that pass a shared screen without a red flag: the path of the real tree that ends
 * in "continue" (for ABCDE: "no" to every life-threat question), in the order they are asked.
 */
export function clearAnswers(sharedId: string): [string, AnswerValue][] {
  const tree = realContent().planned.get(sharedId)?.tree;
  if (!tree) expect.fail(`no shared tree "${sharedId}"`);
  const clear: [string, AnswerValue][][] = [];
  walkTree(tree, { onPath: (path) => tree.nodes[path.end]?.type === 'continue' && clear.push(path.steps.map((s) => [s.node, s.answer])) });
  expect(clear, `paths through ${sharedId} that end in "continue"`).toHaveLength(1);
  return clear[0]!;
}
