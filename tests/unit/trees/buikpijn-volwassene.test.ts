/**
 * Belly pain in adults (v0.3.0): the review of 2026-12-04 found ileus, persistent vomiting, blood
 * thinners, diabetes with ketoacidosis, testicular pain and an aortic aneurysm unasked, and mild
 * pain under 70 reaching self-care without a vomiting or blockage question. Each row is a person
 * and where they must end; "spec:" rows are also held to that item's minimum.
 */
import { describe, expect, it } from 'vitest';
import { content, triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
/** No red flag, not pregnant, no back pain. */
const clear = { 'q-shock': 'no', 'q-alarm': 'no', 'q-blocked': 'no', 'q-testicle': 'no', 'q-pregnant': 'no', 'q-back': 'no' } as const;
/** Mild pain, no diabetes, no appendix or stone signs, no blood thinners. */
const mild = { ...clear, 'q-pain': 'light', 'q-diabetes': 'no', 'q-appendix': 'no', 'q-stones': 'no', 'q-thinners': 'no' } as const;
const moderate = { ...mild, 'q-pain': 'moderate' } as const;
/** The answers of a path up to and including one question (later ones are not on the path). */
const upTo = (answers: Record<string, string>, last: string) => {
  const keys = Object.keys(answers);
  return Object.fromEntries(keys.slice(0, keys.indexOf(last) + 1).map((key) => [key, answers[key]!]));
};

const rows: VignetteRow[] = [
  // Kept from v0.2.0 (answers updated for the new questions).
  { story: 'a 60-year-old who fainted from sudden belly pain and is now pale and clammy', age: adult, answers: { 'q-shock': 'yes' }, outcome: 'o-112', urgency: 'U1', source: 'spec:shock-signs' },
  { story: 'a caller who cannot tell whether her husband fainted from the pain', age: adult, answers: { 'q-shock': 'unknown' }, outcome: 'o-112', urgency: 'U1', source: 'spec:shock-signs' },
  { story: 'a 40-year-old with black, tarry stools and belly pain', age: adult, answers: { 'q-shock': 'no', 'q-alarm': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:hard-belly-or-gut-bleeding' },
  { story: 'someone who does not know whether the alarm signs apply', age: adult, answers: { 'q-shock': 'no', 'q-alarm': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:hard-belly-or-gut-bleeding' },
  { story: 'a 35-year-old with belly pain she scores 9 out of 10', age: adult, answers: { ...clear, 'q-pain': 'severe' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:severe-pain' },
  { story: 'a 35-year-old who cannot say how bad the pain is', age: adult, answers: { ...clear, 'q-pain': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:severe-pain' },
  { story: 'a 22-year-old whose pain moved to the lower right and hurts when coughing', age: adult, answers: { ...upTo(moderate, 'q-appendix'), 'q-appendix': 'yes' }, outcome: 'o-appendix', urgency: 'U3', source: 'spec:appendicitis-signs' },
  { story: 'a 22-year-old who is not sure whether walking makes the pain worse', age: adult, answers: { ...upTo(mild, 'q-appendix'), 'q-appendix': 'unknown' }, outcome: 'o-appendix', urgency: 'U3', source: 'spec:appendicitis-signs' },
  { story: 'a 50-year-old with known gallstones and the usual attack', age: adult, answers: { ...upTo(moderate, 'q-stones'), 'q-stones': 'yes' }, outcome: 'o-stones', urgency: 'U3', source: 'spec:known-stones-attack' },
  { story: 'a pregnant woman with mild belly pain and no alarm signs: GP or midwife today', age: adult, answers: { ...clear, 'q-pregnant': 'yes', 'q-pregnancy-signs': 'no', 'q-pain': 'light', 'q-diabetes': 'no' }, outcome: 'o-pregnant', urgency: 'U3', source: 'spec:pregnancy' },
  { story: 'a 30-year-old with moderate pain (6 of 10) and nothing else', age: adult, answers: { ...moderate, 'q-risk': 'no' }, outcome: 'o-today', urgency: 'U3', source: 'spec:moderate-pain' },
  { story: 'a 78-year-old with mild belly pain', age: '70-years-or-older', answers: { ...mild, 'q-risk': 'no' }, outcome: 'o-today', urgency: 'U3', source: 'spec:older-adult' },
  { story: 'a 55-year-old with belly pain for three weeks and weight loss', age: adult, answers: { ...mild, 'q-risk': 'no', 'q-long': 'yes', 'q-weight': 'yes' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:long-lasting-with-alarm-signs' },
  { story: 'a 28-year-old with recurring mild belly pain for a month, no weight loss', age: adult, answers: { ...mild, 'q-risk': 'no', 'q-long': 'yes', 'q-weight': 'no' }, outcome: 'o-e-consult', urgency: 'U4', source: 'spec:long-lasting' },
  { story: 'a 25-year-old with mild cramps since this morning, no vomiting, passing wind: self-care', age: adult, answers: { ...mild, 'q-risk': 'no', 'q-long': 'no' }, outcome: 'o-self-care', urgency: 'U5', source: 'review: pain < 5 under 70 reaches self-care only after the vomiting and blockage questions' },
  // Review findings and new spec items.
  { story: 'a 70-year-old with belly cramps who has passed no poo or wind for two days', age: '70-years-or-older', answers: { 'q-shock': 'no', 'q-alarm': 'no', 'q-blocked': 'yes' }, outcome: 'o-blocked', urgency: 'U2', source: 'spec:bowel-obstruction' },
  { story: 'a 45-year-old whose vomit smells of poo', age: adult, answers: { 'q-shock': 'no', 'q-alarm': 'no', 'q-blocked': 'yes' }, outcome: 'o-blocked', urgency: 'U2', source: 'review: faecal vomiting is an NTS U2 criterion' },
  { story: 'a man who cannot tell whether his swollen belly is getting bigger', age: adult, answers: { 'q-shock': 'no', 'q-alarm': 'no', 'q-blocked': 'unknown' }, outcome: 'o-blocked', urgency: 'U2', source: 'spec:bowel-obstruction' },
  { story: 'a 17-year-old with lower belly pain and a painful testicle since last night', age: '16-to-18-years', answers: { 'q-shock': 'no', 'q-alarm': 'no', 'q-blocked': 'no', 'q-testicle': 'yes' }, outcome: 'o-torsion', urgency: 'U2', source: 'spec:testicular-pain' },
  { story: 'a 24-year-old with belly pain who is unsure whether his scrotum is swollen', age: adult, answers: { 'q-shock': 'no', 'q-alarm': 'no', 'q-blocked': 'no', 'q-testicle': 'unknown' }, outcome: 'o-torsion', urgency: 'U2', source: 'spec:testicular-pain' },
  { story: 'a woman whose period is two weeks late, with belly pain and a little blood loss', age: adult, answers: { ...upTo(clear, 'q-pregnant'), 'q-pregnant': 'yes', 'q-pregnancy-signs': 'yes' }, outcome: 'o-pregnancy', urgency: 'U2', source: 'spec:early-pregnancy-pain-bleeding' },
  { story: 'a woman 8 weeks pregnant with belly pain who is not sure whether the pain is one-sided', age: adult, answers: { ...upTo(clear, 'q-pregnant'), 'q-pregnant': 'yes', 'q-pregnancy-signs': 'unknown' }, outcome: 'o-pregnancy', urgency: 'U2', source: 'spec:early-pregnancy-pain-bleeding' },
  { story: 'a 58-year-old with belly pain that goes through to his back', age: adult, answers: { ...clear, 'q-back': 'yes', 'q-over-50': 'yes' }, outcome: 'o-aorta', urgency: 'U2', source: 'spec:aorta-50-to-65' },
  { story: 'a 67-year-old with belly pain spreading to her side', age: '65-to-70-years', answers: { ...clear, 'q-back': 'yes' }, outcome: 'o-aorta', urgency: 'U2', source: 'spec:aorta-65-plus' },
  { story: 'a 40-year-old with moderate belly pain spreading to his side (no aneurysm question under 50)', age: adult, answers: { ...moderate, 'q-back': 'yes', 'q-over-50': 'no', 'q-risk': 'no' }, outcome: 'o-today', urgency: 'U3', source: 'spec:moderate-pain' },
  { story: 'a 30-year-old with type 1 diabetes, belly pain, great thirst and fast breathing', age: adult, answers: { ...clear, 'q-pain': 'moderate', 'q-diabetes': 'yes', 'q-sugar': 'yes' }, outcome: 'o-dka', urgency: 'U2', source: 'spec:diabetic-ketoacidosis' },
  { story: 'a man with diabetes and belly pain who does not know his sugar or whether his breathing is fast', age: adult, answers: { ...clear, 'q-pain': 'light', 'q-diabetes': 'yes', 'q-sugar': 'unknown' }, outcome: 'o-dka', urgency: 'U2', source: 'spec:diabetic-ketoacidosis' },
  { story: 'a 45-year-old with type 2 diabetes and mild belly pain, no thirst, normal sugar', age: adult, answers: { ...clear, 'q-pain': 'light', 'q-diabetes': 'yes', 'q-sugar': 'no' }, outcome: 'o-diabetes', urgency: 'U3', source: 'spec:diabetes' },
  { story: 'someone asking for her father, who does not know whether he has diabetes', age: '65-to-70-years', answers: { ...clear, 'q-pain': 'light', 'q-diabetes': 'unknown', 'q-sugar': 'no' }, outcome: 'o-diabetes', urgency: 'U3', source: 'spec:diabetes' },
  { story: 'a 62-year-old on apixaban with mild belly pain', age: adult, answers: { ...mild, 'q-thinners': 'yes' }, outcome: 'o-thinners', urgency: 'U3', source: 'spec:blood-thinners' },
  { story: 'a 62-year-old who does not know whether her heart pills thin the blood', age: adult, answers: { ...mild, 'q-thinners': 'unknown' }, outcome: 'o-thinners', urgency: 'U3', source: 'spec:blood-thinners' },
  { story: 'a 30-year-old with mild belly pain who has kept nothing down since this morning', age: adult, answers: { ...mild, 'q-risk': 'yes' }, outcome: 'o-today', urgency: 'U3', source: 'spec:persistent-vomiting' },
  { story: 'a 40-year-old with mild belly pain and a fever of 38.6', age: adult, answers: { ...mild, 'q-risk': 'yes' }, outcome: 'o-today', urgency: 'U3', source: 'spec:fever-or-very-ill' },
  { story: 'a 35-year-old whose mild pain is getting worse by the hour', age: adult, answers: { ...mild, 'q-risk': 'yes' }, outcome: 'o-today', urgency: 'U3', source: 'spec:rapid-worsening' },
  { story: 'a 50-year-old on chemotherapy with mild belly pain, unsure about the rest', age: adult, answers: { ...mild, 'q-risk': 'unknown' }, outcome: 'o-today', urgency: 'U3', source: 'spec:recent-surgery-or-low-immunity' },
  { story: 'a pregnant woman with diabetes and mild pain, no signs of ketoacidosis: GP or midwife today', age: adult, answers: { ...clear, 'q-pregnant': 'yes', 'q-pregnancy-signs': 'no', 'q-pain': 'light', 'q-diabetes': 'yes', 'q-sugar': 'no' }, outcome: 'o-pregnant', urgency: 'U3', source: 'spec:pregnancy' },
];

vignetteTable('buikpijn-volwassene', rows);

describe('buikpijn-volwassene: what a row cannot say', () => {
  it('review pattern 7: o-appendix is U3 on the GP-today channel, and its title says "vandaag"', () => {
    const result = triage('buikpijn-volwassene', { age: adult, answers: { ...upTo(mild, 'q-appendix'), 'q-appendix': 'yes' } });
    expect(result.outcome).toMatchObject({ urgency: 'U3', channel: 'gp-today' });
    expect(result.outcome.thuisarts).toContain('ik-denk-dat-ik-blindedarm-ontsteking-heb');
  });

  it('self-care links the Thuisarts page on belly pain and names vomiting in its safety net', () => {
    const result = triage('buikpijn-volwassene', { age: adult, answers: { ...mild, 'q-risk': 'no', 'q-long': 'no' } });
    expect(result.outcome.thuisarts).toEqual(['ik-heb-buikpijn']);
    expect(content.texts.nl!['buikpijn-volwassene']!['o-self-care.safety-net']).toMatch(/blijf je overgeven/);
  });

  it('the ectopic-pregnancy outcome links the Thuisarts pages on early pregnancy', () => {
    const answers = { ...upTo(clear, 'q-pregnant'), 'q-pregnant': 'yes', 'q-pregnancy-signs': 'yes' };
    const result = triage('buikpijn-volwassene', { age: adult, answers });
    expect(result.outcome.thuisarts).toContain('ik-heb-misschien-zwangerschap-buiten-mijn-baarmoeder');
  });
});
