/**
 * Urinary complaints (v0.2.0): the NHG split between cystitis and signs of tissue invasion, with
 * its risk groups. The field cases of domain §6 (a painful cystitis on a Friday evening, a calm
 * one on a Tuesday morning) are checked end to end in field-cases.test.ts; here the tree side.
 */
import { describe, expect, it } from 'vitest';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const clear = { 'q-very-ill': 'no', 'q-kidney': 'no' } as const;
const woman = { ...clear, 'q-who': 'woman', 'q-risk': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a confused 80-year-old with urinary symptoms', age: '70-years-or-older', answers: { 'q-very-ill': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:very-ill-or-sepsis' },
  { story: 'a carer unsure whether her mother is more confused than usual', age: '70-years-or-older', answers: { 'q-very-ill': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:very-ill-or-sepsis' },
  { story: 'a 6-week-old baby with fever', age: '1-to-3-months', answers: { 'q-very-ill': 'no', 'q-kidney': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'a 3-week-old baby who feels warm, temperature not measured', age: 'under-1-month', answers: { 'q-very-ill': 'no', 'q-kidney': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'a 30-year-old with burning pee, fever and pain in the side (kidney infection?)', age: adult, answers: { 'q-very-ill': 'no', 'q-kidney': 'yes' }, outcome: 'o-kidney', urgency: 'U3', source: 'spec:tissue-invasion' },
  { story: 'a 55-year-old man with burning pee and pain between scrotum and anus (prostatitis?)', age: adult, answers: { 'q-very-ill': 'no', 'q-kidney': 'yes' }, outcome: 'o-kidney', urgency: 'U3', source: 'spec:tissue-invasion' },
  { story: 'someone who answers "weet ik niet" on fever or back pain', age: adult, answers: { 'q-very-ill': 'no', 'q-kidney': 'unknown' }, outcome: 'o-kidney', urgency: 'U3', source: 'spec:tissue-invasion' },
  { story: 'a 6-year-old girl with pain when peeing, no fever', age: '4-to-12-years', answers: clear, outcome: 'o-child', urgency: 'U3', source: 'spec:child-under-12' },
  { story: 'a pregnant woman with cystitis symptoms', age: adult, answers: { ...clear, 'q-who': 'pregnant' }, outcome: 'o-pregnant', urgency: 'U3', source: 'spec:pregnancy' },
  { story: 'a 45-year-old man with burning pee', age: adult, answers: { ...clear, 'q-who': 'man' }, outcome: 'o-man', urgency: 'U3', source: 'spec:male' },
  { story: 'a woman with diabetes and cystitis symptoms', age: adult, answers: { ...clear, 'q-who': 'woman', 'q-risk': 'yes' }, outcome: 'o-today', urgency: 'U3', source: 'spec:complicated-course-risk' },
  { story: 'a woman with a catheter who is not sure whether it counts', age: adult, answers: { ...clear, 'q-who': 'woman', 'q-risk': 'unknown' }, outcome: 'o-today', urgency: 'U3', source: 'spec:complicated-course-risk' },
  { story: 'a 74-year-old woman with cystitis symptoms', age: '70-years-or-older', answers: woman, outcome: 'o-today', urgency: 'U3', source: 'spec:older-adult' },
  { story: 'a 30-year-old woman with quite painful cystitis symptoms', age: adult, answers: { ...woman, 'q-pain': 'quite' }, outcome: 'o-painful', urgency: 'U4', source: 'spec:cystitis-complaints' },
  { story: 'a 30-year-old woman with very painful cystitis symptoms', age: adult, answers: { ...woman, 'q-pain': 'very' }, outcome: 'o-painful', urgency: 'U4', source: 'spec:cystitis-complaints' },
  { story: 'a 30-year-old woman with mild cystitis symptoms', age: adult, answers: { ...woman, 'q-pain': 'hardly' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:cystitis-complaints' },
];

vignetteTable('plasklachten', rows);

describe('plasklachten: the field cases, tree side (domain §6)', () => {
  it('cystitis symptoms on a Friday evening, painful → U4, painful (the post to discuss)', () => {
    const result = triage('plasklachten', { age: adult, at: '2026-11-27T19:30:00+01:00', answers: { ...woman, 'q-pain': 'quite' } });
    expect(result.id).toBe('o-painful');
    expect(result.outcome.urgency).toBe('U4');
    expect(result.outcome.painful).toBe(true);
    expect(result.outcome.thuisarts).toContain('ik-denk-dat-ik-blaasontsteking-heb-vrouw');
  });

  it('very painful cystitis symptoms carry the painful flag too', () => {
    expect(triage('plasklachten', { age: adult, answers: { ...woman, 'q-pain': 'very' } }).outcome.painful).toBe(true);
  });

  it('cystitis symptoms on a Tuesday morning, no alarm signs → U4 own GP, Thuisarts blaasontsteking, not painful', () => {
    const result = triage('plasklachten', { age: adult, at: '2026-11-24T09:00:00+01:00', answers: { ...woman, 'q-pain': 'hardly' } });
    expect(result.id).toBe('o-next-day');
    expect(result.outcome.urgency).toBe('U4');
    expect(['gp-next-working-day', 'e-consult']).toContain(result.outcome.channel);
    expect(result.outcome.painful).toBeUndefined();
    expect(result.outcome.thuisarts).toContain('ik-denk-dat-ik-blaasontsteking-heb-vrouw');
  });

  it('the kidney outcome links the Thuisarts page on a kidney infection', () => {
    expect(triage('plasklachten', { age: adult, answers: { 'q-very-ill': 'no', 'q-kidney': 'yes' } }).outcome.thuisarts).toEqual(['ik-heb-nierbekken-ontsteking']);
  });
});
