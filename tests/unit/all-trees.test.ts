/**
 * Promises every tree must keep, checked over all of them: these tests do not trust the
 * checker's own walk, they replay each found path through the engine the way the app runs it.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../web/checker/check-content.ts';
import { outcomeOf, type AnswerValue } from '../../web/engine/session.ts';
import { optionsOf } from '../../web/engine/tree-model.ts';
import type { Tree } from '../../web/engine/tree-schema.ts';
import { walkTree, type TreePath } from '../../web/checker/tree-paths.ts';
import { ABCDE_CLEAR, abcdeUpTo, content, replayed, startOn, triage } from './harness.ts';

const trees = content.trees.map(({ tree }) => tree);
const complaintTrees = trees.filter((tree) => tree.kind === 'complaint');
const abcde = content.planned.get('abcde')!.tree;
const adultOrChild = (tree: Tree) => (tree.audience?.includes('adult') ? '18-to-65-years' : '4-to-12-years');

/** One path to each end of a tree (the first the walk finds). */
function pathToEachEnd(tree: Tree): Map<string, TreePath> {
  const found = new Map<string, TreePath>();
  walkTree(tree, { onPath: (path) => void (found.has(path.end) || found.set(path.end, path)) });
  return found;
}

describe('all shipped content', () => {
  it('passes the tree checker without a single problem', () => {
    expect(content.loadProblems).toEqual([]);
    expect(checkContent(content).problems).toEqual([]);
  });

  it('has at least 45 complaint trees besides the shared ABCDE screen and the helpdesk tree', () => {
    expect(complaintTrees.length).toBeGreaterThanOrEqual(45);
    expect(trees.map((tree) => tree.id)).toEqual(expect.arrayContaining(['abcde', 'helpdesk-digitale-zorg']));
  });

  it('keeps every tree a draft until a clinician has reviewed it', () => {
    for (const tree of trees) {
      if (tree.review.status === 'approved') expect(tree.review.reviewers.length, tree.id).toBeGreaterThan(0);
      else expect(tree.review.reviewers, tree.id).toEqual([]);
    }
  });
});

describe.each(complaintTrees.map((tree) => [tree.id, tree] as const))('complaint tree %s', (id, tree) => {
  it('runs the ABCDE screen first: a "yes" to any life-threat question ends at 112 with no more questions', () => {
    expect(tree.preamble).toContain('abcde');
    for (const question of Object.keys(ABCDE_CLEAR)) {
      // "no" to the questions before it, "yes" to this one: the walk must stop right there.
      const result = triage(id, { age: adultOrChild(tree), answers: abcdeUpTo(question, 'yes'), screen: 'given' });
      expect(result.outcome.channel, question).toBe('emergency-112');
      expect(result.tree.tree.id).toBe('abcde');
    }
  });
});

describe.each(trees.filter((tree) => tree.kind !== 'shared').map((tree) => [tree.id, tree] as const))('tree %s', (id, tree) => {
  const ends = pathToEachEnd(tree);

  it('reaches every one of its outcomes when the found answers are replayed through the engine', () => {
    const outcomes = Object.entries(tree.nodes)
      .filter(([, node]) => node.type === 'outcome')
      .map(([nodeId]) => nodeId);
    for (const outcomeId of outcomes) {
      const path = ends.get(outcomeId);
      expect(path, `no path reaches ${outcomeId}`).toBeDefined();
      const answers: Record<string, AnswerValue> = Object.fromEntries(path!.steps.map((step) => [step.node, step.answer]));
      const session = replayed(startOn(id, path!.context), tree.preamble?.includes('abcde') ? { ...ABCDE_CLEAR, ...answers } : answers);
      expect(outcomeOf(session)?.nodeId).toBe(outcomeId);
    }
  });

  it('never ends in self-care after an alarm-sign answer, on any path', () => {
    let alarmPaths = 0;
    walkTree(tree, {
      onPath: (path) => {
        const alarmed = path.steps.some(({ node, answer }) => {
          const question = tree.nodes[node];
          if (question?.type !== 'question') return false;
          return question.input === 'choice'
            ? (question.alarm ?? []).includes(answer as string)
            : question.alarmAtLeast !== undefined && (answer as number) >= question.alarmAtLeast;
        });
        if (!alarmed) return;
        alarmPaths++;
        const end = tree.nodes[path.end];
        if (end?.type === 'outcome') {
          expect(end.channel, `${path.end} after ${JSON.stringify(path.steps)}`).not.toBe('self-care');
          expect(end.urgency, path.end).not.toBe('U5');
        }
      },
    });
    // A complaint tree without a single alarm answer would make this test say nothing.
    if (tree.kind === 'complaint') expect(alarmPaths).toBeGreaterThan(0);
  });

  it('routes "weet ik niet" on its red-flag questions to an outcome at least as urgent as the most urgent other answer ("yes", or "dying" in palliative care)', () => {
    for (const [nodeId, node] of Object.entries(tree.nodes)) {
      if (node.type !== 'question' || !node.redFlag || node.input !== 'choice') continue;
      if (!optionsOf(node).some((option) => option.id === 'unknown')) continue;
      const rank = (answer: string) => {
        let least = -1;
        walkTree(tree, {
          onPath: (path) => {
            const step = path.steps.find((s) => s.node === nodeId);
            const end = tree.nodes[path.end];
            if (step?.answer === answer && end?.type === 'outcome' && end.urgency) least = Math.max(least, Number(end.urgency.slice(1)));
          },
        });
        return least;
      };
      // Each answer's least urgent ending (a higher number is calmer); "weet ik niet" may end no calmer than the most urgent.
      const others = optionsOf(node)
        .map((option) => option.id)
        .filter((id) => id !== 'unknown')
        .map(rank)
        .filter((least) => least >= 0);
      expect(rank('unknown'), nodeId).toBeLessThanOrEqual(Math.min(...others));
    }
  });
});

describe('the ABCDE screen', () => {
  it('lets everyone without a life threat through to the complaint', () => {
    const result = triage('overige-klacht', {
      answers: { 'q-alarm': 'no', 'q-pain': 'mild', 'q-risk': 'no', 'q-again': 'no', 'q-wait': 'can-wait' },
      age: '18-to-65-years',
    });
    expect(result.tree.tree.id).toBe('overige-klacht');
    expect(Object.values(abcde.nodes).filter((node) => node.type === 'question')).toHaveLength(Object.keys(ABCDE_CLEAR).length);
  });
});
