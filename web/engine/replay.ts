/**
 * Walk a session forward with answers given by question id, in any order, the way the
 * simulator and the tree tests do: each question takes its answer when the walk reaches it.
 */
import { answer, current, type AnswerValue, type Session } from './session.ts';

export interface Replayed {
  readonly session: Session;
  /** Answers the walk never reached: their questions are not on this path. */
  readonly unused: readonly string[];
}

export function replay(
  start: Session,
  answers: Readonly<Record<string, AnswerValue>>,
): { ok: true; value: Replayed } | { ok: false; error: string } {
  const pending = new Map(Object.entries(answers));
  let session = start;
  for (;;) {
    const here = current(session);
    if (here.kind === 'outcome') break;
    let value: AnswerValue;
    if (here.kind === 'info') value = 'continue';
    else {
      const given = pending.get(here.nodeId);
      if (given === undefined) break;
      pending.delete(here.nodeId);
      // "14" from a command line is the number 14; "", "0x10" or "abc" stay text and are refused as answers.
      value = here.node.input === 'number' && typeof given === 'string' && /^-?\d+(\.\d+)?$/.test(given) ? Number(given) : given;
    }
    const next = answer(session, value);
    if (!next.ok) return next;
    session = next.value;
  }
  return { ok: true, value: { session, unused: [...pending.keys()] } };
}
