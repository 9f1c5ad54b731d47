/**
 * The json-logic wrapper is the only door to json-logic-js. These tests protect its promises:
 * only deterministic comparison/boolean operators run, named conditions are inlined, and a
 * rule never quietly turns a problem into `false`.
 */
import { describe, expect, it } from 'vitest';
import { compileRule, NAMED_CONDITION, RuleError } from '../../web/engine/json-logic.ts';

const AT = '$.nodes.q-pain.next.rules[0].when';

/** The RuleError a function throws; fails the test when it throws nothing or something else. */
function ruleErrorOf(fn: () => unknown): RuleError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleError);
    return error as RuleError;
  }
  throw new Error('expected a RuleError, but nothing was thrown');
}

describe('allowed operators evaluate', () => {
  const cases: [string, unknown, object, boolean][] = [
    ['== on a choice answer', { '==': [{ var: 'answers.q-fever' }, 'yes'] }, { answers: { 'q-fever': 'yes' } }, true],
    ['== does not match another option', { '==': [{ var: 'answers.q-fever' }, 'yes'] }, { answers: { 'q-fever': 'no' } }, false],
    ['=== strict', { '===': [{ var: 'answers.q-days' }, 3] }, { answers: { 'q-days': 3 } }, true],
    ['!= ', { '!=': [{ var: 'answers.q-fever' }, 'no'] }, { answers: { 'q-fever': 'unknown' } }, true],
    ['!==', { '!==': [{ var: 'answers.q-days' }, 3] }, { answers: { 'q-days': 3 } }, false],
    ['! negates', { '!': { '==': [{ var: 'answers.q-fever' }, 'yes'] } }, { answers: { 'q-fever': 'no' } }, true],
    ['!! coerces', { '!!': { var: 'answers.q-days' } }, { answers: { 'q-days': 0 } }, false],
    ['>= at the threshold', { '>=': [{ var: 'answers.q-days' }, 14] }, { answers: { 'q-days': 14 } }, true],
    ['>= just below', { '>=': [{ var: 'answers.q-days' }, 14] }, { answers: { 'q-days': 13 } }, false],
    ['> ', { '>': [{ var: 'answers.q-pain' }, 7] }, { answers: { 'q-pain': 8 } }, true],
    ['< ', { '<': [{ var: 'context.age' }, 1] }, { context: { age: 0.25 } }, true],
    ['<= between', { '<=': [0, { var: 'context.age' }, 4] }, { context: { age: 5 } }, false],
    ['in a list', { in: [{ var: 'answers.q-fever' }, ['yes', 'unknown']] }, { answers: { 'q-fever': 'unknown' } }, true],
    ['in: not in the list', { in: [{ var: 'answers.q-fever' }, ['yes', 'unknown']] }, { answers: { 'q-fever': 'no' } }, false],
    [
      'and',
      { and: [{ '==': [{ var: 'answers.a' }, 'yes'] }, { '>=': [{ var: 'context.age' }, 70] }] },
      { answers: { a: 'yes' }, context: { age: 69 } },
      false,
    ],
    [
      'or',
      { or: [{ '==': [{ var: 'answers.a' }, 'yes'] }, { '>=': [{ var: 'context.age' }, 70] }] },
      { answers: { a: 'no' }, context: { age: 70 } },
      true,
    ],
    ['if', { if: [{ '==': [{ var: 'answers.a' }, 'yes'] }, false, true] }, { answers: { a: 'yes' } }, false],
    ['a bare true', true, {}, true],
  ];
  it.each(cases)('%s', (_name, logic, data, expected) => {
    expect(compileRule(logic).evaluate(data)).toBe(expected);
  });
});

describe('operators outside the allow-list are refused at compile time, naming where', () => {
  it.each([
    ['+', { '>': [{ '+': [{ var: 'answers.q-pain' }, 1] }, 8] }, `${AT}.>[0]`],
    ['substr', { '==': [{ substr: [{ var: 'answers.q-fever' }, 0, 1] }, 'y'] }, `${AT}.==[0]`],
    ['log', { log: { var: 'answers.q-fever' } }, AT],
    ['missing', { missing: ['answers.q-fever'] }, AT],
    ['cat', { and: [true, { '==': [{ cat: ['a', 'b'] }, 'ab'] }] }, `${AT}.and[1].==[0]`],
  ])('"%s" throws a RuleError at its own place', (op, logic, where) => {
    const error = ruleErrorOf(() => compileRule(logic, {}, AT));
    expect(error.message).toBe(`operator "${op}" is not allowed`);
    expect(error.at).toBe(where);
  });

  it('an operation with two operators is refused', () => {
    const error = ruleErrorOf(() => compileRule({ '==': [1, 1], '!=': [1, 2] }, {}, AT));
    expect(error.message).toMatch(/exactly one operator, found 2/);
    expect(error.at).toBe(AT);
  });

  it('a var must name one non-empty path (no defaults, no lists)', () => {
    expect(ruleErrorOf(() => compileRule({ var: ['answers.a', 'no'] }, {}, AT)).message).toMatch(/"var" takes one non-empty name/);
    expect(ruleErrorOf(() => compileRule({ var: '' }, {}, AT)).message).toMatch(/"var" takes one non-empty name/);
  });
});

describe('named conditions', () => {
  const conditions = {
    'fever-or-unsure': { in: [{ var: 'answers.q-fever' }, ['yes', 'unknown']] },
    'old-and-feverish': { and: [{ [NAMED_CONDITION]: 'fever-or-unsure' }, { '>=': [{ var: 'context.age' }, 70] }] },
  };

  it('are inlined: the compiled logic no longer mentions wz:cond', () => {
    const rule = compileRule({ [NAMED_CONDITION]: 'old-and-feverish' }, conditions, AT);
    expect(JSON.stringify(rule.logic)).not.toContain(NAMED_CONDITION);
    expect(rule.logic).toEqual({
      and: [{ in: [{ var: 'answers.q-fever' }, ['yes', 'unknown']] }, { '>=': [{ var: 'context.age' }, 70] }],
    });
  });

  it('evaluate as the condition they stand for, also nested', () => {
    const rule = compileRule({ [NAMED_CONDITION]: 'old-and-feverish' }, conditions, AT);
    expect(rule.evaluate({ answers: { 'q-fever': 'unknown' }, context: { age: 80 } })).toBe(true);
    expect(rule.evaluate({ answers: { 'q-fever': 'no' }, context: { age: 80 } })).toBe(false);
    expect(rule.evaluate({ answers: { 'q-fever': 'yes' }, context: { age: 40 } })).toBe(false);
  });

  it('an unknown condition name throws', () => {
    const error = ruleErrorOf(() => compileRule({ or: [false, { [NAMED_CONDITION]: 'feverish' }] }, conditions, AT));
    expect(error.message).toBe('unknown condition "feverish"');
    expect(error.at).toBe(`${AT}.or[1]`);
  });

  it('a condition name must be a string', () => {
    expect(ruleErrorOf(() => compileRule({ [NAMED_CONDITION]: ['fever-or-unsure'] }, conditions, AT)).message).toMatch(/takes the name/);
  });

  it('a condition that refers to itself throws instead of recursing forever', () => {
    const loop = { loop: { or: [{ '==': [{ var: 'answers.a' }, 'yes'] }, { [NAMED_CONDITION]: 'loop' }] } };
    const error = ruleErrorOf(() => compileRule({ [NAMED_CONDITION]: 'loop' }, loop, AT));
    expect(error.message).toBe('condition "loop" refers to itself');
    expect(error.at).toBe('$.conditions.loop.or[1]');
  });

  it('two conditions that refer to each other throw too', () => {
    const pair = { ping: { [NAMED_CONDITION]: 'pong' }, pong: { '!': { [NAMED_CONDITION]: 'ping' } } };
    const error = ruleErrorOf(() => compileRule({ [NAMED_CONDITION]: 'ping' }, pair, AT));
    expect(error.message).toBe('condition "ping" refers to itself');
    expect(error.at).toBe('$.conditions.pong.![0]');
  });

  it('an error inside a named condition is located in $.conditions', () => {
    const bad = { shady: { '>': [{ '*': [{ var: 'answers.q-pain' }, 2] }, 10] } };
    const error = ruleErrorOf(() => compileRule({ [NAMED_CONDITION]: 'shady' }, bad, AT));
    expect(error.message).toBe('operator "*" is not allowed');
    expect(error.at).toBe('$.conditions.shady.>[0]');
  });
});

describe('strict vars: a missing value is an error, never a silent false', () => {
  it('a var with no value on the path throws, naming the var and the rule', () => {
    // json-logic-js itself reads the missing answer as null, so "!=" would be true and "==" false.
    const rule = compileRule({ '!=': [{ var: 'answers.q-fever' }, 'yes'] }, {}, AT);
    const error = ruleErrorOf(() => rule.evaluate({ answers: { 'q-cough': 'yes' } }));
    expect(error.message).toBe('"answers.q-fever" has no value on this path');
    expect(error.at).toBe(AT);
  });

  it('a missing context value throws as well', () => {
    const rule = compileRule({ '<': [{ var: 'context.age' }, 1] }, {}, AT);
    expect(ruleErrorOf(() => rule.evaluate({ answers: {}, context: {} })).message).toBe('"context.age" has no value on this path');
  });

  it('even when "or" could have decided without it', () => {
    const rule = compileRule({ or: [{ '==': [{ var: 'answers.a' }, 'yes'] }, { '==': [{ var: 'answers.b' }, 'yes'] }] });
    expect(() => rule.evaluate({ answers: { a: 'yes' } })).toThrow(RuleError);
    expect(rule.evaluate({ answers: { a: 'yes', b: 'no' } })).toBe(true);
  });

  it('a value of 0 or "no" is a value, not a missing one', () => {
    expect(compileRule({ '==': [{ var: 'answers.q-days' }, 0] }).evaluate({ answers: { 'q-days': 0 } })).toBe(true);
    expect(compileRule({ '==': [{ var: 'answers.a' }, 'no'] }).evaluate({ answers: { a: 'no' } })).toBe(true);
  });

  it('does not find inherited properties as values', () => {
    const rule = compileRule({ '==': [{ var: 'answers.toString' }, 'x'] });
    expect(() => rule.evaluate({ answers: {} })).toThrow(RuleError);
  });
});

describe('vars and thresholds are collected for the checker', () => {
  it('lists every var once, through named conditions', () => {
    const rule = compileRule(
      {
        or: [
          { [NAMED_CONDITION]: 'elderly' },
          { '==': [{ var: 'answers.q-fever' }, 'yes'] },
          { and: [{ '==': [{ var: 'answers.q-fever' }, 'unknown'] }, { '>=': [{ var: 'answers.q-days' }, 3] }] },
        ],
      },
      { elderly: { '>=': [{ var: 'context.age' }, 70] } },
    );
    expect([...rule.vars].sort()).toEqual(['answers.q-days', 'answers.q-fever', 'context.age']);
  });

  it('remembers each number a var is compared with, whichever side it is on', () => {
    const rule = compileRule({
      or: [
        { '>=': [{ var: 'answers.q-days' }, 14] },
        { '<=': [1, { var: 'answers.q-days' }, 3] },
        { '<': [{ var: 'context.age' }, 0.25] },
        { '==': [{ var: 'answers.q-fever' }, 'yes'] },
      ],
    });
    expect([...(rule.thresholds.get('answers.q-days') ?? [])].sort((a, b) => a - b)).toEqual([1, 3, 14]);
    expect(rule.thresholds.get('context.age')).toEqual([0.25]);
    expect(rule.thresholds.has('answers.q-fever')).toBe(false);
  });

  it('a rule without vars has none', () => {
    const rule = compileRule(true);
    expect(rule.vars).toEqual([]);
    expect(rule.thresholds.size).toBe(0);
  });
});
