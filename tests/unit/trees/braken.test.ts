/**
 * Vomiting (v0.3.0): a stiff neck now goes to 112 (module fever-stiff-neck), a baby under 3 months
 * with fever to the GP within the hour (module young-infant-fever), and diabetes gets a follow-up
 * on ketoacidosis or a low sugar. Each row is a person and where they must end.
 */
import { describe, expect, it } from 'vitest';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const clear = { 'q-neck': 'no', 'q-alarm': 'no', 'q-ill': 'no' } as const;
/** No red flag, no diabetes, not dehydrated, no risk group. */
const calm = { ...clear, 'q-diabetes': 'no', 'q-dry': 'no', 'q-risk': 'no' } as const;

const rows: VignetteRow[] = [
  // Kept from v0.2.0 (answers updated for the new questions).
  { story: 'a 45-year-old vomiting something like coffee grounds', age: adult, answers: { 'q-neck': 'no', 'q-alarm': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:blood-bile-or-poo-in-vomit' },
  { story: 'a child vomiting after a fall on the head, parent unsure about the signs', age: '4-to-12-years', answers: { 'q-neck': 'no', 'q-alarm': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:after-head-injury' },
  { story: 'a very drowsy 2-year-old who keeps vomiting', age: '1-to-4-years', answers: { 'q-neck': 'no', 'q-alarm': 'no', 'q-ill': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:drowsy-or-very-ill' },
  { story: 'a 6-week-old baby who vomits, no fever and no alarm signs: GP today, within hours', age: '1-to-3-months', answers: { ...clear, 'q-baby-fever': 'no' }, outcome: 'o-soon', urgency: 'U3', source: 'spec:young-infant' },
  { story: 'a toddler with a stomach bug and no wet nappy for 8 hours', age: '1-to-4-years', answers: { ...clear, 'q-diabetes': 'no', 'q-dry': 'yes' }, outcome: 'o-soon', urgency: 'U3', source: 'spec:dehydration' },
  { story: 'a 50-year-old with type 1 diabetes who is vomiting, sugar steady, drinking well', age: adult, answers: { ...clear, 'q-diabetes': 'yes', 'q-sugar': 'no' }, outcome: 'o-diabetes', urgency: 'U3', source: 'spec:diabetes' },
  { story: 'a pregnant woman who cannot keep anything down all day', age: adult, answers: { ...calm, 'q-risk': 'yes' }, outcome: 'o-today', urgency: 'U3', source: 'spec:pregnant-nothing-down' },
  { story: 'a 35-year-old who keeps vomiting on and off for two weeks', age: adult, answers: { ...calm, 'q-long': 'yes' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:longer-than-2-days' },
  { story: 'a 30-year-old with a stomach bug since last night, drinking fine: self-care', age: adult, answers: { ...calm, 'q-long': 'no' }, outcome: 'o-self-care', urgency: 'U5', source: 'NHS Healthier Together: most tummy bugs settle at home' },
  { story: 'a 5-year-old who vomited twice today and still drinks and pees: self-care with the child pages', age: '4-to-12-years', answers: { ...calm, 'q-long': 'no' }, outcome: 'o-self-care-child', urgency: 'U5', source: 'NHS Healthier Together: most tummy bugs settle at home' },
  // New questions and spec items.
  { story: 'a 16-year-old with fever, vomiting and a neck too stiff to bend', age: '16-to-18-years', answers: { 'q-neck': 'yes' }, outcome: 'o-112', urgency: 'U1', source: 'spec:stiff-neck' },
  { story: 'a parent unsure whether the fontanelle of her vomiting baby bulges', age: '3-to-12-months', answers: { 'q-neck': 'unknown' }, outcome: 'o-112', urgency: 'U1', source: 'spec:stiff-neck' },
  { story: 'a 9-month-old vomiting green', age: '3-to-12-months', answers: { 'q-neck': 'no', 'q-alarm': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:blood-bile-or-poo-in-vomit' },
  { story: 'a 40-year-old vomiting with a hard, swollen belly', age: adult, answers: { 'q-neck': 'no', 'q-alarm': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:severe-belly-pain' },
  { story: 'a 5-week-old baby who vomits and has 38.4 degrees', age: '1-to-3-months', answers: { ...clear, 'q-baby-fever': 'yes' }, outcome: 'o-baby-fever', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'a 2-week-old baby who vomits and feels warm, temperature not measured', age: 'under-1-month', answers: { ...clear, 'q-baby-fever': 'unknown' }, outcome: 'o-baby-fever', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'a 14-year-old with type 1 diabetes, vomiting, sugar 25 and ketones on the meter', age: '12-to-16-years', answers: { ...clear, 'q-diabetes': 'yes', 'q-sugar': 'yes' }, outcome: 'o-dka', urgency: 'U2', source: 'spec:diabetes-ketoacidosis-or-hypo' },
  { story: 'a 60-year-old on insulin who keeps nothing down and has not measured her sugar', age: adult, answers: { ...clear, 'q-diabetes': 'yes', 'q-sugar': 'unknown' }, outcome: 'o-dka', urgency: 'U2', source: 'spec:diabetes-ketoacidosis-or-hypo' },
  { story: 'a carer who does not know whether the vomiting man has diabetes, no signs', age: '70-years-or-older', answers: { ...clear, 'q-diabetes': 'unknown', 'q-sugar': 'no' }, outcome: 'o-diabetes', urgency: 'U3', source: 'spec:diabetes' },
  { story: 'a dehydrated 30-year-old who is not sure about the signs', age: adult, answers: { ...clear, 'q-diabetes': 'no', 'q-dry': 'unknown' }, outcome: 'o-soon', urgency: 'U3', source: 'spec:dehydration' },
  { story: 'a 76-year-old on water tablets with a stomach bug', age: '70-years-or-older', answers: { ...calm, 'q-risk': 'yes' }, outcome: 'o-today', urgency: 'U3', source: 'spec:older-adult-on-diuretics' },
  { story: 'a 50-year-old on chemotherapy, unsure what counts as low resistance', age: adult, answers: { ...calm, 'q-risk': 'unknown' }, outcome: 'o-today', urgency: 'U3', source: 'spec:low-immunity-or-organ-disease' },
  { story: 'a 30-year-old vomiting for 3 days (was self-care up to a week)', age: adult, answers: { ...calm, 'q-long': 'yes' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:longer-than-2-days' },
];

vignetteTable('braken', rows);

describe('braken: what a row cannot say', () => {
  it('review pattern 7: o-soon is U3 on the GP-today channel, with the dehydration pages', () => {
    const result = triage('braken', { age: '1-to-4-years', answers: { ...clear, 'q-diabetes': 'no', 'q-dry': 'yes' } });
    expect(result.outcome).toMatchObject({ urgency: 'U3', channel: 'gp-today' });
    expect(result.outcome.thuisarts).toContain('uitdroging-kind-voorkomen');
  });

  it('the pregnancy outcome links the Thuisarts page on nausea in pregnancy, self-care the vomiting page', () => {
    expect(triage('braken', { age: adult, answers: { ...calm, 'q-risk': 'yes' } }).outcome.thuisarts).toContain('ik-ben-zwanger-en-misselijk');
    expect(triage('braken', { age: adult, answers: { ...calm, 'q-long': 'no' } }).outcome.thuisarts).toContain('ik-geef-over');
  });
});
