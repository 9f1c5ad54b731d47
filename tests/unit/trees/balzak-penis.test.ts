/**
 * Scrotum and penis (v0.2.0): the review of 2026-12-04 asked for a trapped groin hernia at U2,
 * injuries, and Fournier's gangrene. Each row is a person and where they must end.
 */
import { describe, expect, it } from 'vitest';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
/** No injury and no red flag up to the swelling question. */
const clear = { 'q-injury': 'no', 'q-sudden': 'no', 'q-fournier': 'no', 'q-stuck': 'no', 'q-groin': 'no' } as const;

const rows: VignetteRow[] = [
  // Kept from v0.1.0 (answers updated for the new questions).
  { story: 'a 25-year-old with sudden severe testicle pain and vomiting (torsion?)', age: adult, answers: { 'q-injury': 'no', 'q-sudden': 'yes' }, outcome: 'o-torsion', urgency: 'U2', source: 'spec:sudden-testicle-pain' },
  { story: 'a 13-year-old who answers "weet ik niet" on sudden testicle pain', age: '12-to-16-years', answers: { 'q-injury': 'no', 'q-sudden': 'unknown' }, outcome: 'o-torsion', urgency: 'U2', source: 'spec:sudden-testicle-pain' },
  { story: 'a 4-year-old whose foreskin is stuck behind the swollen glans', age: '4-to-12-years', answers: { 'q-injury': 'no', 'q-sudden': 'no', 'q-fournier': 'no', 'q-stuck': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:paraphimosis-or-priapism' },
  { story: 'a 14-year-old with a testicle that became painful and swollen over the day: torsion until proven otherwise', age: '12-to-16-years', answers: { ...clear, 'q-swollen': 'yes' }, outcome: 'o-torsion', urgency: 'U2', source: 'spec:swollen-testicle-under-18' },
  { story: 'a 40-year-old with a painful swollen testicle and fever over two days', age: adult, answers: { ...clear, 'q-swollen': 'yes' }, outcome: 'o-today', urgency: 'U3', source: 'spec:swollen-testicle-adult' },
  { story: 'a 30-year-old who found a painless lump in a testicle', age: adult, answers: { ...clear, 'q-swollen': 'no', 'q-next-day': 'yes' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:lump-discharge-or-sti' },
  { story: 'a 35-year-old with an itchy red glans, no discharge: e-consult', age: adult, answers: { ...clear, 'q-swollen': 'no', 'q-next-day': 'no' }, outcome: 'o-e-consult', urgency: 'U5', source: 'review: balzak-penis safe; no sign of an emergency' },
  // Review findings: injury, Fournier, trapped hernia.
  { story: 'a 16-year-old hit by a football, pain still severe after an hour', age: '16-to-18-years', answers: { 'q-injury': 'yes', 'q-injury-signs': 'yes' }, outcome: 'o-injury', urgency: 'U2', source: 'spec:injury-with-signs' },
  { story: 'a 40-year-old whose penis cracked during sex and swelled up blue', age: adult, answers: { 'q-injury': 'yes', 'q-injury-signs': 'yes' }, outcome: 'o-injury', urgency: 'U2', source: 'spec:injury-with-signs' },
  { story: 'a cyclist who fell on the bar and cannot tell whether the scrotum is swelling', age: adult, answers: { 'q-injury': 'yes', 'q-injury-signs': 'unknown' }, outcome: 'o-injury', urgency: 'U2', source: 'spec:injury-with-signs' },
  {
    story: 'a 22-year-old kicked during football, pain gone after twenty minutes, nothing else: self-care',
    age: adult,
    answers: { 'q-injury': 'yes', 'q-injury-signs': 'no', 'q-sudden': 'no', 'q-fournier': 'no', 'q-stuck': 'no', 'q-groin': 'no', 'q-swollen': 'no', 'q-next-day': 'no' },
    outcome: 'o-injury-mild',
    urgency: 'U5',
    source: 'review: trauma; a blow without signs still passes every red flag first',
  },
  { story: 'a 62-year-old with diabetes, a fever and scrotal skin turning purple', age: adult, answers: { 'q-injury': 'no', 'q-sudden': 'no', 'q-fournier': 'yes' }, outcome: 'o-fournier', urgency: 'U2', source: 'spec:fournier-gangrene' },
  { story: 'a man with a painful red swelling near the anus who is unsure how fast it grows', age: '65-to-70-years', answers: { 'q-injury': 'no', 'q-sudden': 'no', 'q-fournier': 'unknown' }, outcome: 'o-fournier', urgency: 'U2', source: 'spec:fournier-gangrene' },
  { story: 'a 55-year-old with a painful groin lump that no longer goes back, and nausea (was U3)', age: adult, answers: { 'q-injury': 'no', 'q-sudden': 'no', 'q-fournier': 'no', 'q-stuck': 'no', 'q-groin': 'yes' }, outcome: 'o-hernia', urgency: 'U2', source: 'spec:trapped-hernia' },
  { story: 'a 5-month-old baby with a hard swelling in the groin who cries and vomits', age: '3-to-12-months', answers: { 'q-injury': 'no', 'q-sudden': 'no', 'q-fournier': 'no', 'q-stuck': 'no', 'q-groin': 'yes' }, outcome: 'o-hernia', urgency: 'U2', source: 'spec:trapped-hernia' },
  { story: 'a 70-year-old unsure whether his groin swelling still goes away', age: '70-years-or-older', answers: { 'q-injury': 'no', 'q-sudden': 'no', 'q-fournier': 'no', 'q-stuck': 'no', 'q-groin': 'unknown' }, outcome: 'o-hernia', urgency: 'U2', source: 'spec:trapped-hernia' },
  { story: 'a 30-year-old with a painful erection for 5 hours', age: adult, answers: { 'q-injury': 'no', 'q-sudden': 'no', 'q-fournier': 'no', 'q-stuck': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:paraphimosis-or-priapism' },
  { story: 'a 28-year-old with a drip from the penis after unprotected sex', age: adult, answers: { ...clear, 'q-swollen': 'no', 'q-next-day': 'unknown' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:lump-discharge-or-sti' },
];

vignetteTable('balzak-penis', rows);

describe('balzak-penis: what a row cannot say', () => {
  it('the torsion outcome links the Thuisarts pages on sudden scrotal pain and a twisted testicle', () => {
    const result = triage('balzak-penis', { age: adult, answers: { 'q-injury': 'no', 'q-sudden': 'yes' } });
    expect(result.outcome.thuisarts).toEqual(['ik-heb-opeens-heftige-pijn-in-mijn-balzak', 'verdraaiing-van-teelbal']);
  });

  it('an adult with a painful swollen testicle gets the epididymitis page', () => {
    expect(triage('balzak-penis', { age: adult, answers: { ...clear, 'q-swollen': 'yes' } }).outcome.thuisarts).toContain('ik-heb-bijbal-ontsteking');
  });
});
