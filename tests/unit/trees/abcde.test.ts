/**
 * The shared ABCDE screen that runs before every complaint: each life threat, answered "yes" or
 * "weet ik niet", is 112; all "no" lets the person on to their complaint.
 */
import { describe, expect, it } from 'vitest';
import { ABCDE_CLEAR, content, vignetteTable, type VignetteRow } from './harness.ts';

const after = (question: string, value: 'yes' | 'unknown') => {
  const order = Object.keys(ABCDE_CLEAR);
  const before = order.slice(0, order.indexOf(question)).map((q) => [q, 'no']);
  return { ...Object.fromEntries(before), [question]: value };
};
/** The screen itself: its own answers, no defaults. */
const screen = 'given' as const;

const rows: VignetteRow[] = [
  { story: 'a man choking on food, barely able to speak', answers: after('q-breathing', 'yes'), screen, outcome: 'o-call-112', urgency: 'U1', source: 'spec:airway-breathing' },
  { story: 'a caller who cannot tell whether her father breathes normally', answers: after('q-breathing', 'unknown'), screen, outcome: 'o-call-112', urgency: 'U1', source: 'spec:airway-breathing' },
  { story: 'a woman who fainted and has not fully come round', answers: after('q-awake', 'yes'), screen, outcome: 'o-call-112', urgency: 'U1', source: 'spec:disability' },
  { story: 'a man whose mouth droops and whose arm is weak since this morning', answers: after('q-stroke', 'yes'), screen, outcome: 'o-call-112', urgency: 'U1', source: 'spec:stroke-signs' },
  { story: 'chest pressure with sweating and nausea', answers: after('q-bleeding-chest', 'yes'), screen, outcome: 'o-call-112', urgency: 'U1', source: 'spec:circulation' },
  { story: 'a toddler with fever and purple spots that stay under a glass', answers: after('q-spots', 'yes'), screen, outcome: 'o-call-112', urgency: 'U1', source: 'spec:fever-purpura' },
];

vignetteTable('abcde', rows);

describe('abcde: the table covers the screen', () => {
  it('every life-threat question has a row', () => {
    const asked = new Set(
      rows.flatMap((row) =>
        Object.entries(row.answers)
          .filter(([, a]) => a !== 'no')
          .map(([q]) => q),
      ),
    );
    expect([...asked].sort()).toEqual(Object.keys(ABCDE_CLEAR).sort());
    expect(content.planned.get('abcde')!.tree.start).toBe('q-breathing');
  });
});
