import { describe, expect, it } from 'vitest';
import { momentOf } from '../../web/engine/context.ts';
import { planFor } from '../../web/engine/plan.ts';
import { replay } from '../../web/engine/replay.ts';
import { back, current, outcomeOf, startSession, type Session } from '../../web/engine/session.ts';
import { ABCDE_CLEAR, content } from './trees/harness.ts';

const tuesday = { age: 18, moment: momentOf(new Date('2026-11-24T10:00:00+01:00')) };

function start(treeIds: string): Session {
  const plan = planFor(treeIds, (id) => content.planned.get(id));
  if (!plan.ok) throw new Error(plan.error);
  const started = startSession(plan.value, tuesday);
  if (!started.ok) throw new Error(started.error);
  return started.value;
}

function walk(session: Session, answers: Record<string, string | number>): Session {
  const result = replay(session, answers);
  if (!result.ok) throw new Error(result.error);
  return result.value.session;
}

describe('more than one complaint', () => {
  it('asks the ABCDE screen once, then each complaint in turn', () => {
    const plan = start('keelpijn+overige-klacht').plan.map((p) => p.tree.id);
    expect(plan).toEqual(['abcde', 'keelpijn', 'overige-klacht']);
  });

  it('a sore throat for three days and another complaint that cannot wait: the more urgent advice wins', () => {
    const session = walk(start('keelpijn+overige-klacht'), {
      ...ABCDE_CLEAR,
      'q-swallow': 'no',
      'q-immunity': 'no',
      'q-very-ill': 'no',
      'q-days': 3,
      'q-alarm': 'no',
      'q-pain': 'mild',
      'q-risk': 'no',
      'q-again': 'no',
      'q-wait': 'cannot-wait',
    });
    const reached = outcomeOf(session)!;
    expect(reached.tree.tree.id).toBe('overige-klacht');
    expect(reached.outcome.urgency).toBe('U3');
    expect(reached.others.map((o) => [o.tree.tree.id, o.nodeId])).toEqual([['keelpijn', 'o-self-care']]);
  });

  it('when the first complaint is the more urgent one, it still wins after the second is answered', () => {
    const session = walk(start('keelpijn+overige-klacht'), {
      ...ABCDE_CLEAR,
      'q-swallow': 'no',
      'q-immunity': 'yes',
      'q-alarm': 'no',
      'q-pain': 'mild',
      'q-risk': 'no',
      'q-again': 'no',
      'q-wait': 'can-wait',
    });
    const reached = outcomeOf(session)!;
    expect([reached.tree.tree.id, reached.nodeId, reached.outcome.urgency]).toEqual(['keelpijn', 'o-today', 'U3']);
    expect(reached.others.map((o) => o.nodeId)).toEqual(['o-own-gp']);
  });

  it('going back from the second complaint returns to the last question of the first', () => {
    const session = walk(start('keelpijn+overige-klacht'), { ...ABCDE_CLEAR, 'q-swallow': 'no', 'q-immunity': 'yes' });
    expect(current(session).nodeId).toBe('q-alarm');
    const previous = back(session);
    expect(current(previous).nodeId).toBe('q-immunity');
    expect(outcomeOf(walk(previous, { 'q-immunity': 'no', 'q-very-ill': 'no', 'q-days': 1 }))).toBeUndefined();
  });

  it('a life-threat answer in the ABCDE screen ends at 112 before any complaint', () => {
    const session = walk(start('keelpijn+overige-klacht'), { ...ABCDE_CLEAR, 'q-stroke': 'yes' });
    expect(outcomeOf(session)?.outcome.channel).toBe('emergency-112');
    expect(outcomeOf(session)?.others).toEqual([]);
  });

  it('refuses to combine a tree that is not a complaint', () => {
    expect(planFor('keelpijn+helpdesk-digitale-zorg', (id) => content.planned.get(id)).ok).toBe(false);
  });
});
