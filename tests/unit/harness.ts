/**
 * The one harness of the unit tests that run the real content: a session on real trees, walked by
 * answers; a vignette run the way the app runs it (the shared ABCDE screen first, all "no" unless
 * the vignette answers it itself, then the tree, with the person's age band and the moment), to its
 * outcome (`triage`) or on to the concrete action at an example practice (`act`); and a tree's
 * vignette table, `trees/vignettes/<tree>.json`, run as one test per row (`vignetteTable`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { loadContent, PROJECT_ROOT } from '../../web/build/content-files.ts';
import { resolveAction, type Action, type Setting } from '../../web/care/resolve-action.ts';
import { walkTree } from '../../web/checker/tree-paths.ts';
import { AGE_BANDS, momentOf, SEX_CONTEXT, type Context } from '../../web/engine/context.ts';
import { planFor } from '../../web/engine/plan.ts';
import { replay } from '../../web/engine/replay.ts';
import { fieldErrors } from '../../web/engine/schema-errors.ts';
import {
  answer,
  current,
  outcomeOf,
  startSession,
  type AnswerValue,
  type PlannedTree,
  type ReachedOutcome,
  type Session,
} from '../../web/engine/session.ts';
import { URGENCIES, urgencyRank, type Channel } from '../../web/engine/tree-model.ts';

/** The shipped content, loaded once per test file. */
export const content = loadContent();

/** An example practice with its region, as the app routes an outcome for it. */
export function settingOf(practiceId: string): Required<Setting> {
  const practice = content.practices.get(practiceId);
  if (!practice) throw new Error(`no practice "${practiceId}"`);
  return { practice, region: content.regions.get(practice.region)! };
}

/** The channel of each outcome of a tree, by outcome id. */
export function outcomeChannels(treeId: string): Record<string, Channel> {
  const nodes = Object.entries(content.planned.get(treeId)?.tree.nodes ?? {});
  return Object.fromEntries(nodes.flatMap(([id, node]) => (node.type === 'outcome' ? [[id, node.channel]] : [])));
}

/** The words an outcome's advice shows in one language, as one string. */
export function adviceText(treeId: string, outcomeId: string, language: string): string {
  const node = content.planned.get(treeId)?.tree.nodes[outcomeId];
  if (node?.type !== 'outcome') throw new Error(`${outcomeId} is not an outcome of ${treeId}`);
  const texts = content.texts[language]?.[treeId] ?? {};
  return node.advice.map((key) => texts[key] ?? '').join(' ');
}

// ---- Sessions on real trees

/** The plan the app runs for one tree or several ("a+b"): the shared screens they name first. */
export function realPlan(treeIds: string): PlannedTree[] {
  const plan = planFor(treeIds, (id) => content.planned.get(id));
  if (!plan.ok) throw new Error(plan.error);
  return plan.value;
}

/** A new session on a plan of trees (real or inline). */
export function start(plan: readonly PlannedTree[], context: Context = {}): Session {
  const started = startSession(plan, context);
  if (!started.ok) throw new Error(started.error);
  return started.value;
}

/** A new session on real trees. */
export const startOn = (treeIds: string, context: Context): Session => start(realPlan(treeIds), context);

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

/** Answers by question id, each given when its question comes; every answer must be accepted and used. */
export function replayed(from: Session, answers: Readonly<Record<string, AnswerValue>>): Session {
  const result = replay(from, answers);
  if (!result.ok) throw new Error(result.error);
  const { session, unused } = result.value;
  if (unused.length === 0) return session;
  const here = current(session);
  if (here.kind !== 'outcome') throw new Error(`the walk stops at question "${here.nodeId}" of ${here.tree.tree.id}: answer it`);
  throw new Error(`answers not on this path: ${unused.join(', ')}`);
}

/**
 * The answers that pass a shared screen without a red flag: the path of the real tree that ends
 * in "continue" (for ABCDE: "no" to every life-threat question), in the order they are asked.
 */
export function clearAnswers(sharedId: string): [string, AnswerValue][] {
  const tree = content.planned.get(sharedId)?.tree;
  if (!tree) throw new Error(`no shared tree "${sharedId}"`);
  const clear: [string, AnswerValue][][] = [];
  walkTree(tree, { onPath: (path) => tree.nodes[path.end]?.type === 'continue' && clear.push(path.steps.map((s) => [s.node, s.answer])) });
  if (clear.length !== 1) throw new Error(`${clear.length} paths through ${sharedId} end in "continue", not one`);
  return clear[0]!;
}

/** Every ABCDE life-threat question answered "no", in the order they are asked. */
export const ABCDE_CLEAR: Readonly<Record<string, AnswerValue>> = Object.fromEntries(clearAnswers('abcde'));

/** "No" to the ABCDE questions before one life-threat question and `value` to it: the screen must stop there. */
export function abcdeUpTo(question: string, value: AnswerValue): Record<string, AnswerValue> {
  const order = Object.keys(ABCDE_CLEAR);
  if (!order.includes(question)) throw new Error(`"${question}" is not an ABCDE question`);
  return { ...Object.fromEntries(order.slice(0, order.indexOf(question)).map((q) => [q, 'no'])), [question]: value };
}

// ---- Vignettes

/** A person's answers and circumstances; the row type of a vignette table adds the story and the expectation. */
const VignetteSchema = z.strictObject({
  /** Answers by question id, in the order they are asked; the ABCDE answers default to "no". */
  answers: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The age band the person picks; absent for a tree that does not ask it. */
  age: z.optional(z.enum(AGE_BANDS.map((band) => band.id))),
  /** Sex at birth as the app puts it in the context; defaults to "unknown" (said "anders", or nothing), which asks every question. */
  sex: z.optional(z.enum(SEX_CONTEXT)),
  /** ISO date-time of use; defaults to a Tuesday morning. No tree reads it yet: the moment matters to `act`. */
  at: z.optional(z.iso.datetime({ offset: true })),
  /** "given": the vignette answers the ABCDE screen itself (no "no" defaults). */
  screen: z.optional(z.literal('given')),
});
export type Vignette = z.infer<typeof VignetteSchema>;

/** One row of a tree's vignette table: a person's story, their answers, and where they must end. */
export const VignetteRowSchema = z.strictObject({
  /** The person and their complaint in a few words; it names the test. */
  story: z.string().check(z.minLength(1)),
  ...VignetteSchema.shape,
  /** The outcome node the answers must reach, and its urgency. */
  outcome: z.string().check(z.regex(/^o-/)),
  urgency: z.enum(URGENCIES),
  /**
   * Where the expectation comes from: "spec:<item id>" (the tree's clinical spec; the row is then
   * held to that item's minimum too), or the name of a source or review finding.
   */
  source: z.string().check(z.minLength(1)),
  /** Why the row is there or changed: a review finding, a source, why a path became less urgent. */
  note: z.optional(z.string().check(z.minLength(1))),
});
export type VignetteRow = z.infer<typeof VignetteRowSchema>;

export interface Result extends ReachedOutcome {
  /** The outcome node id, e.g. "o-self-care". */
  readonly id: string;
}

/** The outcome a vignette reaches. Throws when the walk stops at a question the vignette does not answer. */
export function triage(treeId: string, vignette: Vignette): Result {
  const age = vignette.age === undefined ? undefined : AGE_BANDS.find((band) => band.id === vignette.age)!.value;
  const moment = momentOf(new Date(vignette.at ?? '2026-11-24T10:00:00+01:00'));
  const started = startOn(treeId, { ...(age === undefined ? {} : { age }), sex: vignette.sex ?? 'unknown', moment });
  const screened = vignette.screen !== 'given' && started.plan.some((planned) => planned.tree.id === 'abcde');
  const session = replayed(started, { ...(screened ? ABCDE_CLEAR : {}), ...vignette.answers });
  const reached = outcomeOf(session);
  if (!reached) throw new Error(`the vignette stops at question "${current(session).nodeId}" of ${treeId}: answer it`);
  return { ...reached, id: reached.nodeId };
}

/** The practice the field cases are routed through: De Linde, in Utrecht. */
export const FIELD_SETTING = settingOf('de-linde');

/** Triage a vignette, then route its outcome for De Linde at the vignette's moment. */
export function act(treeId: string, vignette: Vignette & { at: string }): { result: Result; action: Action } {
  const result = triage(treeId, vignette);
  return { result, action: resolveAction(result.outcome, FIELD_SETTING, momentOf(new Date(vignette.at))) };
}

const VIGNETTES = join(PROJECT_ROOT, 'tests', 'unit', 'trees', 'vignettes');

/** The trees with a vignette table: one file each, vignettes/<tree>.json. */
export const vignetteTrees = (): string[] =>
  readdirSync(VIGNETTES)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();

/** Rows as a vignette table file holds them, held to the row schema; throws naming the file and each wrong field. */
export function parseVignetteRows(file: string, data: unknown): VignetteRow[] {
  const parsed = z.array(VignetteRowSchema).safeParse(data);
  if (parsed.success) return parsed.data;
  throw new Error(
    `${file}: ${fieldErrors(parsed.error.issues)
      .map((e) => `${e.path}: ${e.message}`)
      .join('; ')}`,
  );
}

/** A tree's vignette table. */
export function vignetteRows(treeId: string): VignetteRow[] {
  const file = join(VIGNETTES, `${treeId}.json`);
  return parseVignetteRows(file, JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * A tree's vignettes as one table: each row becomes a test named by its story, outcome, urgency and
 * source; a "spec:" row is held to that item's minimum too; and the rows must reach every outcome.
 */
export function vignetteTable(treeId: string, rows: readonly VignetteRow[]): void {
  const tree = content.planned.get(treeId)?.tree;
  if (!tree) throw new Error(`vignettes for "${treeId}", which is not a tree`);
  const spec = content.specs.find((file) => file.spec.tree === treeId)?.spec;
  describe(`${treeId}: vignettes`, () => {
    for (const row of rows) {
      it(`${row.story} → ${row.outcome} (${row.urgency}; ${row.source})`, () => {
        const result = triage(treeId, row);
        expect({ outcome: result.id, urgency: result.outcome.urgency }).toEqual({ outcome: row.outcome, urgency: row.urgency });
        if (!row.source.startsWith('spec:')) return;
        const item = spec?.items.find((candidate) => candidate.id === row.source.slice('spec:'.length));
        if (!item) expect.fail(`${row.source} is not an item of decision-trees/specs/${treeId}.json`);
        expect(urgencyRank(row.urgency)).toBeLessThanOrEqual(urgencyRank(item.minUrgency));
      });
    }
    it('the rows reach every outcome of the tree', () => {
      const outcomes = Object.entries(tree.nodes).filter(([, node]) => node.type === 'outcome');
      const reached = new Set(rows.map((row) => row.outcome));
      expect(outcomes.map(([id]) => id).filter((id) => !reached.has(id))).toEqual([]);
    });
  });
}
