/**
 * Diarrhoea (v0.3.0): fever is asked for babies under 3 months (module young-infant-fever),
 * diabetes gets a follow-up on ketoacidosis or a low sugar, persistent vomiting counts as a
 * same-day sign, and 7 days or more goes to the GP. Each row is a person and where they must end.
 */
import { describe, expect, it } from 'vitest';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
/** No danger sign, no diabetes, no same-day sign, no risk group. */
const calm = { 'q-ill': 'no', 'q-diabetes': 'no', 'q-today': 'no', 'q-risk': 'no' } as const;

const rows: VignetteRow[] = [
  // Kept from v0.2.0 (answers updated for the new questions).
  { story: 'a drowsy, confused 80-year-old with diarrhoea', age: '70-years-or-older', answers: { 'q-ill': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:very-ill-pain-or-heavy-bleeding' },
  { story: 'a caller who answers "weet ik niet" to the danger signs', age: adult, answers: { 'q-ill': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:very-ill-pain-or-heavy-bleeding' },
  { story: 'a 30-year-old with blood in the diarrhoea', age: adult, answers: { 'q-ill': 'no', 'q-diabetes': 'no', 'q-today': 'yes' }, outcome: 'o-today', urgency: 'U3', source: 'spec:blood-in-stool' },
  { story: 'a 2-month-old baby with diarrhoea, no fever and no other signs: GP today', age: '1-to-3-months', answers: { 'q-ill': 'no', 'q-baby-fever': 'no' }, outcome: 'o-today', urgency: 'U3', source: 'spec:young-infant' },
  { story: 'a 40-year-old just back from Indonesia with diarrhoea', age: adult, answers: { ...calm, 'q-risk': 'yes' }, outcome: 'o-today', urgency: 'U3', source: 'spec:tropics' },
  { story: 'a 45-year-old with diarrhoea for three weeks', age: adult, answers: { ...calm, 'q-days': 21 }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:a-week-or-longer' },
  { story: 'a 45-year-old who cannot say how long the diarrhoea has lasted: as for 7 days or more', age: adult, answers: { ...calm, 'q-days': 'unknown' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:a-week-or-longer' },
  { story: 'a 25-year-old with diarrhoea for two days and no alarm signs: self-care', age: adult, answers: { ...calm, 'q-days': 2 }, outcome: 'o-self-care', urgency: 'U5', source: 'NHG-Standaard Acute diarree: usually passes by itself' },
  { story: 'a 3-year-old with diarrhoea since yesterday, drinking well: self-care with the child page', age: '1-to-4-years', answers: { ...calm, 'q-days': 1 }, outcome: 'o-self-care-child', urgency: 'U5', source: 'NHG-Standaard Acute diarree: usually passes by itself' },
  // New questions and spec items.
  { story: 'a 6-week-old baby with diarrhoea and 38.3 degrees', age: '1-to-3-months', answers: { 'q-ill': 'no', 'q-baby-fever': 'yes' }, outcome: 'o-baby-fever', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'a 3-week-old baby with diarrhoea who feels hot, not measured', age: 'under-1-month', answers: { 'q-ill': 'no', 'q-baby-fever': 'unknown' }, outcome: 'o-baby-fever', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'a 20-year-old with type 1 diabetes, diarrhoea, vomiting and sugars that stay high', age: adult, answers: { 'q-ill': 'no', 'q-diabetes': 'yes', 'q-sugar': 'yes' }, outcome: 'o-dka', urgency: 'U2', source: 'spec:diabetes-ketoacidosis-or-hypo' },
  { story: 'a 66-year-old on gliclazide with diarrhoea who is unsure about the signs', age: '65-to-70-years', answers: { 'q-ill': 'no', 'q-diabetes': 'yes', 'q-sugar': 'unknown' }, outcome: 'o-dka', urgency: 'U2', source: 'spec:diabetes-ketoacidosis-or-hypo' },
  { story: 'a 55-year-old on metformin with diarrhoea, sugar fine, drinking well', age: adult, answers: { 'q-ill': 'no', 'q-diabetes': 'yes', 'q-sugar': 'no' }, outcome: 'o-diabetes', urgency: 'U3', source: 'spec:diabetes' },
  { story: 'a 30-year-old with diarrhoea who has kept nothing down since the morning', age: adult, answers: { 'q-ill': 'no', 'q-diabetes': 'no', 'q-today': 'yes' }, outcome: 'o-today', urgency: 'U3', source: 'spec:dehydration-or-persistent-vomiting' },
  { story: 'a 7-year-old with diarrhoea and 39.5 degrees', age: '4-to-12-years', answers: { 'q-ill': 'no', 'q-diabetes': 'no', 'q-today': 'yes' }, outcome: 'o-today', urgency: 'U3', source: 'spec:high-fever' },
  { story: 'a parent unsure whether her toddler is drying out', age: '1-to-4-years', answers: { 'q-ill': 'no', 'q-diabetes': 'no', 'q-today': 'unknown' }, outcome: 'o-today', urgency: 'U3', source: 'spec:dehydration-or-persistent-vomiting' },
  { story: 'a 78-year-old on water tablets with diarrhoea', age: '70-years-or-older', answers: { ...calm, 'q-risk': 'yes' }, outcome: 'o-today', urgency: 'U3', source: 'spec:older-adult-on-diuretics' },
  { story: 'a 45-year-old on prednisone, unsure whether it counts', age: adult, answers: { ...calm, 'q-risk': 'unknown' }, outcome: 'o-today', urgency: 'U3', source: 'spec:low-immunity-or-comorbidity' },
  { story: 'a 35-year-old with diarrhoea for 10 days (was self-care up to 13 days)', age: adult, answers: { ...calm, 'q-days': 10 }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:a-week-or-longer' },
  { story: 'a 35-year-old with diarrhoea for 6 days, no alarm signs: self-care', age: adult, answers: { ...calm, 'q-days': 6 }, outcome: 'o-self-care', urgency: 'U5', source: 'NHG-Standaard Acute diarree: usually passes by itself' },
];

vignetteTable('diarree', rows);

describe('diarree: what a row cannot say', () => {
  it('self-care links only the adult diarrhoea page; the child outcome adds the dehydration page', () => {
    expect(triage('diarree', { age: adult, answers: { ...calm, 'q-days': 2 } }).outcome.thuisarts).toEqual(['ik-heb-diarree']);
    expect(triage('diarree', { age: '1-to-4-years', answers: { ...calm, 'q-days': 1 } }).outcome.thuisarts).toContain('uitdroging-kind-voorkomen');
  });

  it('"weet ik niet" on the number of days routes as 7 days or more, never as a short spell', () => {
    const unknown = triage('diarree', { age: adult, answers: { ...calm, 'q-days': 'unknown' } });
    expect(unknown.id).toBe(triage('diarree', { age: adult, answers: { ...calm, 'q-days': 7 } }).id);
  });
});
