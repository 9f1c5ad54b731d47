/**
 * Low mood or life problems: the suicide questions of gedachten-aan-zelfmoord first, then psychosis or danger to
 * others and self-neglect, then the social domain, the verkennend gesprek, the own practice or self-care.
 */
import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

const adult = '18-to-65-years';
/** Suicidal thoughts, not acting now. */
const thoughts = { 'q-suicide': 'yes', 'q-acting': 'no' } as const;
/** No danger: the choice between practical problems, low mood and life problems, or low mood comes next. */
const noDanger = { 'q-suicide': 'no', 'q-psychosis': 'no', 'q-neglect': 'no' } as const;

describe('somber-levensproblemen: what a row cannot say', () => {
  it('suicidal thoughts with a plan: the crisis line 113, with 112 and the GP or post named', () => {
    const result = triage('somber-levensproblemen', { age: adult, answers: { ...thoughts, 'q-plan': 'yes' } });
    expect(result.outcome.channel).toBe('crisis-113');
    expect(result.outcome.advice).toEqual(['o-crisis.call', 'o-crisis.gp', 'o-crisis.danger']);
  });

  it('low mood and life problems with no danger: the verkennend-gesprek channel', () => {
    const result = triage('somber-levensproblemen', { age: adult, answers: { ...noDanger, 'q-main': 'mood-and-life' } });
    expect(result.outcome.channel).toBe('verkennend-gesprek');
  });
});
