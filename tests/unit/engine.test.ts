/**
 * The triage engine: a session moves from question to question by the tree's rules, going back
 * forgets the abandoned branch, and any rule that cannot be evaluated ends at the safe
 * escalation outcome (U2, phone the GP) instead of quietly picking a route.
 */
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, type AgeBand } from '../../web/engine/context.ts';
import { planFor } from '../../web/engine/plan.ts';
import {
  answer,
  answersOf,
  back,
  current,
  ESCALATION_OUTCOME,
  outcomeOf,
  requiredContext,
  startSession,
  type Session,
} from '../../web/engine/session.ts';
import { walkTree } from '../../web/checker/tree-paths.ts';
import { stepLimit } from '../../web/engine/longest-route.ts';
import { progressOf } from '../../web/engine/progress.ts';
import type { Tree } from '../../web/engine/tree-schema.ts';
import { outcome, parseTree, planned } from '../fixtures/inline-tree.ts';
import { clearAnswers, content, start, walk } from './harness.ts';

/** Fever vignette: "do you have a fever?" then "how many days?"; 3 days or more goes to the GP. */
const feverTree = parseTree({
  'q-fever': {
    type: 'question',
    input: 'choice',
    text: 'q-fever.text',
    options: 'yes-no-unknown',
    next: { rules: [{ when: { '==': [{ var: 'answers.q-fever' }, 'no'] }, goto: 'o-self-care' }], otherwise: 'i-measure' },
  },
  'i-measure': { type: 'info', title: 'i-measure.title', text: 'i-measure.text', next: { otherwise: 'q-days' } },
  'q-days': {
    type: 'question',
    input: 'number',
    text: 'q-days.text',
    min: 0,
    max: 30,
    next: { rules: [{ when: { '>=': [{ var: 'answers.q-days' }, 3] }, goto: 'o-gp' }], otherwise: 'o-self-care' },
  },
  'o-gp': outcome('U4', 'own-practice'),
  'o-self-care': outcome('U5', 'self-care'),
});

describe('a session walks a tree', () => {
  it('starts at the start question', () => {
    const here = current(start([planned(feverTree)]));
    expect(here.kind).toBe('question');
    expect(here.nodeId).toBe('q-fever');
    expect(outcomeOf(start([planned(feverTree)]))).toBeUndefined();
  });

  it('moves on by the rules: fever, an info screen, 4 days → own practice', () => {
    let session = start([planned(feverTree)]);
    session = walk(session, 'yes');
    expect(current(session)).toMatchObject({ kind: 'info', nodeId: 'i-measure' });
    session = walk(session, 'continue');
    expect(current(session)).toMatchObject({ kind: 'question', nodeId: 'q-days' });
    session = walk(session, 4);
    expect(outcomeOf(session)).toMatchObject({ nodeId: 'o-gp', outcome: { urgency: 'U4', channel: 'own-practice' } });
    expect(outcomeOf(session)?.escalation).toBeUndefined();
  });

  it('"otherwise" is taken when no rule matches: 2 days → self-care', () => {
    expect(outcomeOf(walk(start([planned(feverTree)]), 'yes', 'continue', 2))?.nodeId).toBe('o-self-care');
  });

  it('no fever ends at self-care at once', () => {
    expect(outcomeOf(walk(start([planned(feverTree)]), 'no'))?.nodeId).toBe('o-self-care');
  });

  it('refuses an option the question does not have', () => {
    const session = start([planned(feverTree)]);
    const result = answer(session, 'maybe');
    expect(result).toEqual({ ok: false, error: 'q-fever: "maybe" is not one of: yes, no, unknown' });
    expect(answer(session, 1).ok).toBe(false);
  });

  it('refuses a number outside the range, or something that is not a number', () => {
    const atDays = walk(start([planned(feverTree)]), 'yes', 'continue');
    for (const bad of [-1, 31, Number.NaN, Number.POSITIVE_INFINITY, '3']) {
      const result = answer(atDays, bad as number);
      expect(result.ok, `answer ${String(bad)}`).toBe(false);
    }
    expect(answer(atDays, 31)).toEqual({ ok: false, error: 'q-days: 31 is outside 0–30' });
    expect(answer(atDays, 0).ok).toBe(true);
    expect(answer(atDays, 30).ok).toBe(true);
  });

  it('an information screen only takes "continue"', () => {
    const atInfo = walk(start([planned(feverTree)]), 'yes');
    expect(answer(atInfo, 'yes').ok).toBe(false);
  });

  it('nothing can be answered once the triage has ended', () => {
    const ended = walk(start([planned(feverTree)]), 'no');
    expect(answer(ended, 'yes')).toEqual({ ok: false, error: 'the triage has ended' });
  });

  it('a refused answer leaves the session as it was', () => {
    const session = start([planned(feverTree)]);
    answer(session, 'maybe');
    expect(session.steps).toEqual([{ tree: 0, node: 'q-fever' }]);
  });
});

describe('back() forgets the abandoned branch', () => {
  /** A rash vignette: where the rash is (A) decides how the itch question (B) routes. */
  const rashTree = parseTree({
    'q-where': {
      type: 'question',
      input: 'choice',
      text: 'q-where.text',
      options: [
        { id: 'face', label: 'q-where.face' },
        { id: 'legs', label: 'q-where.legs' },
      ],
      next: { otherwise: 'q-itch' },
    },
    'q-itch': {
      type: 'question',
      input: 'choice',
      text: 'q-itch.text',
      options: 'yes-no',
      next: {
        rules: [
          {
            when: { and: [{ '==': [{ var: 'answers.q-where' }, 'face'] }, { '==': [{ var: 'answers.q-itch' }, 'yes'] }] },
            goto: 'o-face-itch',
          },
        ],
        otherwise: 'o-self-care',
      },
    },
    'o-face-itch': outcome('U4', 'e-consult'),
    'o-self-care': outcome('U5', 'self-care'),
  });

  /**
   * The same vignette where only the face branch asks about the eyes, and the itch question's
   * first rule reads that answer. On the legs branch the rule cannot be evaluated (the checker
   * reports this tree); the engine must not fall back on an eyes answer from an abandoned branch.
   */
  const eyesTree = parseTree({
    'q-where': {
      type: 'question',
      input: 'choice',
      text: 'q-where.text',
      options: [
        { id: 'face', label: 'q-where.face' },
        { id: 'legs', label: 'q-where.legs' },
      ],
      next: { rules: [{ when: { '==': [{ var: 'answers.q-where' }, 'face'] }, goto: 'q-eyes' }], otherwise: 'q-itch' },
    },
    'q-eyes': { type: 'question', input: 'choice', text: 'q-eyes.text', options: 'yes-no', next: { otherwise: 'q-itch' } },
    'q-itch': {
      type: 'question',
      input: 'choice',
      text: 'q-itch.text',
      options: 'yes-no',
      next: { rules: [{ when: { '==': [{ var: 'answers.q-eyes' }, 'yes'] }, goto: 'o-eyes' }], otherwise: 'o-self-care' },
    },
    'o-eyes': outcome('U3', 'gp-today'),
    'o-self-care': outcome('U5', 'self-care'),
  });

  it('back returns to the previous question and shows the earlier answer', () => {
    const atItch = walk(start([planned(rashTree)]), 'face');
    const backAgain = back(atItch);
    expect(current(backAgain)).toMatchObject({ kind: 'question', nodeId: 'q-where', answer: 'face' });
    expect(backAgain.steps).toHaveLength(1);
    // Shown, but not counted: the question being (re)answered is not on the path yet.
    expect(answersOf(backAgain, 0)).toEqual({});
  });

  it('back on the first question stays there', () => {
    const session = start([planned(rashTree)]);
    expect(back(session)).toBe(session);
  });

  it('back from an outcome returns to the last question', () => {
    const ended = walk(start([planned(rashTree)]), 'face', 'no');
    expect(outcomeOf(ended)?.nodeId).toBe('o-self-care');
    expect(current(back(ended))).toMatchObject({ kind: 'question', nodeId: 'q-itch', answer: 'no' });
  });

  it('a re-answered question counts with its new answer only: face+itch, back, legs+itch → self-care', () => {
    const face = walk(start([planned(rashTree)]), 'face', 'yes');
    expect(outcomeOf(face)?.nodeId).toBe('o-face-itch');

    const toStart = back(back(face));
    expect(current(toStart).nodeId).toBe('q-where');
    const legs = walk(toStart, 'legs');
    expect(answersOf(legs, 0)).toEqual({ 'q-where': 'legs' });
    const ended = outcomeOf(walk(legs, 'yes'));
    expect(ended?.nodeId).toBe('o-self-care');
    expect(ended?.escalation).toBeUndefined();
  });

  it('changing the answer on the question one step back also reroutes', () => {
    const atItch = walk(start([planned(rashTree)]), 'legs');
    expect(outcomeOf(walk(back(atItch), 'face', 'yes'))?.nodeId).toBe('o-face-itch');
  });

  it('an answer given on an abandoned branch is not seen by a later rule', () => {
    // face → eyes=yes → itch would end at o-eyes. Go back to the start and take the legs branch.
    const eyesYes = walk(start([planned(eyesTree)]), 'face', 'yes');
    expect(outcomeOf(walk(eyesYes, 'no'))?.nodeId).toBe('o-eyes');
    const legs = walk(back(back(eyesYes)), 'legs');
    expect(legs.steps.map((s) => s.node)).toEqual(['q-where', 'q-itch']);

    const ended = walk(legs, 'no');
    expect(ended.steps.map((s) => s.node)).not.toContain('q-eyes');
    expect(answersOf(ended, 0)).not.toHaveProperty('q-eyes');
    // "q-eyes = yes" is not satisfied by the abandoned answer: it has no value on this path, so
    // the session escalates instead of routing to o-eyes (or silently to self-care).
    const reached = outcomeOf(ended);
    expect(reached?.nodeId).toBe('escalation');
    expect(reached?.outcome).toBe(ESCALATION_OUTCOME);
    expect(reached?.escalation?.reason).toBe('$.nodes.q-itch.next.rules[0].when: "answers.q-eyes" has no value on this path');
  });

  it('going back across the info screen works the same', () => {
    const atDays = walk(start([planned(feverTree)]), 'yes', 'continue');
    expect(current(back(atDays))).toMatchObject({ kind: 'info', nodeId: 'i-measure' });
    expect(current(back(back(atDays)))).toMatchObject({ nodeId: 'q-fever', answer: 'yes' });
    const noFever = walk(back(back(atDays)), 'no');
    expect(outcomeOf(noFever)?.nodeId).toBe('o-self-care');
  });
});

describe('a rule that cannot be evaluated escalates (U2, urgent GP), never a silent route', () => {
  it('ESCALATION_OUTCOME is U2 via the urgent GP, with common texts', () => {
    expect(ESCALATION_OUTCOME).toMatchObject({ type: 'outcome', urgency: 'U2', channel: 'urgent-gp' });
    for (const language of Object.keys(content.texts)) {
      for (const key of [ESCALATION_OUTCOME.title, ...ESCALATION_OUTCOME.advice, ESCALATION_OUTCOME.safetyNet]) {
        expect(content.texts[language]?.common?.[key.replace('common:', '')], `${language} ${key}`).toBeTruthy();
      }
    }
  });

  /** Chest pain vignette whose second rule reads a question that is never on the path. */
  const brokenTree = parseTree({
    'q-chest': {
      type: 'question',
      input: 'choice',
      text: 'q-chest.text',
      options: 'yes-no',
      next: {
        rules: [{ when: { '==': [{ var: 'answers.q-sweating' }, 'yes'] }, goto: 'o-112' }],
        otherwise: 'o-self-care',
      },
    },
    'q-sweating': { type: 'question', input: 'choice', text: 'q-sweating.text', options: 'yes-no', next: { otherwise: 'o-112' } },
    'o-112': outcome('U1', 'emergency-112'),
    'o-self-care': outcome('U5', 'self-care'),
  });

  it('reading an answer that is not on the path ends in the escalation outcome with a reason', () => {
    const ended = walk(start([planned(brokenTree)]), 'no');
    const reached = outcomeOf(ended);
    expect(reached?.nodeId).toBe('escalation');
    expect(reached?.outcome).toEqual(ESCALATION_OUTCOME);
    expect(reached?.escalation).toEqual({
      tree: 0,
      node: 'q-chest',
      reason: '$.nodes.q-chest.next.rules[0].when: "answers.q-sweating" has no value on this path',
    });
    expect(current(ended)).toMatchObject({ kind: 'outcome', node: { urgency: 'U2', channel: 'urgent-gp' } });
    expect(answer(ended, 'yes').ok).toBe(false);
  });

  it('a tree with a disallowed operator does not start at all', () => {
    const tree = parseTree({
      'q-pain': {
        type: 'question',
        input: 'number',
        text: 'q-pain.text',
        min: 0,
        max: 10,
        next: { rules: [{ when: { '>': [{ '+': [{ var: 'answers.q-pain' }, 1] }, 8] }, goto: 'o-gp' }], otherwise: 'o-self-care' },
      },
      'o-gp': outcome('U3', 'gp-today'),
      'o-self-care': outcome('U5', 'self-care'),
    });
    const started = startSession([planned(tree)], {});
    expect(started.ok).toBe(false);
    expect(!started.ok && started.error).toMatch(/operator "\+" is not allowed/);
  });

  it('an unknown operator injected into a running session escalates at that question', () => {
    const tree = structuredClone(feverTree);
    const session = walk(start([planned(tree)]), 'yes', 'continue');
    // A new rule object (as a corrupted or tampered session would carry) with an operator outside the allow-list.
    const days = tree.nodes['q-days'];
    if (days?.type !== 'question') expect.fail('q-days is a question');
    days.next.rules = [{ when: { log: { var: 'answers.q-days' } }, goto: 'o-self-care' }];
    const reached = outcomeOf(walk(session, 1));
    expect(reached?.nodeId).toBe('escalation');
    expect(reached?.outcome).toBe(ESCALATION_OUTCOME);
    expect(reached?.escalation?.reason).toBe('$.nodes.q-days.next.rules[0].when: operator "log" is not allowed');
  });

  it('a goto to a node that does not exist escalates', () => {
    const tree = structuredClone(feverTree);
    const fever = tree.nodes['q-fever'];
    if (fever?.type !== 'question') expect.fail('q-fever is a question');
    fever.next.otherwise = 'i-gone';
    const reached = outcomeOf(walk(start([planned(tree)]), 'yes'));
    expect(reached?.nodeId).toBe('escalation');
    expect(reached?.escalation?.reason).toMatch(/node "i-gone" does not exist/);
  });

  it('a shared screen that ends in "continue" with nothing after it escalates', () => {
    const abcdeOnly = [content.planned.get('abcde')!];
    const reached = outcomeOf(walk(start(abcdeOnly), ...clearAnswers('abcde').map(([, value]) => value)));
    expect(reached?.nodeId).toBe('escalation');
    expect(reached?.escalation?.reason).toMatch(/no tree to continue with/);
  });

  /** Two questions whose "yes" leads back to the first: a loop the checker refuses, here as if it got past the build. */
  const loopTree = parseTree({
    'q-pain': {
      type: 'question',
      input: 'choice',
      text: 'q-pain.text',
      options: 'yes-no',
      next: { rules: [{ when: { '==': [{ var: 'answers.q-pain' }, 'no'] }, goto: 'o-self-care' }], otherwise: 'q-worse' },
    },
    'q-worse': {
      type: 'question',
      input: 'choice',
      text: 'q-worse.text',
      options: 'yes-no',
      next: { rules: [{ when: { '==': [{ var: 'answers.q-worse' }, 'yes'] }, goto: 'q-pain' }], otherwise: 'o-gp' },
    },
    'o-gp': outcome('U4', 'own-practice'),
    'o-self-care': outcome('U5', 'self-care'),
  });

  it('a loop that got past the build ends at the step limit in the escalation outcome, with a reason', () => {
    expect(stepLimit([planned(loopTree)])).toBe(3);
    let session = start([planned(loopTree)]);
    const shown: string[] = [];
    for (let i = 0; i < 20 && current(session).kind === 'question'; i++) {
      const { current: n, atMost } = progressOf(session);
      shown.push(`${n}/${atMost}`);
      session = walk(session, 'yes');
    }
    const reached = outcomeOf(session);
    expect(reached?.nodeId).toBe('escalation');
    expect(reached?.outcome).toBe(ESCALATION_OUTCOME);
    expect(reached?.escalation).toEqual({
      tree: 0,
      node: 'q-pain',
      reason: '$.nodes.q-worse: step 4 is more than the longest route through this plan (3 steps): does it loop?',
    });
    // The loop ends within the steps a real route could take; the count never passes "at most".
    expect(shown).toEqual(['1/2', '2/2', '3/4']);
    // The route that does not loop still ends where it should.
    expect(outcomeOf(walk(start([planned(loopTree)]), 'yes', 'no'))?.nodeId).toBe('o-gp');
  });

  it('the step limit counts every tree of the plan, so no real path through a complaint meets it', () => {
    const plan = [content.planned.get('abcde')!, content.planned.get('keelpijn')!];
    expect(stepLimit(plan)).toBe(stepLimit([plan[0]!]) + stepLimit([plan[1]!]));
    for (const { tree } of content.trees) {
      const limit = stepLimit([planned(tree)]);
      walkTree(tree, { onPath: (path) => expect(path.steps.length + 1, `${tree.id} → ${path.end}`).toBeLessThanOrEqual(limit) });
    }
  });

  it('back() from the escalation reopens the question, without the answer that failed', () => {
    const ended = walk(start([planned(brokenTree)]), 'no');
    const reopened = back(ended);
    expect(reopened.escalation).toBeUndefined();
    expect(current(reopened)).toEqual(expect.objectContaining({ kind: 'question', nodeId: 'q-chest', answer: undefined }));
  });
});

describe('context', () => {
  /** Fever in a baby under 3 months is urgent; the rule reads the age from the context. */
  const babyTree = parseTree({
    'q-fever': {
      type: 'question',
      input: 'choice',
      text: 'q-fever.text',
      options: 'yes-no',
      next: {
        rules: [
          { when: { and: [{ '==': [{ var: 'answers.q-fever' }, 'yes'] }, { '<': [{ var: 'context.age' }, 0.25] }] }, goto: 'o-urgent' },
        ],
        otherwise: 'o-self-care',
      },
    },
    'o-urgent': outcome('U2', 'urgent-gp'),
    'o-self-care': outcome('U5', 'self-care'),
  });

  it('startSession reports the context vars the tree reads but were not given', () => {
    expect(requiredContext([planned(babyTree)])).toEqual(['context.age']);
    expect(startSession([planned(babyTree)], {})).toEqual({ ok: false, error: 'this tree needs context.age' });
    const tuesday = { date: '2026-11-24', weekday: 2, hour: 10, minute: 0 };
    expect(startSession([planned(babyTree)], { moment: tuesday })).toEqual({ ok: false, error: 'this tree needs context.age' });
  });

  it('with the age band given, the rule routes by it', () => {
    const ageOf = (band: AgeBand) => AGE_BANDS.find((b) => b.id === band)!.value;
    expect(outcomeOf(walk(start([planned(babyTree)], { age: ageOf('under-1-month') }), 'yes'))?.nodeId).toBe('o-urgent');
    expect(outcomeOf(walk(start([planned(babyTree)], { age: ageOf('3-to-12-months') }), 'yes'))?.nodeId).toBe('o-self-care');
    expect(outcomeOf(walk(start([planned(babyTree)], { age: ageOf('70-years-or-older') }), 'yes'))?.nodeId).toBe('o-self-care');
    expect(outcomeOf(walk(start([planned(babyTree)], { age: ageOf('under-1-month') }), 'no'))?.nodeId).toBe('o-self-care');
  });

  it('a session needs at least one tree', () => {
    expect(startSession([], {}).ok).toBe(false);
  });
});

describe('a plan runs the shared ABCDE screen before the complaint', () => {
  /** A small ear-ache complaint that names the real ABCDE screen as its preamble. */
  const earTree = parseTree(
    {
      'q-discharge': {
        type: 'question',
        input: 'choice',
        text: 'q-discharge.text',
        options: 'yes-no-unknown',
        next: { rules: [{ when: { '==': [{ var: 'answers.q-discharge' }, 'no'] }, goto: 'o-self-care' }], otherwise: 'o-gp' },
      },
      'o-gp': outcome('U4', 'own-practice'),
      'o-self-care': outcome('U5', 'self-care'),
    },
    { id: 'oor', kind: 'complaint', preamble: ['abcde'] },
  );
  const lookup = (id: string) => (id === 'oor' ? planned(earTree) : content.planned.get(id));
  const earPlan = () => {
    const plan = planFor('oor', lookup);
    if (!plan.ok) expect.fail(plan.error);
    return plan.value;
  };
  const abcde = () => content.planned.get('abcde')!.tree;
  const clear = () => clearAnswers('abcde');

  it('the complaint is planned after the shared screen it names', () => {
    expect(earPlan().map((p) => p.tree.id)).toEqual(['abcde', 'oor']);
    expect(planFor('geen-boom', lookup)).toEqual({ ok: false, error: 'unknown tree "geen-boom"' });
    const orphan = planned(parseTree(earTree.nodes, { id: 'oor', kind: 'complaint', preamble: ['geen-scherm'] }));
    expect(planFor('oor', (id) => (id === 'oor' ? orphan : undefined))).toEqual({
      ok: false,
      error: 'tree "oor" needs shared tree "geen-scherm", which does not exist',
    });
  });

  it('asks every ABCDE red-flag question first, then continues into the complaint on "continue"', () => {
    let session = start(earPlan());
    const asked: string[] = [];
    for (const [question, value] of clear()) {
      expect(current(session)).toMatchObject({
        kind: 'question',
        nodeId: question,
        tree: { tree: { id: 'abcde' } },
        node: { redFlag: true },
      });
      asked.push(question);
      session = walk(session, value);
    }
    expect(asked[0]).toBe(abcde().start);
    expect(asked.length).toBe(Object.values(abcde().nodes).filter((node) => node.type === 'question').length);
    expect(current(session)).toMatchObject({ kind: 'question', nodeId: 'q-discharge', tree: { tree: { id: 'oor' } } });
    expect(session.steps.at(-1)).toEqual({ tree: 1, node: 'q-discharge' });
    // Answers are kept per tree; the complaint starts with none of its own.
    expect(answersOf(session, 1)).toEqual({});
    expect(Object.keys(answersOf(session, 0))).toEqual(asked);
    expect(outcomeOf(walk(session, 'yes'))).toMatchObject({ nodeId: 'o-gp', tree: { tree: { id: 'oor' } } });
  });

  it.each([
    ['yes', 'a red flag'],
    ['unknown', '"weet ik niet" on a red-flag question, treated as yes,'],
  ])('"%s": %s ends the screen with 112, before any ear question', (value) => {
    clear().forEach(([question], i) => {
      const answers = [
        ...clear()
          .slice(0, i)
          .map(([, clearValue]) => clearValue),
        value,
      ];
      const reached = outcomeOf(walk(start(earPlan()), ...answers));
      expect(reached?.outcome.channel, `${question}=${value}`).toBe('emergency-112');
      expect(reached?.tree.tree.id).toBe('abcde');
      expect(reached?.escalation).toBeUndefined();
    });
  });

  it('back from the first complaint question returns to the last ABCDE question', () => {
    const inEar = walk(start(earPlan()), ...clear().map(([, value]) => value));
    const [lastQuestion, lastAnswer] = clear().at(-1)!;
    expect(current(back(inEar))).toMatchObject({ nodeId: lastQuestion, answer: lastAnswer, tree: { tree: { id: 'abcde' } } });
  });
});

describe('every path the checker walks ends in the same place in the engine', () => {
  /** Where a shared screen continues to in this test: any tree will do. */
  const after = planned(parseTree({ 'o-next': outcome('U5', 'self-care') }, { id: 'after' }));

  it('for every real tree', () => {
    let replayed = 0;
    for (const { tree } of content.trees) {
      const main = content.planned.get(tree.id)!;
      const shared = (tree.preamble ?? []).map((id) => content.planned.get(id)!);
      const plan = tree.kind === 'shared' ? [main, after] : [...shared, main];
      const before = (tree.preamble ?? []).flatMap((id) => clearAnswers(id).map(([, value]) => value));
      walkTree(tree, {
        onPath: (path) => {
          replayed++;
          const where = `${tree.id}: ${path.steps.map((s) => `${s.node}=${s.answer}`).join(', ')}`;
          const session = walk(start(plan, path.context), ...before, ...path.steps.map((s) => s.answer));
          if (tree.nodes[path.end]?.type === 'continue') expect(current(session).tree, where).toBe(after);
          else expect(outcomeOf(session)?.nodeId, where).toBe(path.end);
        },
      });
    }
    expect(replayed).toBeGreaterThan(content.trees.length);
  });
});

describe('a session carries the trees it started with', () => {
  /** Version 2 of the fever tree sends every fever straight to the GP. */
  function version2(): Tree {
    const v2 = structuredClone(feverTree);
    v2.version = '2.0.0';
    const fever = v2.nodes['q-fever'];
    if (fever?.type !== 'question') expect.fail('q-fever is a question');
    fever.next = { rules: [{ when: { '==': [{ var: 'answers.q-fever' }, 'no'] }, goto: 'o-self-care' }], otherwise: 'o-gp' };
    return v2;
  }

  it('a newer version published mid-triage does not change a running session', () => {
    const published = new Map([['inline', planned(feverTree, 'sha256-v1')]]);
    const planOf = () => {
      const plan = planFor('inline', (id) => published.get(id));
      if (!plan.ok) expect.fail(plan.error);
      return plan.value;
    };
    const session = start(planOf());
    published.set('inline', planned(version2(), 'sha256-v2'));

    // A new session gets version 2: fever goes straight to the GP …
    expect(outcomeOf(walk(start(planOf()), 'yes'))?.nodeId).toBe('o-gp');
    // … the running one still follows version 1: fever leads to the info screen.
    const continued = walk(session, 'yes');
    expect(current(continued).nodeId).toBe('i-measure');
    expect(continued.plan[0]).toMatchObject({ hash: 'sha256-v1', tree: { version: '1.0.0' } });
  });

  it('survives a round trip through JSON (as stored on the device) and keeps its own tree', () => {
    const session = walk(start([planned(feverTree, 'sha256-v1')]), 'yes');
    const restored = JSON.parse(JSON.stringify(session)) as Session;
    expect(restored.plan[0]?.tree).toEqual(feverTree);
    const ended = walk(restored, 'continue', 5);
    expect(outcomeOf(ended)?.nodeId).toBe('o-gp');
    expect(outcomeOf(ended)?.tree.hash).toBe('sha256-v1');
  });

  it('the real content plans carry each tree with its content hash', () => {
    for (const { tree } of content.trees) {
      expect(content.planned.get(tree.id)?.tree).toBe(tree);
      expect(content.planned.get(tree.id)?.hash).toMatch(/^sha256-[0-9a-f]{16}$/);
    }
  });
});
