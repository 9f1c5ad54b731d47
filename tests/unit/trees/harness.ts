/**
 * Run a vignette through a tree the way the app does: the shared ABCDE screen first when the
 * tree has it (all "no" unless the vignette says otherwise), then the tree, with the person's
 * age band and the moment.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../web/build/content-files.ts';
import { AGE_BANDS, momentOf, type AgeBand } from '../../../web/engine/context.ts';
import { planFor } from '../../../web/engine/plan.ts';
import { replay } from '../../../web/engine/replay.ts';
import { current, startSession, type AnswerValue, type ReachedOutcome, outcomeOf } from '../../../web/engine/session.ts';
import { urgencyRank, type Urgency } from '../../../web/engine/tree-schema.ts';

export const content = loadContent();

/** Every ABCDE life-threat question answered "no". */
export const ABCDE_CLEAR: Readonly<Record<string, AnswerValue>> = Object.fromEntries(
  Object.entries(content.planned.get('abcde')!.tree.nodes)
    .filter(([, node]) => node.type === 'question')
    .map(([id]) => [id, 'no']),
);

export interface Vignette {
  /** Answers by question id; ABCDE answers default to "no". */
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly age?: AgeBand;
  /** ISO date-time of use; defaults to a Tuesday morning. */
  readonly at?: string;
  /** "given": the vignette answers the ABCDE screen itself (no "no" defaults). */
  readonly screen?: 'given';
}

export interface Result extends ReachedOutcome {
  /** The outcome node id, e.g. "o-self-care". */
  readonly id: string;
}

/** The outcome a vignette reaches. Throws when the walk stops at a question the vignette does not answer. */
export function triage(treeId: string, vignette: Vignette): Result {
  const plan = planFor(treeId, (id) => content.planned.get(id));
  if (!plan.ok) throw new Error(plan.error);
  const age = vignette.age === undefined ? undefined : AGE_BANDS.find((band) => band.id === vignette.age)!.value;
  const context = { ...(age === undefined ? {} : { age }), moment: momentOf(new Date(vignette.at ?? '2026-11-24T10:00:00+01:00')) };
  const started = startSession(plan.value, context);
  if (!started.ok) throw new Error(started.error);
  const screened = vignette.screen !== 'given' && plan.value.some((planned) => planned.tree.id === 'abcde');
  const replayed = replay(started.value, { ...(screened ? ABCDE_CLEAR : {}), ...vignette.answers });
  if (!replayed.ok) throw new Error(replayed.error);
  const reached = outcomeOf(replayed.value.session);
  if (!reached) throw new Error(`the vignette stops at question "${current(replayed.value.session).nodeId}" of ${treeId}: answer it`);
  if (replayed.value.unused.length > 0) throw new Error(`answers not on this path: ${replayed.value.unused.join(', ')}`);
  return { ...reached, id: reached.nodeId };
}

/** One row of a tree's vignette table: a person's story, their answers, and where they must end. */
export interface VignetteRow extends Vignette {
  /** The person and their complaint in a few words; it names the test. */
  readonly story: string;
  /** The outcome node the answers must reach, and its urgency. */
  readonly outcome: string;
  readonly urgency: Urgency;
  /**
   * Where the expectation comes from: "spec:<item id>" (the tree's clinical spec; the row is then
   * held to that item's minimum too), or the name of a source or review finding.
   */
  readonly source: string;
}

/**
 * Rows written short, as one line of arguments: story, answers, outcome, urgency, source, and the
 * age band when it is not the table's usual one.
 */
export const rowsAged =
  (usualAge: AgeBand) =>
  (
    story: string,
    answers: VignetteRow['answers'],
    outcome: string,
    urgency: Urgency,
    source: string,
    age: AgeBand = usualAge,
  ): VignetteRow => ({ story, answers, age, outcome, urgency, source });

/** A tree's vignettes as one table: each row becomes a test named by its story, outcome and source. */
export function vignetteTable(treeId: string, rows: readonly VignetteRow[]): void {
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
      const outcomes = Object.entries(content.planned.get(treeId)!.tree.nodes).filter(([, node]) => node.type === 'outcome');
      const reached = new Set(rows.map((row) => row.outcome));
      expect(outcomes.map(([id]) => id).filter((id) => !reached.has(id))).toEqual([]);
    });
  });
}
