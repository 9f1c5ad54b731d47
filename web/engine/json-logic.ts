/**
 * The one door to json-logic-js. Rules are compiled once: operators are checked against a
 * small allow-list, named conditions are inlined, and every `var` is collected so that the
 * checker can prove it exists. Evaluating never turns an error into `false`: a missing answer
 * or an unknown operator throws a `RuleError`, and the engine escalates.
 */
import jsonLogic from 'json-logic-js';

/** Deterministic comparison and boolean operators only: no arithmetic, no strings, no `now`. */
const ALLOWED = new Set(['var', '==', '===', '!=', '!==', '!', '!!', 'and', 'or', 'if', '<', '<=', '>', '>=', 'in']);
/** Our own operator: {"wz:cond": "name"} stands for the tree's named condition. */
export const NAMED_CONDITION = 'wz:cond';

export class RuleError extends Error {
  constructor(
    message: string,
    /** Where in the rule, as a JSON path below the rule itself. */
    readonly at: string,
  ) {
    super(message);
    this.name = 'RuleError';
  }
}

export interface CompiledRule {
  /** The rule with named conditions inlined, as json-logic-js will see it. */
  readonly logic: unknown;
  /** Every `var` the rule reads, e.g. "answers.pain" or "context.age". */
  readonly vars: readonly string[];
  /** Numbers the rule compares with, per var: the checker tries values around them. */
  readonly thresholds: ReadonlyMap<string, readonly number[]>;
  /** Strings the rule compares with, per var: the checker proves they are option ids. */
  readonly literals: ReadonlyMap<string, readonly string[]>;
  evaluate(data: object): boolean;
}

type Conditions = Readonly<Record<string, unknown>>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Inline named conditions and reject anything outside the allow-list. Throws RuleError. */
function expand(logic: unknown, conditions: Conditions, at: string, seen: readonly string[]): unknown {
  if (Array.isArray(logic)) return logic.map((item, i) => expand(item, conditions, `${at}[${i}]`, seen));
  if (!isPlainObject(logic)) return logic;
  const keys = Object.keys(logic);
  if (keys.length !== 1) throw new RuleError(`an operation has exactly one operator, found ${keys.length}`, at);
  const op = keys[0]!;
  const args = logic[op];
  if (op === NAMED_CONDITION) {
    if (typeof args !== 'string') throw new RuleError(`"${NAMED_CONDITION}" takes the name of a condition`, at);
    if (!Object.hasOwn(conditions, args)) throw new RuleError(`unknown condition "${args}"`, at);
    if (seen.includes(args)) throw new RuleError(`condition "${args}" refers to itself`, at);
    return expand(conditions[args], conditions, `$.conditions.${args}`, [...seen, args]);
  }
  if (!ALLOWED.has(op)) throw new RuleError(`operator "${op}" is not allowed`, at);
  if (op === 'var') {
    if (typeof args !== 'string' || args === '') throw new RuleError('"var" takes one non-empty name', at);
    return logic;
  }
  const list = Array.isArray(args) ? args : [args];
  // With a string or a var as its list, "in" would match substrings ("no" is in "unknown") or
  // silently be false: only a written-out list of values is allowed.
  if (
    op === 'in' &&
    !(list.length === 2 && Array.isArray(list[1]) && list[1].every((v) => typeof v === 'string' || typeof v === 'number'))
  ) {
    throw new RuleError('"in" takes a value and a written-out list of strings or numbers', at);
  }
  return { [op]: list.map((item, i) => (op === 'in' && i === 1 ? item : expand(item, conditions, `${at}.${op}[${i}]`, seen))) };
}

function collect(logic: unknown, vars: Set<string>, thresholds: Map<string, number[]>, literals: Map<string, string[]>): void {
  if (Array.isArray(logic)) return logic.forEach((item) => collect(item, vars, thresholds, literals));
  if (!isPlainObject(logic)) return;
  const [op, args] = Object.entries(logic)[0]!;
  if (op === 'var') {
    vars.add(args as string);
    return;
  }
  const list = args as unknown[];
  // A comparison of a var with a number: remember the number as a threshold for that var.
  const varName = list.map((a) => (isPlainObject(a) && typeof a.var === 'string' ? a.var : undefined)).find(Boolean);
  if (varName !== undefined) {
    for (const a of op === 'in' ? (list[1] as unknown[]) : list) {
      if (typeof a === 'number') thresholds.set(varName, [...(thresholds.get(varName) ?? []), a]);
      if (typeof a === 'string') literals.set(varName, [...(literals.get(varName) ?? []), a]);
    }
  }
  collect(op === 'in' ? list.slice(0, 1) : list, vars, thresholds, literals);
}

function lookup(data: object, path: string): unknown {
  let value: unknown = data;
  for (const part of path.split('.')) {
    if (!isPlainObject(value) || !Object.hasOwn(value, part)) return undefined;
    value = value[part];
  }
  return value;
}

/** Compile a rule once; `at` names its place in the tree for error messages. Throws RuleError. */
export function compileRule(logic: unknown, conditions: Conditions = {}, at = '$'): CompiledRule {
  const expanded = expand(logic, conditions, at, []);
  const vars = new Set<string>();
  const thresholds = new Map<string, number[]>();
  const literals = new Map<string, string[]>();
  collect(expanded, vars, thresholds, literals);
  const varList = [...vars];
  return {
    logic: expanded,
    vars: varList,
    thresholds,
    literals,
    evaluate(data: object): boolean {
      // json-logic-js reads a missing var as null, which would silently compare as false or 0.
      const missing = varList.find((name) => lookup(data, name) === undefined);
      if (missing !== undefined) throw new RuleError(`"${missing}" has no value on this path`, at);
      try {
        return jsonLogic.truthy(jsonLogic.apply(expanded as jsonLogic.RulesLogic, data));
      } catch (error) {
        throw new RuleError(`evaluating failed: ${(error as Error).message}`, at);
      }
    },
  };
}
