/**
 * The triage engine: pure functions over a serialisable `Session`. A session carries the trees
 * it started with, so a newer tree version arriving mid-triage never changes it.
 *
 * Conditions see only the answers on the current path: going back drops the later steps, so an
 * answer on an abandoned branch cannot count.
 */
import type { Context } from './context.ts';
import { compileRule, RuleError, type CompiledRule } from './json-logic.ts';
import { stepLimit } from './longest-route.ts';
import { optionsOf, urgencyRank } from './tree-model.ts';
import type { Outcome, Question, Branching, Tree, TreeNode } from './tree-schema.ts';

export type AnswerValue = string | number;

/** The answer of a person who does not know ("weet ik niet"), also for a number question. */
export const UNKNOWN = 'unknown';

/** A tree as one session runs it: the tree and the content hash it was published with. */
export interface PlannedTree {
  readonly tree: Tree;
  readonly hash: string;
}

export interface Step {
  /** Index into `Session.plan`. */
  readonly tree: number;
  readonly node: string;
  /** Set once the step is answered (info screens: the literal "continue"). */
  readonly answer?: AnswerValue;
}

export interface Escalation {
  readonly tree: number;
  readonly node: string;
  readonly reason: string;
}

export interface Session {
  readonly plan: readonly PlannedTree[];
  readonly context: Context;
  /** Visited steps; the last one is where the person is now. */
  readonly steps: readonly Step[];
  /** Set when a rule could not be evaluated: the session ends at the safe escalation outcome. */
  readonly escalation?: Escalation;
}

/** The safe outcome for a rule that could not be evaluated: phone a person, quickly. */
export const ESCALATION_OUTCOME: Outcome = {
  type: 'outcome',
  urgency: 'U2',
  channel: 'urgent-gp',
  title: 'common:escalation.title',
  advice: ['common:escalation.advice'],
  safetyNet: 'common:escalation.safetyNet',
};

export type Current =
  | { kind: 'question'; tree: PlannedTree; nodeId: string; node: Question; answer?: AnswerValue }
  | { kind: 'info'; tree: PlannedTree; nodeId: string; node: Extract<TreeNode, { type: 'info' }> }
  | { kind: 'outcome'; tree: PlannedTree; nodeId: string; node: Outcome; escalation?: Escalation };

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

const compiled = new WeakMap<object, CompiledRule>();

function compiledRule(tree: Tree, rule: { when: unknown }, at: string): CompiledRule {
  let rule$ = compiled.get(rule);
  if (!rule$) {
    rule$ = compileRule(rule.when, tree.conditions ?? {}, at);
    compiled.set(rule, rule$);
  }
  return rule$;
}

function nodeOf(tree: Tree, nodeId: string): TreeNode {
  const node = tree.nodes[nodeId];
  if (!node) throw new RuleError(`node "${nodeId}" does not exist`, `$.nodes.${nodeId}`);
  return node;
}

/**
 * Answers given on the current path in one tree of the plan, by question id. The step the
 * person is on now does not count yet, even when it shows an earlier answer after going back.
 */
export function answersOf(session: Session, treeIndex: number): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const step of session.steps.slice(0, -1)) {
    if (step.tree === treeIndex && step.answer !== undefined) answers[step.node] = step.answer;
  }
  return answers;
}

/** A question answered on the path, with the tree it belongs to. */
export interface AnsweredQuestion {
  readonly tree: Tree;
  readonly questionId: string;
  readonly question: Question;
  /** The option id, the number given, or UNKNOWN. */
  readonly value: AnswerValue;
}

/** Every question answered on the path, in the order asked (info screens and passed outcomes are no questions). */
export function answeredQuestions(session: Session): AnsweredQuestion[] {
  return session.steps.flatMap((step) => {
    const { tree } = session.plan[step.tree]!;
    const node = tree.nodes[step.node];
    return node?.type === 'question' && step.answer !== undefined
      ? [{ tree, questionId: step.node, question: node, value: step.answer }]
      : [];
  });
}

/** Every `context.*` var the plan's rules read, so a caller can be told what to supply. */
export function requiredContext(plan: readonly PlannedTree[]): string[] {
  const needed = new Set<string>();
  for (const { tree } of plan) {
    for (const [nodeId, node] of Object.entries(tree.nodes)) {
      if (!('next' in node)) continue;
      (node.next.rules ?? []).forEach((rule, i) => {
        for (const name of compiledRule(tree, rule, `$.nodes.${nodeId}.next.rules[${i}].when`).vars) {
          if (name.startsWith('context.')) needed.add(name);
        }
      });
    }
  }
  return [...needed].sort();
}

function contextValue(context: Context, name: string): unknown {
  return name
    .split('.')
    .slice(1)
    .reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], context);
}

export function startSession(plan: readonly PlannedTree[], context: Context): Result<Session> {
  if (plan.length === 0) return { ok: false, error: 'a session needs a tree' };
  let missing: string[];
  try {
    missing = requiredContext(plan).filter((name) => contextValue(context, name) === undefined);
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  if (missing.length > 0) return { ok: false, error: `this tree needs ${missing.join(', ')}` };
  return { ok: true, value: { plan, context, steps: [{ tree: 0, node: plan[0]!.tree.start }] } };
}

export function current(session: Session): Current {
  const last = session.steps.at(-1)!;
  const tree = session.plan[last.tree]!;
  if (session.escalation) return { kind: 'outcome', tree, nodeId: 'escalation', node: ESCALATION_OUTCOME, escalation: session.escalation };
  const node = nodeOf(tree.tree, last.node);
  switch (node.type) {
    case 'question':
      return { kind: 'question', tree, nodeId: last.node, node, answer: last.answer };
    case 'info':
      return { kind: 'info', tree, nodeId: last.node, node };
    case 'outcome':
      return { kind: 'outcome', tree, nodeId: last.node, node };
    case 'continue':
      // `answer` never leaves a session on a continue node; reaching here means a broken plan.
      throw new RuleError(`continue node "${last.node}" is not a place to stop`, `$.nodes.${last.node}`);
  }
}

/** The node a branching leads to, given the answers so far. Throws RuleError. */
export function branch(tree: Tree, nodeId: string, branching: Branching, data: object): string {
  const rules = branching.rules ?? [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (compiledRule(tree, rule, `$.nodes.${nodeId}.next.rules[${i}].when`).evaluate(data)) return rule.goto;
  }
  return branching.otherwise;
}

/** Why a value is not an answer to this question, or undefined when it is one. */
export function invalidAnswer(question: Question, value: AnswerValue): string | undefined {
  if (question.input === 'choice') {
    const ids = optionsOf(question).map((option) => option.id);
    return typeof value === 'string' && ids.includes(value) ? undefined : `"${value}" is not one of: ${ids.join(', ')}`;
  }
  if (value === UNKNOWN && question.unknown) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `"${value}" is not a number`;
  if (value < question.min || value > question.max) return `${value} is outside ${question.min}–${question.max}`;
  // Steps count from min; a small tolerance absorbs binary fractions such as 0.1.
  if (question.step !== undefined) {
    const steps = (value - question.min) / question.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9) return `${value} is not a multiple of ${question.step} from ${question.min}`;
  }
  return undefined;
}

/** Answer the current question (or pass the current info screen with "continue"). */
export function answer(session: Session, value: AnswerValue): Result<Session> {
  const here = current(session);
  if (here.kind === 'outcome') return { ok: false, error: 'the triage has ended' };
  if (here.kind === 'question') {
    const problem = invalidAnswer(here.node, value);
    if (problem) return { ok: false, error: `${here.nodeId}: ${problem}` };
  } else if (value !== 'continue') {
    return { ok: false, error: `${here.nodeId} is an information screen: answer "continue"` };
  }
  const last = session.steps.at(-1)!;
  const answered: Session = { ...session, steps: [...session.steps.slice(0, -1), { ...last, answer: value }] };
  const treeIndex = last.tree;
  const tree = session.plan[treeIndex]!.tree;
  try {
    const data = { answers: { ...answersOf(session, treeIndex), [last.node]: value }, context: session.context };
    const nextId = branch(tree, last.node, here.node.next, data);
    const next = nodeOf(tree, nextId);
    let steps: Step[];
    if (next.type === 'outcome' && continuesAfter(session, treeIndex, next)) {
      // More complaints to go: note this outcome as passed and start the next complaint's tree.
      const passed = { tree: treeIndex, node: nextId, answer: 'continue' };
      steps = [...answered.steps, passed, { tree: treeIndex + 1, node: session.plan[treeIndex + 1]!.tree.start }];
    } else if (next.type !== 'continue') {
      steps = [...answered.steps, { tree: treeIndex, node: nextId }];
    } else {
      const following = session.plan[treeIndex + 1];
      if (!following) throw new RuleError(`continue node "${nextId}" has no tree to continue with`, `$.nodes.${nextId}`);
      steps = [...answered.steps, { tree: treeIndex + 1, node: following.tree.start }];
    }
    // More steps than the longest route: a loop (a goto back to an earlier question) got past the build.
    const limit = stepLimit(session.plan);
    if (steps.length > limit) {
      throw new RuleError(
        `step ${steps.length} is more than the longest route through this plan (${limit} steps): does it loop?`,
        `$.nodes.${nextId}`,
      );
    }
    return { ok: true, value: { ...answered, steps } };
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    return { ok: true, value: { ...answered, escalation: { tree: treeIndex, node: last.node, reason: `${error.at}: ${error.message}` } } };
  }
}

/**
 * After an outcome in one complaint tree, does the session go on with the next complaint?
 * Not after a shared screen's outcome (its 112 is final), and never after a life threat.
 */
function continuesAfter(session: Session, treeIndex: number, outcome: Outcome): boolean {
  const tree = session.plan[treeIndex]!.tree;
  return tree.kind !== 'shared' && treeIndex + 1 < session.plan.length && urgencyRank(outcome.urgency) > urgencyRank('U1');
}

const isOutcomeStep = (session: Session, step: Step) => session.plan[step.tree]!.tree.nodes[step.node]?.type === 'outcome';

/** One step back: the previous question becomes current again, with its earlier answer shown. */
export function back(session: Session): Session {
  if (session.escalation) {
    const { escalation: _dropped, ...rest } = session;
    const steps = rest.steps;
    return { ...rest, steps: [...steps.slice(0, -1), { tree: steps.at(-1)!.tree, node: steps.at(-1)!.node }] };
  }
  if (session.steps.length <= 1) return session;
  let steps = session.steps.slice(0, -1);
  // An earlier complaint's outcome is not a screen to go back to: its last question is.
  while (steps.length > 1 && isOutcomeStep(session, steps.at(-1)!)) steps = steps.slice(0, -1);
  return { ...session, steps };
}

export interface ReachedOutcome {
  readonly nodeId: string;
  readonly outcome: Outcome;
  readonly tree: PlannedTree;
  readonly escalation?: Escalation;
  /** With more than one complaint: the other complaints' outcomes, most urgent first. */
  readonly others: readonly Omit<ReachedOutcome, 'others'>[];
}

/** The outcome of a finished session: with several complaints, the most urgent one wins. */
export function outcomeOf(session: Session): ReachedOutcome | undefined {
  const here = current(session);
  if (here.kind !== 'outcome') return undefined;
  const final = { nodeId: here.nodeId, outcome: here.node, tree: here.tree, escalation: here.escalation };
  const interim = session.steps.slice(0, -1).flatMap((step) => {
    const node = session.plan[step.tree]!.tree.nodes[step.node];
    return node?.type === 'outcome' ? [{ nodeId: step.node, outcome: node, tree: session.plan[step.tree]! }] : [];
  });
  // Stable sort: on equal urgency the complaint asked first stays first.
  const [winner, ...others] = [...interim, final].sort((a, b) => urgencyRank(a.outcome.urgency) - urgencyRank(b.outcome.urgency));
  return { ...winner!, others };
}
