/**
 * Earache: a stiff neck is 112; a swelling behind the ear or being very ill the GP now; a baby under
 * 3 months with fever too; fever under 6 months, sudden deafness, risk groups and severe pain the GP
 * today; grommets with discharge and earache for 3 days or more within a working day.
 */
import { describe, expect, it } from 'vitest';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const schoolChild = '4-to-12-years';
const toddler = '1-to-4-years';
const infant = '3-to-12-months';
const noRedFlags = { 'q-neck': 'no', 'q-serious': 'no' } as const;
/** From 4 years: no red flag, not deaf, no risk group; the pain score comes next. */
const clear = { ...noRedFlags, 'q-deaf': 'no', 'q-risk': 'no' } as const;

const rows: VignetteRow[] = [
  // More urgent than before: a stiff neck went to the GP now. Module fever-stiff-neck: 112.
  { story: 'a 6-year-old with earache and fever whose chin will not go to the chest', answers: { 'q-neck': 'yes' }, age: schoolChild, outcome: 'o-112', urgency: 'U1', source: 'spec:fever-stiff-neck' },
  { story: 'a parent unsure whether the neck is stiff (weet ik niet)', answers: { 'q-neck': 'unknown' }, age: schoolChild, outcome: 'o-112', urgency: 'U1', source: 'spec:fever-stiff-neck' },
  { story: 'a 3-year-old with a red swelling behind the ear that makes it stick out', answers: { ...noRedFlags, 'q-serious': 'yes' }, age: toddler, outcome: 'o-urgent', urgency: 'U2', source: 'spec:mastoiditis-or-very-ill' },
  { story: 'a parent unsure whether the swelling behind the ear is new (weet ik niet)', answers: { ...noRedFlags, 'q-serious': 'unknown' }, age: schoolChild, outcome: 'o-urgent', urgency: 'U2', source: 'spec:mastoiditis-or-very-ill' },
  { story: 'a 10-week-old who pulls at an ear and has a fever', answers: { ...noRedFlags, 'q-baby-fever': 'yes' }, age: '1-to-3-months', outcome: 'o-urgent', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'a 3-week-old who feels warm, temperature not measured (weet ik niet)', answers: { ...noRedFlags, 'q-baby-fever': 'unknown' }, age: 'under-1-month', outcome: 'o-urgent', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'a 5-month-old with ear pain and 38.5 °C', answers: { ...noRedFlags, 'q-baby-fever': 'yes', 'q-under-6-months': 'yes' }, age: infant, outcome: 'o-today', urgency: 'U3', source: 'spec:baby-under-6-months-fever' },
  { story: 'a parent of a baby of about 6 months, not sure of the age band (weet ik niet)', answers: { ...noRedFlags, 'q-baby-fever': 'yes', 'q-under-6-months': 'unknown' }, age: infant, outcome: 'o-today', urgency: 'U3', source: 'spec:baby-under-6-months-fever' },
  { story: 'a 9-month-old with earache and 38.4 °C, drinking well', answers: { ...noRedFlags, 'q-baby-fever': 'yes', 'q-under-6-months': 'no', 'q-risk': 'no', 'q-grommets': 'no', 'q-days': 1 }, age: infant, outcome: 'o-self-care-child', urgency: 'U5', source: 'NHG-Standaard Otitis media acuta bij kinderen: over 6 months without risk factors, pain relief' },
  { story: 'a 10-month-old with ear pain and no fever', answers: { ...noRedFlags, 'q-baby-fever': 'no', 'q-risk': 'no', 'q-grommets': 'no', 'q-days': 1 }, age: infant, outcome: 'o-self-care-child', urgency: 'U5', source: 'NHG-Standaard Otitis media acuta bij kinderen: over 6 months without risk factors, pain relief' },
  { story: 'a 52-year-old who suddenly went deaf in one ear without a cold', answers: { ...noRedFlags, 'q-deaf': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:sudden-deafness' },
  { story: 'not sure whether the hearing loss came suddenly (weet ik niet)', answers: { ...noRedFlags, 'q-deaf': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:sudden-deafness' },
  { story: 'a 72-year-old with diabetes and a painful ear canal', answers: { ...noRedFlags, 'q-deaf': 'no', 'q-risk': 'yes' }, age: '70-years-or-older', outcome: 'o-today', urgency: 'U3', source: 'spec:risk-groups' },
  { story: 'a 3-year-old with Down syndrome and earache', answers: { ...noRedFlags, 'q-deaf': 'no', 'q-risk': 'yes' }, age: toddler, outcome: 'o-today', urgency: 'U3', source: 'spec:risk-groups' },
  { story: 'a 30-year-old with ear pain scored 9 despite paracetamol', answers: { ...clear, 'q-pain': 9 }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:severe-pain' },
  // Review pattern "number questions without weet ik niet": pain that cannot be scored counts as severe.
  { story: 'a 40-year-old who cannot give the earache a number', answers: { ...clear, 'q-pain': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:severe-pain' },
  { story: 'a 4-year-old with grommets and pus coming out of the ear', answers: { ...clear, 'q-pain': 3, 'q-grommets': 'yes' }, age: schoolChild, outcome: 'o-gp', urgency: 'U4', source: 'spec:grommets-discharge' },
  { story: 'a 2-year-old with grommets, the parent unsure whether fluid comes out (weet ik niet)', answers: { ...noRedFlags, 'q-deaf': 'no', 'q-risk': 'no', 'q-grommets': 'unknown' }, age: toddler, outcome: 'o-gp', urgency: 'U4', source: 'spec:grommets-discharge' },
  { story: 'a 40-year-old with ear pain 5 out of 10 for 4 days', answers: { ...clear, 'q-pain': 5, 'q-grommets': 'no', 'q-days': 4 }, age: adult, outcome: 'o-gp', urgency: 'U4', source: 'spec:pain-3-days' },
  { story: 'a 40-year-old with moderate earache who cannot say since when', answers: { ...clear, 'q-pain': 4, 'q-grommets': 'no', 'q-days': 'unknown' }, age: adult, outcome: 'o-gp', urgency: 'U4', source: 'spec:pain-3-days' },
  { story: 'a 2-year-old is not asked for a pain score; ear pain for 3 days', answers: { ...noRedFlags, 'q-deaf': 'no', 'q-risk': 'no', 'q-grommets': 'no', 'q-days': 3 }, age: toddler, outcome: 'o-gp', urgency: 'U4', source: 'spec:pain-3-days' },
  { story: 'a 25-year-old swimmer with ear pain 4 out of 10 since yesterday', answers: { ...clear, 'q-pain': 4, 'q-grommets': 'no', 'q-days': 1 }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'calm self-care path: no alarm sign, no risk group, under 3 days' },
  { story: 'a 6-year-old with ear pain after a cold, since last night', answers: { ...clear, 'q-pain': 6, 'q-grommets': 'no', 'q-days': 0 }, age: schoolChild, outcome: 'o-self-care-child', urgency: 'U5', source: 'NHG-Standaard Otitis media acuta bij kinderen: most children better within 2 to 3 days' },
];

vignetteTable('oorpijn', rows);

describe('oorpijn: what a row cannot say', () => {
  it("the child's self-care outcome links the children's ear pages", () => {
    const result = triage('oorpijn', { age: schoolChild, answers: { ...clear, 'q-pain': 6, 'q-grommets': 'no', 'q-days': 0 } });
    expect(result.outcome.thuisarts).toEqual(expect.arrayContaining(['mijn-kind-heeft-oorpijn', 'mijn-kind-heeft-middenoor-ontsteking']));
  });
});
