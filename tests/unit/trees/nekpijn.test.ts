/**
 * Neck pain: fever with a stiff neck and a dangerous accident (or nerve signs after one) are 112;
 * then age after a fall, pain, a trapped nerve and duration. Spec: decision-trees/specs/nekpijn.json.
 */
import { describe, expect, it } from 'vitest';
import { content, triage, vignetteTable, type VignetteRow } from './harness.ts';

/** No fever with a stiff neck, no accident or fall. */
const noInjury = { 'q-meningitis': 'no', 'q-accident': 'no' } as const;

const rows: VignetteRow[] = [
  // Clinical review: q-meningitis needed fever AND stiff neck AND headache at once. Issue 11: fever
  // with a stiff neck is 112-level in every tree that meets it; headache is no longer required.
  { story: 'a 20-year-old student with fever and a stiff neck, no headache', age: '18-to-65-years', answers: { 'q-meningitis': 'yes' }, outcome: 'o-meningitis', urgency: 'U1', source: 'spec:fever-stiff-neck' },
  { story: 'someone unsure whether the neck is really stiff (weet ik niet)', age: '18-to-65-years', answers: { 'q-meningitis': 'unknown' }, outcome: 'o-meningitis', urgency: 'U1', source: 'spec:fever-stiff-neck' },
  // Was o-urgent (U2): nerve signs after an accident now go to 112, as in the hoofdletsel tree.
  { story: 'a 35-year-old with tingling arms after a rear-end collision', age: '18-to-65-years', answers: { 'q-meningitis': 'no', 'q-accident': 'yes', 'q-accident-danger': 'yes' }, outcome: 'o-112', urgency: 'U1', source: 'spec:dangerous-mechanism-or-nerve-signs' },
  // Review quick-pass finding: a dive into shallow water, a fall from height or a collision ended at
  // the GP today (U3) without nerve signs. Now 112 with the advice to keep the head still.
  { story: 'a 19-year-old with neck pain right after diving into shallow water, no tingling', age: '18-to-65-years', answers: { 'q-meningitis': 'no', 'q-accident': 'yes', 'q-accident-danger': 'yes' }, outcome: 'o-112', urgency: 'U1', source: 'review: nekpijn q-accident, high-energy mechanism to 112' },
  // Was o-today (U3) in 0.2.0: a fall down the stairs is a dangerous mechanism.
  { story: 'a 72-year-old with neck pain after falling down the stairs, no numbness', age: '70-years-or-older', answers: { 'q-meningitis': 'no', 'q-accident': 'yes', 'q-accident-danger': 'yes' }, outcome: 'o-112', urgency: 'U1', source: 'spec:dangerous-mechanism-or-nerve-signs' },
  { story: 'a witness unsure how hard the crash was (weet ik niet)', age: '18-to-65-years', answers: { 'q-meningitis': 'no', 'q-accident': 'unknown', 'q-accident-danger': 'unknown' }, outcome: 'o-112', urgency: 'U1', source: 'spec:dangerous-mechanism-or-nerve-signs' },
  { story: 'a 68-year-old with neck pain after slipping on two steps, no tingling', age: '65-to-70-years', answers: { 'q-meningitis': 'no', 'q-accident': 'yes', 'q-accident-danger': 'no' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:older-adult-after-fall' },
  { story: 'a 40-year-old with a stiff neck the day after a slow rear-end bump, no tingling', age: '18-to-65-years', answers: { 'q-meningitis': 'no', 'q-accident': 'yes', 'q-accident-danger': 'no' }, outcome: 'o-today', urgency: 'U3', source: 'spec:accident-or-fall' },
  { story: 'a 30-year-old unsure whether a knock at football started it (weet ik niet), no danger signs', age: '18-to-65-years', answers: { 'q-meningitis': 'no', 'q-accident': 'unknown', 'q-accident-danger': 'no' }, outcome: 'o-today', urgency: 'U3', source: 'spec:accident-or-fall' },
  { story: 'a 40-year-old with pain 8 out of 10', age: '18-to-65-years', answers: { ...noInjury, 'q-pain': 8 }, outcome: 'o-today', urgency: 'U3', source: 'spec:severe-pain' },
  { story: 'someone who cannot score the pain (weet ik niet)', age: '18-to-65-years', answers: { ...noInjury, 'q-pain': 'unknown' }, outcome: 'o-today', urgency: 'U3', source: 'spec:severe-pain' },
  { story: 'a 50-year-old with pain 5 shooting into the arm and numb fingers', age: '18-to-65-years', answers: { ...noInjury, 'q-pain': 5, 'q-arm': 'yes' }, outcome: 'o-gp-next', urgency: 'U4', source: 'spec:arm-numb-or-weak' },
  { story: 'unsure whether the hand is weaker (weet ik niet), pain 4', age: '18-to-65-years', answers: { ...noInjury, 'q-pain': 4, 'q-arm': 'unknown' }, outcome: 'o-gp-next', urgency: 'U4', source: 'spec:arm-numb-or-weak' },
  { story: 'an office worker with neck pain for 10 weeks', age: '18-to-65-years', answers: { ...noInjury, 'q-pain': 4, 'q-arm': 'no', 'q-weeks': 10 }, outcome: 'o-e-consult', urgency: 'U4', source: 'spec:longer-than-6-weeks' },
  { story: 'someone who does not remember how many weeks (weet ik niet)', age: '18-to-65-years', answers: { ...noInjury, 'q-pain': 3, 'q-arm': 'no', 'q-weeks': 'unknown' }, outcome: 'o-e-consult', urgency: 'U4', source: 'spec:longer-than-6-weeks' },
  { story: 'a 30-year-old who woke up with a stiff, sore neck, no fever', age: '18-to-65-years', answers: { ...noInjury, 'q-pain': 5, 'q-arm': 'no', 'q-weeks': 0 }, outcome: 'o-self-care', urgency: 'U5', source: 'calm self-care path' },
];

vignetteTable('nekpijn', rows);

describe('nekpijn: what a row cannot say', () => {
  it('self-care links the Thuisarts neck pain page', () => {
    const result = triage('nekpijn', { age: '18-to-65-years', answers: { ...noInjury, 'q-pain': 5, 'q-arm': 'no', 'q-weeks': 0 } });
    expect(result.outcome.thuisarts).toContain('ik-heb-nekpijn');
  });
  it('the 112 outcome after an accident tells the person to keep the head and neck still', () => {
    const result = triage('nekpijn', {
      age: '18-to-65-years',
      answers: { 'q-meningitis': 'no', 'q-accident': 'yes', 'q-accident-danger': 'yes' },
    });
    expect(result.outcome.advice).toContain('o-112.meanwhile');
    expect(content.texts.nl!.nekpijn!['o-112.meanwhile']).toMatch(/Beweeg je hoofd en nek niet/);
  });
});
