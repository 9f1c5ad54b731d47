/**
 * Signs of a stroke: every deficit that is there now is 112, whatever its start; deficits that came
 * and went (TIA) the GP now; slowly growing weakness the GP today, or now with blood thinners or after
 * a fall. Spec: decision-trees/specs/beroerte.json.
 */
import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow } from './harness.ts';

const noStroke = { 'q-signs-now': 'no', 'q-gone': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 67-year-old who suddenly cannot see with her right eye right now', age: '65-to-70-years', answers: { 'q-signs-now': 'yes' }, outcome: 'o-112', urgency: 'U1', source: 'spec:deficit-now' },
  { story: 'a 72-year-old with a numb, clumsy hand since an hour ago', age: '70-years-or-older', answers: { 'q-signs-now': 'yes' }, outcome: 'o-112', urgency: 'U1', source: 'spec:deficit-now' },
  // Review finding (over-triage, kept): NHG-TriageWijzer gives U2 after 6 hours; we keep 112.
  { story: 'a 75-year-old who woke with a drooping mouth, last seen well 14 hours ago', age: '70-years-or-older', answers: { 'q-signs-now': 'yes' }, outcome: 'o-112', urgency: 'U1', source: 'review: beroerte, deficits over 6 hours still 112 (safe over-triage)' },
  { story: 'someone unsure whether the arm is weaker now (weet ik niet)', age: '18-to-65-years', answers: { 'q-signs-now': 'unknown' }, outcome: 'o-112', urgency: 'U1', source: 'spec:deficit-now' },
  { story: 'a 70-year-old whose speech was muddled for ten minutes this morning and is fine now (TIA)', age: '70-years-or-older', answers: { 'q-signs-now': 'no', 'q-gone': 'yes' }, outcome: 'o-tia', urgency: 'U2', source: 'spec:tia-resolved' },
  { story: 'unsure whether the symptoms earlier were real (weet ik niet)', age: '18-to-65-years', answers: { 'q-signs-now': 'no', 'q-gone': 'unknown' }, outcome: 'o-tia', urgency: 'U2', source: 'spec:tia-resolved' },
  { story: 'a 50-year-old whose leg has been getting weaker over three days', age: '18-to-65-years', answers: { ...noStroke, 'q-slow-weak': 'yes', 'q-slow-risk': 'no' }, outcome: 'o-today', urgency: 'U3', source: 'spec:slow-weakness' },
  { story: 'an 80-year-old on acenocoumarol whose arm has grown weaker over a week', age: '70-years-or-older', answers: { ...noStroke, 'q-slow-weak': 'yes', 'q-slow-risk': 'yes' }, outcome: 'o-slow-urgent', urgency: 'U2', source: 'spec:slow-weakness-blood-thinners-or-fall' },
  { story: 'a daughter unsure whether her father fell or takes blood thinners (weet ik niet), leg weaker over days', age: '70-years-or-older', answers: { ...noStroke, 'q-slow-weak': 'unknown', 'q-slow-risk': 'unknown' }, outcome: 'o-slow-urgent', urgency: 'U2', source: 'spec:slow-weakness-blood-thinners-or-fall' },
  { story: 'a 45-year-old with tingling fingers for weeks and nothing else', age: '18-to-65-years', answers: { ...noStroke, 'q-slow-weak': 'no', 'q-numb-long': 'yes' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:numbness-for-a-while' },
  { story: 'unsure how long the numbness has been there (weet ik niet)', age: '18-to-65-years', answers: { ...noStroke, 'q-slow-weak': 'no', 'q-numb-long': 'unknown' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:numbness-for-a-while' },
  { story: 'a worried 60-year-old without any signs who wants to know about stroke risk', age: '18-to-65-years', answers: { ...noStroke, 'q-slow-weak': 'no', 'q-numb-long': 'no' }, outcome: 'o-e-consult', urgency: 'U5', source: 'calm path: e-consult' },
];

vignetteTable('beroerte', rows);

describe('beroerte: what a row cannot say', () => {
  it('the e-consult safety net still says 112 even if the signs pass', () => {
    expect(content.texts.nl!.beroerte!['o-e-consult.safety-net']).toMatch(/112, ook als het weer overgaat/);
  });
});
