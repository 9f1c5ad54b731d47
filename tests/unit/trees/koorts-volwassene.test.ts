/**
 * Fever in an adult: a stiff neck is 112; a severe new headache, signs of a spreading infection and
 * chemotherapy go to the GP now; low immunity, other risk groups, age 70 or more and signs of a
 * kidney infection to the GP today; more than 3 days or a returning fever within a working day.
 */
import { describe, expect, it } from 'vitest';
import { content, triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const elderly = '70-years-or-older';
const noRedFlags = { 'q-stiff-neck': 'no', 'q-headache': 'no', 'q-very-ill': 'no' } as const;
/** No red flag, no chemotherapy, no low immunity, no other risk group, no kidney signs: the days come next. */
const calm = { ...noRedFlags, 'q-chemo': 'no', 'q-immunity': 'no', 'q-risk': 'no', 'q-kidney': 'no' } as const;

const rows: VignetteRow[] = [
  // More urgent than before: the stiff neck went to the GP now. Module fever-stiff-neck: 112 in every tree.
  { story: 'a 20-year-old student with fever and a neck so stiff the chin cannot touch the chest', answers: { 'q-stiff-neck': 'yes' }, age: adult, outcome: 'o-meningitis', urgency: 'U1', source: 'spec:fever-stiff-neck' },
  { story: 'unsure whether the neck is stiff (weet ik niet)', answers: { 'q-stiff-neck': 'unknown' }, age: adult, outcome: 'o-meningitis', urgency: 'U1', source: 'spec:fever-stiff-neck' },
  { story: 'a 30-year-old with fever and a headache getting worse, light hurts the eyes, neck not stiff', answers: { 'q-stiff-neck': 'no', 'q-headache': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:severe-new-headache' },
  { story: 'not sure whether this headache is different from usual (weet ik niet)', answers: { 'q-stiff-neck': 'no', 'q-headache': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:severe-new-headache' },
  { story: 'a 45-year-old with fever who is drowsy and breathing fast at rest', answers: { 'q-stiff-neck': 'no', 'q-headache': 'no', 'q-very-ill': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:spreading-infection' },
  { story: 'a carer who cannot judge whether her father is worse (weet ik niet)', answers: { 'q-stiff-neck': 'no', 'q-headache': 'no', 'q-very-ill': 'unknown' }, age: elderly, outcome: 'o-urgent', urgency: 'U2', source: 'spec:spreading-infection' },
  { story: 'a 55-year-old on chemotherapy for breast cancer with 38.4 °C', answers: { ...noRedFlags, 'q-chemo': 'yes' }, age: adult, outcome: 'o-chemo', urgency: 'U2', source: 'spec:chemotherapy' },
  { story: 'not sure whether the last chemotherapy was within 6 weeks (weet ik niet)', answers: { ...noRedFlags, 'q-chemo': 'unknown' }, age: adult, outcome: 'o-chemo', urgency: 'U2', source: 'spec:chemotherapy' },
  { story: 'a 50-year-old on prednisone for rheumatism with fever', answers: { ...noRedFlags, 'q-chemo': 'no', 'q-immunity': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:weakened-immunity-fever' },
  { story: 'not sure whether a medicine lowers the immunity (weet ik niet)', answers: { ...noRedFlags, 'q-chemo': 'no', 'q-immunity': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:weakened-immunity-fever' },
  { story: 'a 40-year-old with diabetes and fever since this morning', answers: { ...noRedFlags, 'q-chemo': 'no', 'q-immunity': 'no', 'q-risk': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:chronic-illness-pregnancy-travel' },
  { story: 'a 30-year-old back from Ghana two weeks ago with fever, not sure whether it counts', answers: { ...noRedFlags, 'q-chemo': 'no', 'q-immunity': 'no', 'q-risk': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:chronic-illness-pregnancy-travel' },
  { story: 'a 78-year-old with fever and no other risk', answers: { ...noRedFlags, 'q-chemo': 'no', 'q-immunity': 'no', 'q-risk': 'no' }, age: elderly, outcome: 'o-today', urgency: 'U3', source: 'spec:older-adult' },
  { story: 'a 35-year-old woman with fever, shivering fits and pain in the right side of her back', answers: { ...noRedFlags, 'q-chemo': 'no', 'q-immunity': 'no', 'q-risk': 'no', 'q-kidney': 'yes' }, age: adult, outcome: 'o-kidney', urgency: 'U3', source: 'spec:kidney-infection-signs' },
  { story: 'a 60-year-old man, fever, not sure whether the back pain counts (weet ik niet)', answers: { ...noRedFlags, 'q-chemo': 'no', 'q-immunity': 'no', 'q-risk': 'no', 'q-kidney': 'unknown' }, age: adult, outcome: 'o-kidney', urgency: 'U3', source: 'review: koorts-volwassene rigors and flank pain asked only indirectly (NHG-Standaard Urineweginfecties)' },
  { story: 'a 35-year-old with fever for 5 days', answers: { ...calm, 'q-days': 5 }, age: adult, outcome: 'o-gp', urgency: 'U4', source: 'spec:fever-over-3-days' },
  { story: 'someone who does not know how many days the fever has lasted (niet gemeten)', answers: { ...calm, 'q-days': 'unknown' }, age: adult, outcome: 'o-gp', urgency: 'U4', source: 'spec:fever-over-3-days' },
  { story: 'exactly 3 days of fever is not yet "more than 3 days"', answers: { ...calm, 'q-days': 3, 'q-back': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'NHG-Standaard Acuut hoesten: fever over 3 days' },
  { story: 'a 28-year-old whose fever came back after a few better days', answers: { ...calm, 'q-days': 1, 'q-back': 'yes' }, age: adult, outcome: 'o-gp', urgency: 'U4', source: 'spec:fever-returns' },
  { story: 'not sure whether the fever had really gone (weet ik niet)', answers: { ...calm, 'q-days': 2, 'q-back': 'unknown' }, age: adult, outcome: 'o-gp', urgency: 'U4', source: 'spec:fever-returns' },
  { story: 'a healthy 25-year-old with flu-like fever since yesterday', answers: { ...calm, 'q-days': 1, 'q-back': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'calm self-care path: no alarm sign, no risk group, under 3 days' },
];

vignetteTable('koorts-volwassene', rows);

describe('koorts-volwassene: what a row cannot say', () => {
  it('self-care links the Thuisarts fever page', () => {
    const result = triage('koorts-volwassene', { age: adult, answers: { ...calm, 'q-days': 1, 'q-back': 'no' } });
    expect(result.outcome).toMatchObject({ channel: 'self-care', thuisarts: ['ik-heb-koorts'] });
  });
  it('the immunity question is the shared one', () => {
    expect(content.planned.get('koorts-volwassene')!.tree.nodes['q-immunity']).toMatchObject({
      text: 'common:risk.weakened-immunity.text',
    });
  });
});
