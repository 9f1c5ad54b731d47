/**
 * What changed between two versions of a tree, for the reviewing GP: questions added, removed or
 * reworded, routing, outcomes' urgency and channel, the Dutch texts, and above all the answer
 * paths whose end moved: every path of the new version (the checker's walk) is walked again
 * through the old version with the same answers, and one that the old version ended at another
 * outcome or urgency is listed. A path that meets a question the other version does not ask
 * (an added or removed question) cannot be compared; the questions themselves are listed.
 */
import { walkForReview, pathName } from './tree-walk.ts';
import type { TreePath } from '../checker/tree-paths.ts';
import { RuleError } from '../engine/json-logic.ts';
import { branch, type AnswerValue } from '../engine/session.ts';
import { optionsOf } from '../engine/tree-model.ts';
import type { Question, Tree, TreeNode } from '../engine/tree-schema.ts';

/** A tree as it was at one version, with its own Dutch texts (flattened keys of i18n/nl/trees/<id>.json). */
export interface TreeVersion {
  readonly tree: Tree;
  readonly texts: Readonly<Record<string, string>>;
}

export interface End {
  readonly node: string;
  readonly urgency: string | undefined;
}

export interface TreeDiff {
  readonly from: string;
  readonly to: string;
  readonly questionsAdded: readonly string[];
  readonly questionsRemoved: readonly string[];
  /** Questions in both whose wording or options changed, with what changed. */
  readonly questionsChanged: readonly { readonly id: string; readonly what: readonly string[] }[];
  /** Nodes in both whose routing (`next`) changed. */
  readonly routing: readonly string[];
  readonly outcomesAdded: readonly string[];
  readonly outcomesRemoved: readonly string[];
  /** Outcomes in both whose urgency or channel changed. */
  readonly outcomesChanged: readonly { readonly id: string; readonly before: string; readonly after: string }[];
  readonly textsAdded: readonly string[];
  readonly textsRemoved: readonly string[];
  readonly textsChanged: readonly { readonly key: string; readonly before: string; readonly after: string }[];
  /** Answer paths of the new version that the old one also walks to an end, but to another outcome or urgency. */
  readonly paths: readonly { readonly path: string; readonly before: End; readonly after: End }[];
  /** How many paths of the new version the old one walks to an end with the same answers. */
  readonly compared: number;
}

const idsOfType = (tree: Tree, type: TreeNode['type']) =>
  Object.entries(tree.nodes)
    .filter(([, node]) => node.type === type)
    .map(([id]) => id);

/** A text key as the person reads it: the Dutch text for the tree's own keys, the key itself for a shared one. */
const reading = (version: TreeVersion, key: string | undefined) => (key === undefined ? '' : (version.texts[key] ?? key));

/** The parts of a question a person sees, by name. */
function visibleParts(version: TreeVersion, question: Question): Record<string, string> {
  const options =
    question.input === 'choice'
      ? optionsOf(question).map((o) => `${o.id}: ${reading(version, o.label)} ${reading(version, o.hint)}`)
      : [`${question.min}–${question.max} step ${question.step ?? 1}`, reading(version, question.unit), reading(version, question.unknown)];
  return {
    text: reading(version, question.text),
    hint: reading(version, question.hint),
    explanation: reading(version, question.explanation),
    options: options.join(' | '),
    alarm: question.input === 'choice' ? (question.alarm ?? []).join() : String(question.alarmAtLeast ?? ''),
    'red flag': String(question.redFlag ?? false),
  };
}

/** The urgency and channel of an outcome, as one line. */
const careOf = (node: TreeNode) => (node.type === 'outcome' ? `${node.urgency ?? 'no urgency'} ${node.channel}` : '');

function endOf(tree: Tree, node: string): End {
  const end = tree.nodes[node];
  return { node, urgency: end?.type === 'outcome' ? end.urgency : undefined };
}

/**
 * Where `tree` ends for the answers of a path (of another version): each question it reaches
 * takes that path's answer, and rules see only the answers given so far on this walk. Undefined
 * when it reaches a question the path did not answer, or a rule that cannot be evaluated.
 */
function endFor(tree: Tree, path: TreePath): End | undefined {
  const given = new Map(path.steps.map((step) => [step.node, step.answer]));
  const answers: Record<string, AnswerValue> = {};
  let nodeId = tree.start;
  // A path without a cycle meets each node at most once.
  for (let step = 0; step < Object.keys(tree.nodes).length; step++) {
    const node = tree.nodes[nodeId];
    if (!node || !('next' in node)) return node ? endOf(tree, nodeId) : undefined;
    const value = node.type === 'info' ? 'continue' : given.get(nodeId);
    if (value === undefined) return undefined;
    answers[nodeId] = value;
    try {
      nodeId = branch(tree, nodeId, node.next, { answers, context: path.context });
    } catch (error) {
      if (error instanceof RuleError) return undefined;
      throw error;
    }
  }
  return undefined; // a cycle: the checker reports it
}

export function diffTrees(before: TreeVersion, after: TreeVersion): TreeDiff {
  const old = before.tree;
  const now = after.tree;
  const both = (type: TreeNode['type']) => idsOfType(now, type).filter((id) => old.nodes[id]?.type === type);
  const only = (a: Tree, b: Tree, type: TreeNode['type']) => idsOfType(a, type).filter((id) => b.nodes[id]?.type !== type);

  const questionsChanged = both('question').flatMap((id) => {
    const was = visibleParts(before, old.nodes[id] as Question);
    const is = visibleParts(after, now.nodes[id] as Question);
    const what = Object.keys(is).filter((part) => was[part] !== is[part]);
    return what.length ? [{ id, what }] : [];
  });
  const routing = Object.keys(now.nodes).filter((id) => {
    const was = old.nodes[id];
    const is = now.nodes[id]!;
    return was && 'next' in was && 'next' in is && JSON.stringify(was.next) !== JSON.stringify(is.next);
  });
  const outcomesChanged = both('outcome').flatMap((id) => {
    const was = careOf(old.nodes[id]!);
    const is = careOf(now.nodes[id]!);
    return was === is ? [] : [{ id, before: was, after: is }];
  });

  const keys = (texts: Readonly<Record<string, string>>) => Object.keys(texts);
  const textsChanged = keys(after.texts).flatMap((key) => {
    const was = before.texts[key];
    const is = after.texts[key]!;
    return was === undefined || was === is ? [] : [{ key, before: was, after: is }];
  });

  let compared = 0;
  const paths = walkForReview(now).paths.flatMap((path) => {
    const was = endFor(old, path);
    if (!was) return [];
    compared++;
    const end = endOf(now, path.end);
    return was.node !== end.node || was.urgency !== end.urgency ? [{ path: pathName(path), before: was, after: end }] : [];
  });

  return {
    from: old.version,
    to: now.version,
    questionsAdded: only(now, old, 'question'),
    questionsRemoved: only(old, now, 'question'),
    questionsChanged,
    routing,
    outcomesAdded: only(now, old, 'outcome'),
    outcomesRemoved: only(old, now, 'outcome'),
    outcomesChanged,
    textsAdded: keys(after.texts).filter((key) => !(key in before.texts)),
    textsRemoved: keys(before.texts).filter((key) => !(key in after.texts)),
    textsChanged,
    paths,
    compared,
  };
}
