import { describe, expect, it } from 'vitest';
import { momentOf } from '../../web/engine/context.ts';
import { planFor } from '../../web/engine/plan.ts';
import { back, current, outcomeOf, type Session } from '../../web/engine/session.ts';
import { ABCDE_CLEAR, abcdeUpTo, content, replayed, startOn } from './harness.ts';

const tuesday = { age: 18, moment: momentOf(new Date('2026-11-24T10:00:00+01:00')) };

const start = (treeIds: string): Session => startOn(treeIds, tuesday);
/** Sore throat (keelpijn): no trouble swallowing, not very ill, normal resistance, for some days. */
const soreThroatFor = (days: number) => ({ 'q-swallow': 'no', 'q-immunity': 'no', 'q-very-ill': 'no', 'q-days': days });
/** "Not listed" (overige-klacht): not worse quickly, mild pain, no risk group, no earlier contact; can it wait? */
const notListed = (wait: 'can-wait' | 'cannot-wait') => ({
  'q-alarm': 'no',
  'q-pain': 'mild',
  'q-risk': 'no',
  'q-again': 'no',
  'q-wait': wait,
});

describe('more than one complaint', () => {
  it('asks the ABCDE screen once, then each complaint in turn', () => {
    const plan = start('keelpijn+overige-klacht').plan.map((p) => p.tree.id);
    expect(plan).toEqual(['abcde', 'keelpijn', 'overige-klacht']);
  });

  it('a sore throat for three days and another complaint that cannot wait: the more urgent advice wins', () => {
    const session = replayed(start('keelpijn+overige-klacht'), { ...ABCDE_CLEAR, ...soreThroatFor(3), ...notListed('cannot-wait') });
    const reached = outcomeOf(session)!;
    expect(reached.tree.tree.id).toBe('overige-klacht');
    expect(reached.outcome.urgency).toBe('U3');
    expect(reached.others.map((o) => [o.tree.tree.id, o.nodeId])).toEqual([['keelpijn', 'o-self-care']]);
  });

  it('when the first complaint is the more urgent one, it still wins after the second is answered', () => {
    const lowResistance = { 'q-swallow': 'no', 'q-immunity': 'yes' };
    const session = replayed(start('keelpijn+overige-klacht'), { ...ABCDE_CLEAR, ...lowResistance, ...notListed('can-wait') });
    const reached = outcomeOf(session)!;
    expect([reached.tree.tree.id, reached.nodeId, reached.outcome.urgency]).toEqual(['keelpijn', 'o-today', 'U3']);
    expect(reached.others.map((o) => o.nodeId)).toEqual(['o-own-gp']);
  });

  it('going back from the second complaint returns to the last question of the first', () => {
    const session = replayed(start('keelpijn+overige-klacht'), { ...ABCDE_CLEAR, 'q-swallow': 'no', 'q-immunity': 'yes' });
    expect(current(session).nodeId).toBe('q-alarm');
    const previous = back(session);
    expect(current(previous).nodeId).toBe('q-immunity');
    expect(outcomeOf(replayed(previous, { 'q-immunity': 'no', 'q-very-ill': 'no', 'q-days': 1 }))).toBeUndefined();
  });

  it('a life-threat answer in the ABCDE screen ends at 112 before any complaint', () => {
    const session = replayed(start('keelpijn+overige-klacht'), abcdeUpTo('q-stroke', 'yes'));
    expect(outcomeOf(session)?.outcome.channel).toBe('emergency-112');
    expect(outcomeOf(session)?.others).toEqual([]);
  });

  it('refuses to combine a tree that is not a complaint', () => {
    expect(planFor('keelpijn+helpdesk-digitale-zorg', (id) => content.planned.get(id)).ok).toBe(false);
  });
});
