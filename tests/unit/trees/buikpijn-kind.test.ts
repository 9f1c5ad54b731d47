/**
 * Belly pain in a child: signs of a serious or surgical cause, a groin or scrotal swelling, attacks of
 * screaming, signs of diabetes and fever under 3 months go to the GP now; fever, appendicitis signs,
 * drinking little, vomiting or severe pain the GP today; recurrent pain an e-consult.
 */
import { describe, expect, it } from 'vitest';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const school = '4-to-12-years';
const toddler = '1-to-4-years';
const infant = '3-to-12-months';
const first = { 'q-very-ill': 'no', 'q-alarm': 'no', 'q-groin': 'no' } as const;
/** From 4 years: no red flag at all; the fever question comes next. */
const clearSchool = { ...first, 'q-dka': 'no' } as const;
/** A toddler: also asked about attacks of screaming. */
const clearToddler = { ...first, 'q-baby-cry': 'no', 'q-dka': 'no' } as const;
/** A baby under 1 year: no diabetes question. */
const clearBaby = { ...first, 'q-baby-cry': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a drowsy, floppy 3-year-old with belly pain', answers: { 'q-very-ill': 'yes' }, age: toddler, outcome: 'o-urgent', urgency: 'U2', source: 'spec:very-ill' },
  { story: 'a parent unsure whether the child is more drowsy than usual (weet ik niet)', answers: { 'q-very-ill': 'unknown' }, age: school, outcome: 'o-urgent', urgency: 'U2', source: 'spec:very-ill' },
  { story: 'a 6-year-old vomiting green', answers: { 'q-very-ill': 'no', 'q-alarm': 'yes' }, age: school, outcome: 'o-urgent', urgency: 'U2', source: 'spec:surgical-signs' },
  { story: 'a parent unsure whether the poo has blood in it (weet ik niet)', answers: { 'q-very-ill': 'no', 'q-alarm': 'unknown' }, age: toddler, outcome: 'o-urgent', urgency: 'U2', source: 'spec:surgical-signs' },
  { story: 'a 13-year-old boy with belly pain and pain in his scrotum (testicle torsion?)', answers: { 'q-very-ill': 'no', 'q-alarm': 'no', 'q-groin': 'yes' }, age: '12-to-16-years', outcome: 'o-urgent', urgency: 'U2', source: 'spec:groin-or-scrotal-swelling' },
  // Review 2026-12-04, buikpijn-kind: groin swelling in infants and girls (NHG-TriageWijzer: U2 under 1 year).
  { story: 'a 5-month-old girl with belly pain and a red lump in the groin', answers: { 'q-very-ill': 'no', 'q-alarm': 'no', 'q-groin': 'yes' }, age: infant, outcome: 'o-urgent', urgency: 'U2', source: 'review: buikpijn-kind groin swelling in infants and girls (NHG-TriageWijzer wijzigingen 2024)' },
  { story: 'a parent who does not know whether the scrotum is swollen (weet ik niet)', answers: { 'q-very-ill': 'no', 'q-alarm': 'no', 'q-groin': 'unknown' }, age: school, outcome: 'o-urgent', urgency: 'U2', source: 'spec:groin-or-scrotal-swelling' },
  { story: 'a 9-month-old baby screaming in bouts and pulling up the legs', answers: { ...first, 'q-baby-cry': 'yes' }, age: infant, outcome: 'o-urgent', urgency: 'U2', source: 'spec:intussusception-pattern' },
  { story: 'a 2-year-old screaming in attacks, pale and quiet in between, the parent unsure (weet ik niet)', answers: { ...first, 'q-baby-cry': 'unknown' }, age: toddler, outcome: 'o-urgent', urgency: 'U2', source: 'spec:intussusception-pattern' },
  // Review 2026-12-04, buikpijn-kind: DKA signs missing.
  { story: 'an 8-year-old with belly pain who has been very thirsty for weeks and wets the bed again', answers: { ...first, 'q-dka': 'yes' }, age: school, outcome: 'o-dka', urgency: 'U2', source: 'spec:diabetic-ketoacidosis' },
  { story: 'a 14-year-old with type 1 diabetes, vomiting with belly pain, parent unsure (weet ik niet)', answers: { ...first, 'q-dka': 'unknown' }, age: '12-to-16-years', outcome: 'o-dka', urgency: 'U2', source: 'spec:diabetic-ketoacidosis' },
  // More urgent than before: the review found fever under 3 months at U3 here but U2 in koorts-kind.
  { story: 'a 6-week-old with belly cramps and 38.4 °C', answers: { ...clearBaby, 'q-fever': 'yes' }, age: '1-to-3-months', outcome: 'o-baby-fever', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'a 3-week-old who feels hot, temperature not measured (weet ik niet)', answers: { ...clearBaby, 'q-fever': 'unknown' }, age: 'under-1-month', outcome: 'o-baby-fever', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'a 2-month-old baby with belly cramps and no other signs', answers: { ...clearBaby, 'q-fever': 'no', 'q-today': 'no' }, age: '1-to-3-months', outcome: 'o-today', urgency: 'U3', source: 'spec:young-infant-belly-pain' },
  { story: 'an 8-month-old with belly pain and 38.5 °C', answers: { ...clearBaby, 'q-fever': 'yes', 'q-today': 'no' }, age: infant, outcome: 'o-today', urgency: 'U3', source: 'spec:fever-with-belly-pain' },
  { story: 'a 5-year-old with belly pain and fever, no appendicitis signs', answers: { ...clearSchool, 'q-fever': 'yes', 'q-appendix': 'no', 'q-today': 'no' }, age: school, outcome: 'o-today', urgency: 'U3', source: 'spec:fever-with-belly-pain' },
  { story: 'an 8-year-old with pain in the lower right belly that hurts when hopping', answers: { ...clearSchool, 'q-fever': 'no', 'q-appendix': 'yes' }, age: school, outcome: 'o-appendix', urgency: 'U3', source: 'spec:appendicitis-signs' },
  { story: 'a 10-year-old with fever and pain when coughing, low on the right', answers: { ...clearSchool, 'q-fever': 'yes', 'q-appendix': 'yes' }, age: school, outcome: 'o-appendix', urgency: 'U3', source: 'spec:appendicitis-signs' },
  { story: 'a 3-year-old who keeps vomiting and hardly pees', answers: { ...clearToddler, 'q-fever': 'no', 'q-appendix': 'no', 'q-today': 'yes' }, age: toddler, outcome: 'o-today', urgency: 'U3', source: 'spec:dehydration-vomiting-severe-pain' },
  { story: 'a 10-year-old with tummy aches on school days for months, cheerful in between', answers: { ...clearSchool, 'q-fever': 'no', 'q-appendix': 'no', 'q-today': 'no', 'q-recurrent': 'yes' }, age: school, outcome: 'o-e-consult', urgency: 'U4', source: 'spec:recurrent-pain' },
  { story: 'a 7-year-old with a mild tummy ache since lunch', answers: { ...clearSchool, 'q-fever': 'no', 'q-appendix': 'no', 'q-today': 'no', 'q-recurrent': 'no' }, age: school, outcome: 'o-self-care', urgency: 'U5', source: 'calm self-care path: no alarm sign, no risk group' },
];

vignetteTable('buikpijn-kind', rows);

describe('buikpijn-kind: what a row cannot say', () => {
  it('the appendicitis outcome links the Thuisarts page, self-care the belly-pain page', () => {
    expect(triage('buikpijn-kind', { age: school, answers: { ...clearSchool, 'q-fever': 'no', 'q-appendix': 'yes' } }).outcome.thuisarts).toContain('ik-denk-dat-mijn-kind-blindedarm-ontsteking-heeft');
    const calm = { ...clearSchool, 'q-fever': 'no', 'q-appendix': 'no', 'q-today': 'no', 'q-recurrent': 'no' };
    expect(triage('buikpijn-kind', { age: school, answers: calm }).outcome.thuisarts).toEqual(['mijn-kind-heeft-buikpijn']);
  });
});
