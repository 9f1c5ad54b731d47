/**
 * Walks every path through a tree: every option of every question, numbers just below, at and
 * above each threshold a rule compares them with, and every context a rule can tell apart.
 * The checker builds its proofs on this walk; tests use it to reach every outcome.
 */
import { AGE_BANDS, CONTEXT_VARS, SEX_CONTEXT, type Context } from '../engine/context.ts';
import { compileRule, RuleError } from '../engine/json-logic.ts';
import { branch, UNKNOWN, type AnswerValue } from '../engine/session.ts';
import { optionsOf, urgencyRank } from '../engine/tree-model.ts';
import type { Question, Tree } from '../engine/tree-schema.ts';

export interface TreePath {
  readonly context: Context;
  readonly steps: readonly { readonly node: string; readonly answer: AnswerValue }[];
  /** The outcome or continue node the path ends at. */
  readonly end: string;
}

export interface PathProblem {
  readonly at: string;
  readonly message: string;
}

export interface PathReport {
  readonly paths: number;
  readonly visited: ReadonlySet<string>;
  readonly problems: readonly PathProblem[];
}

export interface WalkOptions {
  /** Called for each complete path (tests use it; the checker only counts). */
  readonly onPath?: (path: TreePath) => void;
  /** Stop after this many paths and report it: a tree this large cannot be reviewed anyway. */
  readonly maxPaths?: number;
}

/** Numbers worth trying for a var: each threshold and one step either side, within bounds. */
function around(thresholds: readonly number[], step: number, min: number, max: number): number[] {
  const values = new Set<number>([min, max]);
  for (const t of thresholds) for (const v of [t - step, t, t + step]) if (v >= min && v <= max) values.add(v);
  return [...values].sort((a, b) => a - b);
}

function thresholdsOf(tree: Tree): Map<string, number[]> {
  const all = new Map<string, number[]>();
  for (const [nodeId, node] of Object.entries(tree.nodes)) {
    if (!('next' in node)) continue;
    (node.next.rules ?? []).forEach((rule, i) => {
      try {
        const compiled = compileRule(rule.when, tree.conditions ?? {}, `$.nodes.${nodeId}.next.rules[${i}].when`);
        for (const name of compiled.vars) if (!all.has(name)) all.set(name, []);
        for (const [name, values] of compiled.thresholds) all.get(name)!.push(...values);
      } catch (error) {
        if (!(error instanceof RuleError)) throw error;
        // Reported by the checker's static rules; the walk escalates where it meets this rule.
      }
    });
  }
  return all;
}

/** Every combination of context values that the tree's rules can tell apart. */
export function contextsFor(tree: Tree): Context[] {
  const used = thresholdsOf(tree);
  const domains: [string, unknown[]][] = [];
  for (const name of CONTEXT_VARS) {
    if (!used.has(name)) continue;
    const t = used.get(name)!;
    // The app only ever puts a band's value into the context.
    if (name === 'context.age') domains.push([name, AGE_BANDS.map((band) => band.value)]);
    else if (name === 'context.sex') domains.push([name, [...SEX_CONTEXT]]);
    else if (name === 'context.moment.weekday') domains.push([name, [1, 2, 3, 4, 5, 6, 7]]);
    else if (name === 'context.moment.hour') domains.push([name, around(t, 1, 0, 23)]);
    else domains.push([name, around(t, 1, 0, 59)]);
  }
  let contexts: Record<string, unknown>[] = [{}];
  for (const [name, values] of domains) {
    const path = name.split('.').slice(1);
    contexts = contexts.flatMap((ctx) =>
      values.map((value) => {
        const next = structuredClone(ctx);
        let target = next;
        for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
        target[path.at(-1)!] = value;
        return next;
      }),
    );
  }
  // A moment needs all its fields; fill the ones no rule reads.
  return contexts.map((ctx) =>
    ctx.moment ? { ...ctx, moment: { date: '2026-01-05', weekday: 1, hour: 12, minute: 0, ...(ctx.moment as object) } } : ctx,
  ) as Context[];
}

export function answerDomain(tree: Tree, question: Question, questionId: string, thresholds = thresholdsOf(tree)): AnswerValue[] {
  if (question.input === 'choice') return optionsOf(question).map((option) => option.id);
  const t = [...(thresholds.get(`answers.${questionId}`) ?? [])];
  if (question.alarmAtLeast !== undefined) t.push(question.alarmAtLeast);
  const numbers: AnswerValue[] = around(t, question.step ?? 1, question.min, question.max);
  return question.unknown ? [...numbers, UNKNOWN] : numbers;
}

interface Reach {
  /** Most and least urgent ranks of the ends reachable from here. */
  readonly most: number;
  readonly least: number;
}

/**
 * Walk every path; report cycles, rules that fail, red-flag questions asked after other
 * questions, alarm answers that end in self-care, and "weet ik niet" that routes less urgently
 * than another answer to the same question.
 */
export function walkTree(tree: Tree, options: WalkOptions = {}): PathReport {
  const maxPaths = options.maxPaths ?? 200_000;
  const thresholds = thresholdsOf(tree);
  const problems = new Map<string, PathProblem>();
  const report = (at: string, message: string) => problems.set(`${at}|${message}`, { at, message });
  const visited = new Set<string>();
  let paths = 0;

  // A hand-over to medical triage, or the end of a shared tree, can still lead anywhere: U0 to U5.
  const reachOf = (nodeId: string): Reach => {
    const node = tree.nodes[nodeId];
    if (node?.type === 'outcome' && node.urgency) return { most: urgencyRank(node.urgency), least: urgencyRank(node.urgency) };
    return { most: urgencyRank('U0'), least: urgencyRank('U5') };
  };

  function walk(
    context: Context,
    nodeId: string,
    steps: { node: string; answer: AnswerValue }[],
    askedOther: boolean,
    alarmed: string | undefined,
  ): Reach | undefined {
    if (paths >= maxPaths) return undefined;
    const node = tree.nodes[nodeId];
    if (!node) return undefined; // a dangling goto: reported by the static rules
    if (steps.some((step) => step.node === nodeId)) {
      report(`$.nodes.${nodeId}`, `cycle: a path comes back to "${nodeId}" (${[...steps.map((s) => s.node), nodeId].join(' → ')})`);
      return undefined;
    }
    visited.add(nodeId);
    if (node.type === 'outcome' || node.type === 'continue') {
      paths++;
      if (alarmed && node.type === 'outcome' && (node.channel === 'self-care' || node.urgency === 'U5')) {
        report(`$.nodes.${nodeId}`, `a path with the alarm answer ${alarmed} ends in "${nodeId}" (${node.urgency ?? ''} ${node.channel})`);
      }
      options.onPath?.({ context, steps, end: nodeId });
      return reachOf(nodeId);
    }
    if (node.type === 'question' && node.redFlag && askedOther) {
      report(`$.nodes.${nodeId}`, `red-flag question "${nodeId}" is asked after a question that is not a red flag`);
    }
    const values: AnswerValue[] = node.type === 'info' ? ['continue'] : answerDomain(tree, node, nodeId, thresholds);
    const byValue = new Map<AnswerValue, Reach>();
    for (const value of values) {
      const answers = Object.fromEntries([...steps.map((s) => [s.node, s.answer]), [nodeId, value]]);
      let nextId: string;
      try {
        nextId = branch(tree, nodeId, node.next, { answers, context });
      } catch (error) {
        if (!(error instanceof RuleError)) throw error;
        report(error.at, `${error.message} (after ${[...steps.map((s) => `${s.node}=${s.answer}`), `${nodeId}=${value}`].join(', ')})`);
        continue;
      }
      const isAlarm =
        node.type === 'question' &&
        (node.input === 'choice'
          ? (node.alarm ?? []).includes(value as string)
          : node.alarmAtLeast !== undefined && (value === UNKNOWN || (value as number) >= node.alarmAtLeast));
      const reach = walk(
        context,
        nextId,
        [...steps, { node: nodeId, answer: value }],
        askedOther || (node.type === 'question' && !node.redFlag),
        alarmed ?? (isAlarm ? `${nodeId}=${value}` : undefined),
      );
      if (reach) byValue.set(value, reach);
    }
    const unknown = byValue.get('unknown');
    if (unknown) {
      for (const [value, reach] of byValue) {
        if (value !== 'unknown' && unknown.least > reach.least) {
          report(`$.nodes.${nodeId}`, `"weet ik niet" routes less urgently than "${value}": unclear answers must escalate`);
        }
      }
    }
    const reaches = [...byValue.values()];
    if (reaches.length === 0) return undefined;
    return { most: Math.min(...reaches.map((r) => r.most)), least: Math.max(...reaches.map((r) => r.least)) };
  }

  for (const context of contextsFor(tree)) walk(context, tree.start, [], false, undefined);
  if (paths >= maxPaths) report('$', `more than ${maxPaths} paths: split the tree`);
  return { paths, visited, problems: [...problems.values()] };
}
