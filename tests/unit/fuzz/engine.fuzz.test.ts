/**
 * The engine under random use: every shipped tree (and random sets of complaints) walked with
 * random answers, wrong answers, garbage and "back"; and the json-logic wrapper fed random rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../web/build/content-files.ts';
import { AGE_BANDS, momentOf, SEX_CONTEXT, type Context } from '../../../web/engine/context.ts';
import { compileRule, RuleError, type CompiledRule } from '../../../web/engine/json-logic.ts';
import { planFor } from '../../../web/engine/plan.ts';
import {
  answer,
  back,
  current,
  outcomeOf,
  requiredContext,
  startSession,
  type AnswerValue,
  type Current,
  type PlannedTree,
  type Session,
} from '../../../web/engine/session.ts';
import { optionsOf, urgencyRank } from '../../../web/engine/tree-model.ts';
import type { NumberQuestion, Tree } from '../../../web/engine/tree-schema.ts';
import { answerDomain } from '../../../web/checker/tree-paths.ts';
import { CASES, check, fuzzParams, TIMEOUT } from './fuzz-config.ts';

const content = loadContent();
const lookup = (id: string) => content.planned.get(id);
const treeIds = [...content.planned.keys()].sort();
const complaintIds = treeIds.filter((id) => lookup(id)!.tree.kind === 'complaint');

const MAX_ACTIONS = 60;

type Action =
  /** deep: prefer an option that does not end the walk right away (else few walks get past the ABCDE screen). */
  | { readonly kind: 'valid'; readonly pick: number; readonly fraction: number; readonly deep: boolean }
  | { readonly kind: 'invalid'; readonly pick: number }
  | { readonly kind: 'garbage'; readonly value: AnswerValue }
  | { readonly kind: 'back' };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
/** Four times in five. */
const deep = fc.integer({ min: 0, max: 4 }).map((n) => n > 0);

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('valid' as const), pick: fc.nat(), fraction, deep }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('invalid' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('garbage' as const),
      value: fc.oneof(fc.string({ maxLength: 12 }), fc.double(), fc.integer({ min: -20, max: 400 })),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'back' as const }) },
);

/** Mostly a full context; now and then without an age, a sex or a moment, which a tree may need. */
const contextArb = fc
  .record({
    band: fc.option(fc.constantFrom(...AGE_BANDS), { freq: 20 }),
    sex: fc.option(fc.constantFrom(...SEX_CONTEXT), { freq: 20 }),
    at: fc.option(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), {
      freq: 20,
    }),
  })
  .map(({ band, sex, at }): Context => ({
    ...(band ? { age: band.value } : {}),
    ...(sex ? { sex } : {}),
    ...(at ? { moment: momentOf(at) } : {}),
  }));

const scenarioArb = fc.record({
  context: contextArb,
  actions: fc.array(actionArb, { maxLength: MAX_ACTIONS, size: 'max' }),
  /** Picks for the valid answers that finish the walk. */
  finish: fc.array(fc.tuple(fc.nat(), fraction, deep), { minLength: 1, maxLength: 16 }),
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

/** Round away binary noise: 3 × 0.1 is 0.30000000000000004, but a person types 0.3. */
const tidy = (value: number) => Number(value.toFixed(9));

/** The values the tree walk tries for a number question, per tree and question. */
const domains = new WeakMap<Tree, Map<string, AnswerValue[]>>();
function domainOf(tree: Tree, node: NumberQuestion, nodeId: string): AnswerValue[] {
  let byNode = domains.get(tree);
  if (!byNode) domains.set(tree, (byNode = new Map()));
  let domain = byNode.get(nodeId);
  if (!domain) byNode.set(nodeId, (domain = answerDomain(tree, node, nodeId)));
  return domain;
}

/** A valid answer where the person is now; undefined at an outcome. */
function validAnswer(session: Session, pick: number, fraction: number, deep: boolean): AnswerValue | undefined {
  const here = current(session);
  if (here.kind === 'outcome') return undefined;
  if (here.kind === 'info') return 'continue';
  const node = here.node;
  if (node.input === 'choice') {
    const ids = optionsOf(node).map((option) => option.id);
    if (deep) {
      // The engine is pure: trying each option first changes nothing.
      const onward = ids.filter((id) => {
        const tried = answer(session, id);
        return tried.ok && current(tried.value).kind !== 'outcome';
      });
      if (onward.length > 0) return onward[pick % onward.length]!;
    }
    return ids[pick % ids.length]!;
  }
  // Half the time a value the walk would try (around thresholds), else any value in range.
  if (pick % 2 === 0) {
    const domain = domainOf(here.tree.tree, node, here.nodeId);
    return domain[pick % domain.length]!;
  }
  if (node.step === undefined) return Math.min(node.max, Math.max(node.min, node.min + fraction * (node.max - node.min)));
  const steps = Math.floor((node.max - node.min) / node.step + 1e-9);
  const k = Math.min(steps, Math.floor(fraction * (steps + 1)));
  return Math.min(node.max, tidy(node.min + k * node.step));
}

/** An answer that is certainly wrong where the person is now. */
function invalidAnswer(here: Current, pick: number): AnswerValue {
  if (here.kind === 'outcome') return ['yes', 'continue', 0][pick % 3]!;
  if (here.kind === 'info') return ['Continue', 'continue ', 'yes', '', 0][pick % 5]!;
  const node = here.node;
  if (node.input === 'choice') {
    const options = optionsOf(node);
    const ids = options.map((option) => option.id);
    const candidates: AnswerValue[] = ['', 'YES', 'continue', 0, 1, ...options.map((o) => o.label), ...ids.map((id) => `${id} `)];
    const wrong = candidates.filter((value) => !ids.includes(value as string));
    return wrong[pick % wrong.length]!;
  }
  const step = node.step ?? 1;
  const candidates: AnswerValue[] = [
    node.min - step,
    node.max + step,
    NaN,
    Infinity,
    -Infinity,
    -Number.MAX_VALUE,
    String(node.min),
    String(node.max),
    ...(node.step !== undefined && node.min + node.step / 2 < node.max ? [node.min + node.step / 2] : []),
  ];
  return candidates[pick % candidates.length]!;
}

/** For a garbage answer: true/false when it is surely (in)valid, undefined when only the engine knows. */
function expectedValid(here: Current, value: AnswerValue): boolean | undefined {
  if (here.kind === 'outcome') return false;
  if (here.kind === 'info') return value === 'continue';
  const node = here.node;
  if (node.input === 'choice') return typeof value === 'string' && optionsOf(node).some((option) => option.id === value);
  if (typeof value !== 'number' || !Number.isFinite(value) || value < node.min || value > node.max) return false;
  return node.step === undefined ? true : undefined;
}

const snapshot = (session: Session) => JSON.stringify([session.steps, session.escalation ?? null]);
const nodeCount = (plan: readonly PlannedTree[]) => plan.reduce((n, { tree }) => n + Object.keys(tree.nodes).length, 0);

interface Stats {
  outcomes: number;
  refused: number;
  backs: number;
  contextErrors: number;
  /** Walks that got into the plan's last tree (past the shared screens and earlier complaints). */
  reachedLast: number;
  /** "tree/node" of every screen shown. */
  readonly visited: Set<string>;
}
const newStats = (): Stats => ({ outcomes: 0, refused: 0, backs: 0, contextErrors: 0, reachedLast: 0, visited: new Set() });

/** Every outcome reached (and every complaint's outcome before it) says what to do if it gets worse. */
function checkOutcome(session: Session, plan: readonly PlannedTree[], where: () => string): void {
  const reached = outcomeOf(session);
  check(reached, () => `${where()}: at an outcome, but outcomeOf gives nothing`);
  for (const r of [reached, ...reached.others]) {
    const { outcome } = r;
    check(typeof outcome.safetyNet === 'string' && outcome.safetyNet !== '', () => `${where()}: outcome ${r.nodeId} has no safety net`);
    check(
      outcome.urgency !== undefined || outcome.channel === 'medical-triage',
      () => `${where()}: outcome ${r.nodeId} (${outcome.channel}) has no urgency`,
    );
    // With several complaints the most urgent outcome wins.
    check(
      urgencyRank(r.outcome.urgency) >= urgencyRank(reached.outcome.urgency),
      () => `${where()}: ${reached.nodeId} (${reached.outcome.urgency}) wins over the more urgent ${r.nodeId} (${r.outcome.urgency})`,
    );
  }
  // A rule that cannot be evaluated escalates. Shipped content never should, except a shared
  // screen run on its own (its "continue" has no tree to go on with; the app never does that).
  const escalation = current(session).kind === 'outcome' ? session.escalation : undefined;
  check(!escalation || plan.at(-1)!.tree.kind === 'shared', () => `${where()}: escalated at ${escalation!.node}: ${escalation!.reason}`);
}

/** Run one scenario: random actions, then only valid answers, which must reach an outcome. */
function runScenario(plan: readonly PlannedTree[], scenario: Scenario, stats: Stats): void {
  const trail: string[] = [];
  const where = () => `${plan.map((p) => p.tree.id).join('+')} ctx=${JSON.stringify(scenario.context)} after [${trail.join(', ')}]`;

  const started = startSession(plan, scenario.context);
  const needed = requiredContext(plan);
  const supplied = (name: string) =>
    name === 'context.age'
      ? scenario.context.age !== undefined
      : name === 'context.sex'
        ? scenario.context.sex !== undefined
        : scenario.context.moment !== undefined && name.startsWith('context.moment.');
  if (!started.ok) {
    stats.contextErrors++;
    check(started.error.trim() !== '', () => `${where()}: startSession failed without a message`);
    check(!needed.every(supplied), () => `${where()}: startSession refused a full context: ${started.error}`);
    return;
  }
  check(needed.every(supplied), () => `${where()}: started without ${needed.filter((n) => !supplied(n)).join(', ')}`);

  let session = started.value;
  let reachedLast = false;
  const inspect = () => {
    const here = current(session);
    stats.visited.add(`${here.tree.tree.id}/${here.nodeId}`);
    if (session.steps.at(-1)!.tree === plan.length - 1) reachedLast = true;
    if (here.kind === 'outcome') checkOutcome(session, plan, where);
    return here;
  };

  const tryAnswer = (value: AnswerValue, expected: boolean | undefined) => {
    const here = current(session);
    const before = snapshot(session);
    const result = answer(session, value);
    trail.push(`${here.nodeId}=${typeof value === 'string' ? JSON.stringify(value) : String(value)}`);
    check(snapshot(session) === before, () => `${where()}: answer changed the session it was given`);
    if (!result.ok) {
      stats.refused++;
      check(typeof result.error === 'string' && result.error.trim() !== '', () => `${where()}: refused without an error`);
      check(expected !== true, () => `${where()}: a valid answer was refused: ${result.error}`);
      trail[trail.length - 1] += ' (refused)';
      return false;
    }
    check(expected !== false, () => `${where()}: an invalid answer was accepted`);
    check(result.value.steps.length > session.steps.length || result.value.escalation, () => `${where()}: an answer did not move on`);
    session = result.value;
    inspect();
    return true;
  };

  inspect();
  for (const action of scenario.actions) {
    const here = current(session);
    switch (action.kind) {
      case 'valid': {
        const value = validAnswer(session, action.pick, action.fraction, action.deep);
        tryAnswer(value ?? 'yes', value === undefined ? false : true);
        break;
      }
      case 'invalid':
        tryAnswer(invalidAnswer(here, action.pick), false);
        break;
      case 'garbage':
        tryAnswer(action.value, expectedValid(here, action.value));
        break;
      case 'back': {
        stats.backs++;
        const before = snapshot(session);
        const previous = session;
        session = back(session);
        trail.push('back');
        check(snapshot(previous) === before, () => `${where()}: back changed the session it was given`);
        if (previous.escalation) check(!session.escalation, () => `${where()}: back kept the escalation`);
        else if (previous.steps.length > 1) check(session.steps.length < previous.steps.length, () => `${where()}: back did not go back`);
        else check(snapshot(session) === before, () => `${where()}: back at the first question changed the session`);
        inspect();
        break;
      }
    }
  }

  // Only valid answers from here: the walk must end at an outcome, never loop. Each answer
  // moves forward through an acyclic tree, so the plan's node count bounds their number.
  const bound = nodeCount(plan);
  for (let i = 0; i < bound && current(session).kind !== 'outcome'; i++) {
    const [pick, fraction, deeper] = scenario.finish[i % scenario.finish.length]!;
    const value = validAnswer(session, pick, fraction, deeper)!;
    tryAnswer(value, true);
  }
  check(current(session).kind === 'outcome', () => `${where()}: no outcome after ${bound} valid answers: a loop?`);
  stats.outcomes++;
  if (reachedLast) stats.reachedLast++;
}

describe.each(treeIds)('tree %s under random answers', (id) => {
  const perTree = Math.ceil(CASES / treeIds.length);

  it(`never throws, refuses wrong answers cleanly and always ends at an outcome (${perTree} cases)`, { timeout: TIMEOUT }, () => {
    const plan = planFor(id, lookup);
    if (!plan.ok) throw new Error(plan.error);
    const frozen = JSON.stringify(plan.value);
    const stats = newStats();
    fc.assert(
      fc.property(scenarioArb, (scenario) => runScenario(plan.value, scenario, stats)),
      fuzzParams(perTree),
    );
    expect(JSON.stringify(plan.value), 'the engine changed the trees').toBe(frozen);
    // Not vacuous: most walks get into the tree itself, and together they show most of its screens
    // (usually all; a screen behind one age band and one rare answer can be missed by a seed).
    const main = plan.value.at(-1)!.tree;
    expect(stats.reachedLast, 'walks that got past the shared screens').toBeGreaterThan(perTree / 2);
    const screens = Object.entries(main.nodes).filter(([, node]) => node.type !== 'continue');
    const shown = screens.filter(([nodeId]) => stats.visited.has(`${main.id}/${nodeId}`));
    expect(shown.length, 'screens shown').toBeGreaterThanOrEqual(0.75 * screens.length);
    expect(stats.outcomes).toBeGreaterThan(perTree / 2);
    expect(stats.refused).toBeGreaterThan(0);
    expect(stats.backs).toBeGreaterThan(0);
  });
});

describe('several complaints in one session', () => {
  it('never throws and ends at the most urgent outcome of all, under random answers', { timeout: TIMEOUT }, () => {
    const stats = newStats();
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...complaintIds), { minLength: 2, maxLength: 3 }), scenarioArb, (ids, scenario) => {
        const plan = planFor(ids.join('+'), lookup);
        check(plan.ok, () => `planFor(${ids.join('+')}) failed: ${plan.ok ? '' : plan.error}`);
        runScenario(plan.value, scenario, stats);
      }),
      fuzzParams(CASES),
    );
    expect(stats.outcomes).toBeGreaterThan(CASES / 2);
    expect(stats.contextErrors).toBeGreaterThan(0);
  });
});

/** The json-logic wrapper's allow-list, written out again: a rule that compiles uses only these. */
const ALLOWED = ['var', '==', '===', '!=', '!==', '!', '!!', 'and', 'or', 'if', '<', '<=', '>', '>=', 'in'];
const OPERATORS = [
  ...ALLOWED,
  'wz:cond',
  '+',
  '-',
  '*',
  '/',
  '%',
  'substr',
  'cat',
  'log',
  'method',
  'merge',
  'min',
  'max',
  'missing',
  'missing_some',
  'map',
  'filter',
  'reduce',
  'all',
  'some',
  'none',
  '?:',
  '__proto__',
  'constructor',
  'toString',
  '',
];
const VAR_NAMES = [
  'answers.q1',
  'answers.q2',
  'answers.pain',
  'context.age',
  'context.moment.hour',
  'answers',
  'context',
  '',
  'answers.__proto__',
  'answers.constructor',
  'answers.q1.length',
  'nothing.here',
];
const CONDITION_NAMES = ['c1', 'c2', 'c3', 'toString', '__proto__'];

const primitive = fc.oneof(
  fc.constantFrom('yes', 'no', 'unknown', 0, 8, 18, null, true, false),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -5, max: 100 }),
  fc.double(),
);

const logicArb = fc.letrec<{ logic: unknown }>((tie) => ({
  logic: fc.oneof(
    { depthSize: 'small', maxDepth: 5 },
    primitive,
    fc.oneof(fc.constantFrom(...VAR_NAMES), primitive, fc.array(primitive, { maxLength: 2 })).map((name) => ({ var: name })),
    fc
      .record({ op: fc.constantFrom(...OPERATORS), args: fc.oneof(tie('logic'), fc.array(tie('logic'), { maxLength: 4 })) })
      .map(({ op, args }) => ({ [op]: args })),
    fc
      .tuple(tie('logic'), fc.oneof(fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 4 }), tie('logic')))
      .map(([value, list]) => ({ in: [value, list] })),
    fc.oneof(fc.constantFrom(...CONDITION_NAMES), primitive).map((name) => ({ 'wz:cond': name })),
    fc.dictionary(fc.constantFrom(...OPERATORS), tie('logic'), { maxKeys: 3 }),
    fc.array(tie('logic'), { maxLength: 3 }),
  ),
})).logic;

const conditionsArb = fc.dictionary(fc.constantFrom(...CONDITION_NAMES), logicArb, { maxKeys: 4 });

const dataArb = fc.record({
  answers: fc.dictionary(
    fc.constantFrom('q1', 'q2', 'pain'),
    fc.oneof(fc.constantFrom('yes', 'no', 'unknown'), fc.integer({ min: 0, max: 10 })),
  ),
  context: fc.record(
    {
      age: fc.constantFrom(...AGE_BANDS.map((band) => band.value)),
      moment: fc.record({ weekday: fc.integer({ min: 1, max: 7 }), hour: fc.integer({ min: 0, max: 23 }) }),
    },
    { requiredKeys: [] },
  ),
});

/** Every operator left after compiling is on the allow-list, and every var is a name. */
function checkCompiled(logic: unknown, input: () => string): void {
  if (Array.isArray(logic)) return logic.forEach((item) => checkCompiled(item, input));
  if (typeof logic !== 'object' || logic === null) return;
  const keys = Object.keys(logic);
  check(keys.length === 1 && ALLOWED.includes(keys[0]!), () => `compiled rule keeps operator(s) ${JSON.stringify(keys)}: ${input()}`);
  const op = keys[0]!;
  const args = (logic as Record<string, unknown>)[op];
  if (op === 'var') return check(typeof args === 'string' && args !== '', () => `compiled var ${JSON.stringify(args)}: ${input()}`);
  if (op === 'in') {
    const list = args as unknown[];
    check(
      Array.isArray(list[1]) && list[1].every((v) => typeof v === 'string' || typeof v === 'number'),
      () => `compiled "in" without a written-out list: ${input()}`,
    );
    return checkCompiled(list[0], input);
  }
  checkCompiled(args, input);
}

function hasValue(data: object, name: string): boolean {
  let value: unknown = data;
  for (const part of name.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, part)) return false;
    value = (value as Record<string, unknown>)[part];
  }
  return value !== undefined;
}

function checkRuleError(error: unknown, input: () => string): void {
  check(error instanceof RuleError, () => `threw ${String(error)} (not a RuleError) for ${input()}`);
  check(error.message.trim() !== '' && error.at.startsWith('$'), () => `RuleError without a message or place: ${input()}`);
}

describe('the json-logic wrapper', () => {
  it('throws nothing but RuleError on random rules, and lets no disallowed operator through', { timeout: TIMEOUT }, () => {
    let compiledCount = 0;
    let evaluated = 0;
    let refused = 0;
    fc.assert(
      fc.property(logicArb, conditionsArb, dataArb, (logic, conditions, data) => {
        const input = () => JSON.stringify({ logic, conditions, data });
        let compiled: CompiledRule;
        try {
          compiled = compileRule(logic, conditions, '$.rule');
        } catch (error) {
          refused++;
          return checkRuleError(error, input);
        }
        compiledCount++;
        checkCompiled(compiled.logic, input);
        let result: unknown;
        try {
          result = compiled.evaluate(data);
        } catch (error) {
          return checkRuleError(error, input);
        }
        evaluated++;
        check(typeof result === 'boolean', () => `evaluate gave ${String(result)}, not a boolean, for ${input()}`);
        // A missing var never silently counts as false: a rule that evaluated had all its vars.
        for (const name of compiled.vars) check(hasValue(data, name), () => `evaluated without a value for "${name}": ${input()}`);
      }),
      fuzzParams(CASES),
    );
    expect(refused).toBeGreaterThan(CASES / 10);
    expect(compiledCount).toBeGreaterThan(CASES / 10);
    expect(evaluated).toBeGreaterThan(CASES / 20);
  });
});
