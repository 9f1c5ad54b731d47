/**
 * "My complaint is not listed": the NTS alarm signals, pain score and risk groups raise a complaint that would
 * otherwise wait for the own GP (U4).
 */
import { describe, expect, it } from 'vitest';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
/** Not getting worse quickly, little pain: the risk-group question comes next. */
const calm = { 'q-alarm': 'no', 'q-pain': 'mild' } as const;
/** Also no risk group and no earlier contact: the "can it wait" question comes next. */
const noSignal = { ...calm, 'q-risk': 'no', 'q-again': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 45-year-old whose swollen, painful ankle gets worse by the hour', answers: { 'q-alarm': 'yes' }, age: adult, outcome: 'o-call-now', urgency: 'U2', source: 'spec:rapid-worsening-very-ill' },
  { story: 'a carer who cannot tell whether her mother is getting worse (weet ik niet)', answers: { 'q-alarm': 'unknown' }, age: '70-years-or-older', outcome: 'o-call-now', urgency: 'U2', source: 'spec:rapid-worsening-very-ill' },
  { story: 'a 33-year-old with pain in the groin so bad he cannot lie still', answers: { 'q-alarm': 'no', 'q-pain': 'severe' }, age: adult, outcome: 'o-call-now', urgency: 'U2', source: 'spec:severe-pain' },
  { story: 'a 52-year-old with a painful shoulder, a 6 out of 10, for two days', answers: { 'q-alarm': 'no', 'q-pain': 'moderate' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:moderate-pain' },
  { story: 'a 60-year-old with diabetes and a new, painless swelling in the neck', answers: { ...calm, 'q-risk': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:risk-group' },
  { story: 'not sure whether the medicines lower resistance (weet ik niet)', answers: { ...calm, 'q-risk': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:risk-group' },
  { story: 'a 6-week-old baby with a rash in the neck folds, otherwise well', answers: { ...calm, 'q-risk': 'no' }, age: '1-to-3-months', outcome: 'o-today', urgency: 'U3', source: 'spec:young-infant' },
  { story: 'a 40-year-old who saw the GP four days ago for the same complaint, and it is no better', answers: { ...calm, 'q-risk': 'no', 'q-again': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:second-contact' },
  { story: 'unsure whether the earlier call counts as contact with a doctor (weet ik niet)', answers: { ...calm, 'q-risk': 'no', 'q-again': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:second-contact' },
  { story: 'a worried father who feels something is not right and it cannot wait', answers: { ...noSignal, 'q-wait': 'cannot-wait' }, age: '4-to-12-years', outcome: 'o-today', urgency: 'U3', source: 'spec:niet-pluis' },
  { story: 'not sure whether it can wait (weet ik niet)', answers: { ...noSignal, 'q-wait': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:niet-pluis' },
  { story: 'a 30-year-old with a small painless lump on her arm that can wait: the own GP on a working day', answers: { ...noSignal, 'q-wait': 'can-wait' }, age: adult, outcome: 'o-own-gp', urgency: 'U4', source: 'domain brief §2 (U4: own practice, next working day out of hours)' },
];

vignetteTable('overige-klacht', rows);

describe('overige-klacht: what a row cannot say', () => {
  it('a calm complaint on a Saturday stays with the own GP, not the post', () => {
    const result = triage('overige-klacht', {
      age: adult,
      answers: { ...noSignal, 'q-wait': 'can-wait' },
      at: '2026-11-28T11:00:00+01:00',
    });
    expect(result.outcome.channel).toBe('gp-next-working-day');
  });
});
