/**
 * Fever in a child: the 112 signs first (stiff neck or bulging fontanel, spots that do not fade),
 * then the alarm symptoms of the NHG-Standaard Kinderen met koorts (GP now), the temperature of a
 * baby under 3 months, risk groups (GP today), the focus (pee, ear) and the duration.
 */
import { describe, expect, it } from 'vitest';
import { content, triage, vignetteTable, type VignetteRow } from './harness.ts';

const toddler = '1-to-4-years';
const infant = '3-to-12-months';
const schoolChild = '4-to-12-years';
/** No 112 sign and no alarm symptom: the temperature (under 3 months) or the risk question comes next. */
const noRedFlags = {
  'q-neck': 'no',
  'q-purple-spots': 'no',
  'q-very-ill': 'no',
  'q-breathing-fast': 'no',
  'q-drinking': 'no',
} as const;
/** Also no risk group: the focus question comes next. */
const noRisk = { ...noRedFlags, 'q-risk': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 3-year-old with fever who cannot bend the chin to the chest', answers: { 'q-neck': 'yes' }, age: toddler, outcome: 'o-meningitis', urgency: 'U1', source: 'spec:fever-stiff-neck' },
  { story: 'a parent of a 7-month-old unsure whether the fontanelle bulges (weet ik niet)', answers: { 'q-neck': 'unknown' }, age: infant, outcome: 'o-meningitis', urgency: 'U1', source: 'spec:fever-stiff-neck' },
  // Review 2026-12-04, koorts-kind: a child with fever and a stiff neck could reach self-care.
  { story: 'a 2-year-old with fever who cries when the legs are lifted at a nappy change', answers: { 'q-neck': 'yes' }, age: toddler, outcome: 'o-meningitis', urgency: 'U1', source: 'review: koorts-kind stiff neck, bulging fontanel and luierpijn missing (NHG-Standaard Kinderen met koorts)' },
  { story: 'a 4-year-old with fever and purple dots on the legs that stay under a glass', answers: { 'q-neck': 'no', 'q-purple-spots': 'yes' }, age: schoolChild, outcome: 'o-spots', urgency: 'U1', source: 'spec:fever-purpura' },
  { story: 'a parent who has not yet looked at the skin of a feverish toddler (weet ik niet)', answers: { 'q-neck': 'no', 'q-purple-spots': 'unknown' }, age: toddler, outcome: 'o-spots', urgency: 'U1', source: 'spec:fever-purpura' },
  { story: 'a 2-year-old with fever who is floppy and hard to wake', answers: { 'q-neck': 'no', 'q-purple-spots': 'no', 'q-very-ill': 'yes' }, age: toddler, outcome: 'o-urgent', urgency: 'U2', source: 'spec:alarm-symptoms' },
  { story: 'a parent unsure whether the child is more drowsy than usual (weet ik niet)', answers: { 'q-neck': 'no', 'q-purple-spots': 'no', 'q-very-ill': 'unknown' }, age: toddler, outcome: 'o-urgent', urgency: 'U2', source: 'spec:alarm-symptoms' },
  { story: 'a 9-month-old with fever, breathing fast with the skin pulling in between the ribs', answers: { 'q-neck': 'no', 'q-purple-spots': 'no', 'q-very-ill': 'no', 'q-breathing-fast': 'yes' }, age: infant, outcome: 'o-urgent', urgency: 'U2', source: 'spec:breathing-fast-or-hard' },
  { story: 'a parent who cannot tell whether the breathing is faster than normal (weet ik niet)', answers: { 'q-neck': 'no', 'q-purple-spots': 'no', 'q-very-ill': 'no', 'q-breathing-fast': 'unknown' }, age: infant, outcome: 'o-urgent', urgency: 'U2', source: 'spec:breathing-fast-or-hard' },
  { story: 'an 18-month-old with fever who has had dry nappies all day', answers: { 'q-neck': 'no', 'q-purple-spots': 'no', 'q-very-ill': 'no', 'q-breathing-fast': 'no', 'q-drinking': 'yes' }, age: toddler, outcome: 'o-urgent', urgency: 'U2', source: 'spec:dehydration' },
  { story: 'a parent who does not know how much the child drank today (weet ik niet)', answers: { 'q-neck': 'no', 'q-purple-spots': 'no', 'q-very-ill': 'no', 'q-breathing-fast': 'no', 'q-drinking': 'unknown' }, age: toddler, outcome: 'o-urgent', urgency: 'U2', source: 'spec:dehydration' },
  { story: 'a 6-week-old baby with 38.2 °C who otherwise seems well', answers: { ...noRedFlags, 'q-temp': 38.2 }, age: '1-to-3-months', outcome: 'o-baby', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'a 3-week-old baby at exactly 38.0 °C', answers: { ...noRedFlags, 'q-temp': 38 }, age: 'under-1-month', outcome: 'o-baby', urgency: 'U2', source: 'spec:young-infant-fever' },
  // Review 2026-12-04, koorts-kind: q-temp forced a number; "not measured" now counts as fever.
  { story: 'a 5-week-old who feels hot, no thermometer in the house (niet gemeten)', answers: { ...noRedFlags, 'q-temp': 'unknown' }, age: '1-to-3-months', outcome: 'o-baby', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'a 2-month-old baby that feels cold at 35.7 °C', answers: { ...noRedFlags, 'q-temp': 35.7 }, age: '1-to-3-months', outcome: 'o-baby', urgency: 'U2', source: 'spec:young-infant-low-temperature' },
  { story: 'a 2-month-old at 37.6 °C (no fever), feeding well, warm since this morning', answers: { ...noRedFlags, 'q-temp': 37.6, 'q-risk': 'no', 'q-other': 'none', 'q-days': 0 }, age: '1-to-3-months', outcome: 'o-self-care', urgency: 'U5', source: 'NHG-Standaard Kinderen met koorts: a baby without fever and without alarm symptoms' },
  { story: 'a 3-year-old with a heart defect and fever', answers: { ...noRedFlags, 'q-risk': 'yes' }, age: toddler, outcome: 'o-today', urgency: 'U3', source: 'spec:weakened-immunity-fever' },
  { story: 'a parent who is worried but not sure any risk applies (weet ik niet)', answers: { ...noRedFlags, 'q-risk': 'unknown' }, age: schoolChild, outcome: 'o-today', urgency: 'U3', source: 'spec:weakened-immunity-fever' },
  // Less urgent than before: under 1 year, fever for a day or more went to the GP today. The NHG-Standaard
  // Kinderen met koorts (2016) has no such rule; the review found it "not in S2". Such a baby now follows
  // the questions of older children.
  { story: 'a 7-month-old with fever for two days, drinking and playing', answers: { ...noRisk, 'q-other': 'none', 'q-days': 2 }, age: infant, outcome: 'o-self-care', urgency: 'U5', source: 'review: koorts-kind over-triage q-days under 1 year (NHG-Standaard Kinderen met koorts, H&W 2016)' },
  { story: 'a 2-year-old with fever for 1 day does not get a baby threshold', answers: { ...noRisk, 'q-other': 'none', 'q-days': 1 }, age: toddler, outcome: 'o-self-care', urgency: 'U5', source: 'NHG-Standaard Kinderen met koorts' },
  { story: 'a 5-year-old with fever for 4 days, otherwise well', answers: { ...noRisk, 'q-other': 'none', 'q-days': 4 }, age: schoolChild, outcome: 'o-gp', urgency: 'U4', source: 'spec:fever-over-3-days' },
  { story: 'a parent who lost count of the days of fever (weet ik niet)', answers: { ...noRisk, 'q-other': 'none', 'q-days': 'unknown' }, age: schoolChild, outcome: 'o-gp', urgency: 'U4', source: 'spec:fever-over-3-days' },
  { story: 'a 4-year-old with fever who cries when peeing', answers: { ...noRisk, 'q-other': 'pee' }, age: schoolChild, outcome: 'o-pee', urgency: 'U3', source: 'spec:urinary-signs' },
  { story: 'a 4-month-old with fever who pulls at an ear', answers: { ...noRisk, 'q-other': 'ear', 'q-ear-risk': 'yes' }, age: infant, outcome: 'o-ear', urgency: 'U3', source: 'spec:ear-pain-risk-group' },
  { story: 'a parent unsure whether the ear operation counts (weet ik niet)', answers: { ...noRisk, 'q-other': 'ear', 'q-ear-risk': 'unknown' }, age: toddler, outcome: 'o-ear', urgency: 'U3', source: 'spec:ear-pain-risk-group' },
  // Less urgent than before: every ear with fever went to the GP within a working day. The review called
  // it over-triage; the NHG-Standaard Otitis media acuta bij kinderen: most children are better within
  // 2 to 3 days without antibiotics.
  { story: 'a 3-year-old with fever for a day who pulls at an ear, no risk factor', answers: { ...noRisk, 'q-other': 'ear', 'q-ear-risk': 'no', 'q-days': 1 }, age: toddler, outcome: 'o-ear-self-care', urgency: 'U5', source: 'review: koorts-kind over-triage o-ear in a well child over 6 months (NHG-Standaard Otitis media acuta bij kinderen)' },
  { story: 'a 3-year-old with earache and fever for 5 days', answers: { ...noRisk, 'q-other': 'ear', 'q-ear-risk': 'no', 'q-days': 5 }, age: toddler, outcome: 'o-gp', urgency: 'U4', source: 'spec:fever-over-3-days' },
  { story: 'a 6-year-old with fever since yesterday, playing and drinking', answers: { ...noRisk, 'q-other': 'none', 'q-days': 1 }, age: schoolChild, outcome: 'o-self-care', urgency: 'U5', source: 'NHG-Standaard Kinderen met koorts: self-care for a child without alarm symptoms' },
];

vignetteTable('koorts-kind', rows);

describe('koorts-kind: what a row cannot say', () => {
  it('self-care points to the Thuisarts fever page', () => {
    const result = triage('koorts-kind', { age: schoolChild, answers: { ...noRisk, 'q-other': 'none', 'q-days': 1 } });
    expect(result.outcome.thuisarts).toContain('mijn-kind-heeft-koorts');
  });
  it('the temperature question offers "not measured"', () => {
    expect(content.planned.get('koorts-kind')!.tree.nodes['q-temp']).toMatchObject({ unknown: 'common:answer.notMeasured' });
  });
});
