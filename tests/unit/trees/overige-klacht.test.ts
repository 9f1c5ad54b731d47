/**
 * "My complaint is not listed": the NTS alarm signals, pain score and risk groups raise a complaint that would
 * otherwise wait for the own GP (U4).
 */
import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

const adult = '18-to-65-years';
/** Not getting worse quickly, little pain: the risk-group question comes next. */
const calm = { 'q-alarm': 'no', 'q-pain': 'mild' } as const;
/** Also no risk group and no earlier contact: the "can it wait" question comes next. */
const noSignal = { ...calm, 'q-risk': 'no', 'q-again': 'no' } as const;

describe('overige-klacht: what a row cannot say', () => {
  // On a Saturday this is the own GP on Monday, not the post: field-cases.test.ts routes it.
  it('a calm complaint that can wait goes to the own GP on the next working day', () => {
    const result = triage('overige-klacht', { age: adult, answers: { ...noSignal, 'q-wait': 'can-wait' } });
    expect(result.outcome.channel).toBe('gp-next-working-day');
  });
});
