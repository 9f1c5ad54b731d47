/**
 * Cough (NHG-Standaard Acuut hoesten): alarm symptoms go to the GP now; a baby under 3 months with
 * fever too (young-infant-fever); coughing blood, risk factors, 70 or older with fever, getting worse
 * to the GP today; fever over 3 days and a cough of 3 weeks or more within a working day.
 */
import { describe, expect, it } from 'vitest';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const elderly = '70-years-or-older';
const toddler = '1-to-4-years';
const schoolChild = '4-to-12-years';
const adultClear = { 'q-breath': 'no', 'q-blood': 'no', 'q-risk': 'no', 'q-worse': 'no', 'q-fever-days': 'no' } as const;
const childClear = { ...adultClear, 'q-croup': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 60-year-old with a cough, fever and pain on breathing in', answers: { 'q-breath': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:breathless-pain-very-ill' },
  { story: 'unsure whether the breathlessness counts (weet ik niet)', answers: { 'q-breath': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:breathless-pain-very-ill' },
  { story: 'a 2-year-old at night with a barking cough and a harsh noise breathing in at rest', answers: { 'q-breath': 'no', 'q-croup': 'yes' }, age: toddler, outcome: 'o-croup', urgency: 'U2', source: 'spec:croup-or-whooping-cough' },
  { story: 'a parent unsure about the noise when breathing in (weet ik niet)', answers: { 'q-breath': 'no', 'q-croup': 'unknown' }, age: toddler, outcome: 'o-croup', urgency: 'U2', source: 'spec:croup-or-whooping-cough' },
  // More urgent than before: a coughing baby under 3 months with fever went to the GP today.
  // Module young-infant-fever: GP now, as in koorts-kind.
  { story: 'a 6-week-old baby with a cough and 38.3 °C', answers: { 'q-breath': 'no', 'q-croup': 'no', 'q-baby-fever': 'yes' }, age: '1-to-3-months', outcome: 'o-baby', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'a 3-week-old who feels warm, not measured (weet ik niet)', answers: { 'q-breath': 'no', 'q-croup': 'no', 'q-baby-fever': 'unknown' }, age: 'under-1-month', outcome: 'o-baby', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'a 6-week-old baby with a cough, no fever, no breathing trouble', answers: { 'q-breath': 'no', 'q-croup': 'no', 'q-baby-fever': 'no' }, age: '1-to-3-months', outcome: 'o-today', urgency: 'U3', source: 'spec:young-infant-cough' },
  { story: 'a 50-year-old coughing up a lump of blood', answers: { 'q-breath': 'no', 'q-blood': 'yes' }, age: adult, outcome: 'o-blood', urgency: 'U3', source: 'spec:coughing-blood' },
  { story: 'not sure whether the brown phlegm is blood (weet ik niet)', answers: { 'q-breath': 'no', 'q-blood': 'unknown' }, age: adult, outcome: 'o-blood', urgency: 'U3', source: 'spec:coughing-blood' },
  { story: 'a 64-year-old with COPD and a worse cough', answers: { 'q-breath': 'no', 'q-blood': 'no', 'q-risk': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:risk-factors-severe-course' },
  { story: 'a 55-year-old on insulin, not sure whether it counts (weet ik niet)', answers: { 'q-breath': 'no', 'q-blood': 'no', 'q-risk': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:risk-factors-severe-course' },
  { story: 'a 78-year-old with a cough and 38.5 °C', answers: { 'q-breath': 'no', 'q-blood': 'no', 'q-risk': 'no', 'q-old-fever': 'yes' }, age: elderly, outcome: 'o-today', urgency: 'U3', source: 'spec:older-adult-cough-fever' },
  { story: 'a 74-year-old who feels feverish but has no thermometer (weet ik niet)', answers: { 'q-breath': 'no', 'q-blood': 'no', 'q-risk': 'no', 'q-old-fever': 'unknown' }, age: elderly, outcome: 'o-today', urgency: 'U3', source: 'spec:older-adult-cough-fever' },
  { story: 'a 72-year-old with a cough for a week and no fever', answers: { ...adultClear, 'q-old-fever': 'no', 'q-weeks': 1 }, age: elderly, outcome: 'o-self-care', urgency: 'U5', source: 'NHG-Standaard Acuut hoesten: no risk factor, no alarm symptom' },
  { story: 'a 35-year-old who got better after a cold and now has fever again', answers: { 'q-breath': 'no', 'q-blood': 'no', 'q-risk': 'no', 'q-worse': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:worse-fever-back-rigors' },
  { story: 'a 40-year-old with shivering fits, not sure whether this is worse (weet ik niet)', answers: { 'q-breath': 'no', 'q-blood': 'no', 'q-risk': 'no', 'q-worse': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:worse-fever-back-rigors' },
  { story: 'a 30-year-old coughing with fever for 4 days, otherwise stable', answers: { 'q-breath': 'no', 'q-blood': 'no', 'q-risk': 'no', 'q-worse': 'no', 'q-fever-days': 'yes' }, age: adult, outcome: 'o-gp-fever', urgency: 'U4', source: 'spec:fever-over-3-days' },
  { story: 'not sure how many days the fever has lasted (weet ik niet)', answers: { 'q-breath': 'no', 'q-blood': 'no', 'q-risk': 'no', 'q-worse': 'no', 'q-fever-days': 'unknown' }, age: adult, outcome: 'o-gp-fever', urgency: 'U4', source: 'spec:fever-over-3-days' },
  { story: 'a 58-year-old smoker coughing for 5 weeks', answers: { ...adultClear, 'q-weeks': 5, 'q-smoker': 'yes' }, age: adult, outcome: 'o-gp', urgency: 'U4', source: 'spec:cough-3-weeks-smoker' },
  // Review pattern "number questions without weet ik niet": an unknown length counts as 3 weeks or more.
  { story: 'a 55-year-old smoker who cannot say how many weeks the cough has lasted', answers: { ...adultClear, 'q-weeks': 'unknown', 'q-smoker': 'yes' }, age: adult, outcome: 'o-gp', urgency: 'U4', source: 'spec:cough-3-weeks-smoker' },
  { story: 'a 30-year-old non-smoker coughing for 4 weeks after a cold', answers: { ...adultClear, 'q-weeks': 4, 'q-smoker': 'no' }, age: adult, outcome: 'o-e-consult', urgency: 'U4', source: 'spec:cough-3-weeks' },
  { story: 'an 8-year-old coughing for 3 weeks (the smoking question is for adults only)', answers: { ...childClear, 'q-weeks': 3 }, age: schoolChild, outcome: 'o-e-consult', urgency: 'U4', source: 'spec:cough-3-weeks' },
  { story: 'a parent who does not know how long their 6-year-old has coughed', answers: { ...childClear, 'q-weeks': 'unknown' }, age: schoolChild, outcome: 'o-e-consult', urgency: 'U4', source: 'spec:cough-3-weeks' },
  { story: 'a 40-year-old with a cold and a cough for a week', answers: { ...adultClear, 'q-weeks': 1 }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'NHG-Standaard Acuut hoesten: uncomplicated cough, no antibiotics' },
  { story: 'a 3-year-old with a cold and a cough for a few days', answers: { ...childClear, 'q-weeks': 0 }, age: toddler, outcome: 'o-self-care-child', urgency: 'U5', source: 'NHG-Standaard Acuut hoesten: uncomplicated cough, no antibiotics' },
  { story: 'a 14-year-old with a cough for a week (no croup question at this age)', answers: { ...adultClear, 'q-weeks': 1 }, age: '12-to-16-years', outcome: 'o-self-care-child', urgency: 'U5', source: 'NHG-Standaard Acuut hoesten: uncomplicated cough, no antibiotics' },
];

vignetteTable('hoesten', rows);

describe('hoesten: what a row cannot say', () => {
  it('self-care links the Thuisarts cough pages', () => {
    expect(triage('hoesten', { age: adult, answers: { ...adultClear, 'q-weeks': 1 } }).outcome).toMatchObject({
      channel: 'self-care',
      thuisarts: ['ik-moet-vaak-hoesten'],
    });
    expect(triage('hoesten', { age: toddler, answers: { ...childClear, 'q-weeks': 0 } }).outcome.thuisarts).toContain('mijn-kind-moet-vaak-hoesten');
    expect(triage('hoesten', { age: toddler, answers: { 'q-breath': 'no', 'q-croup': 'yes' } }).outcome.thuisarts).toContain('mijn-kind-heeft-pseudokroep');
  });
  it('the fever question for older adults is asked from 70, not from 65 (standard: over 75)', () => {
    expect(() => triage('hoesten', { age: '65-to-70-years', answers: { ...adultClear, 'q-weeks': 1 } })).not.toThrow();
  });
});
