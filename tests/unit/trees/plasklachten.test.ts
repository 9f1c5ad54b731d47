/**
 * Urinary complaints (v0.2.0): the NHG split between cystitis and signs of tissue invasion, with
 * its risk groups. The field cases of domain §6 (a painful cystitis on a Friday evening, a calm
 * one on a Tuesday morning) are checked end to end in field-cases.test.ts; here the tree side.
 */
import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

const adult = '18-to-65-years';
const clear = { 'q-very-ill': 'no', 'q-kidney': 'no' } as const;
const woman = { ...clear, 'q-who': 'woman', 'q-risk': 'no' } as const;

describe('plasklachten: the field cases, tree side (domain §6)', () => {
  // The painful flag is what makes the resolver send this to the post on a Friday evening (field-cases.test.ts).
  it('quite painful cystitis symptoms → U4 with the painful flag and Thuisarts blaasontsteking', () => {
    const result = triage('plasklachten', { age: adult, answers: { ...woman, 'q-pain': 'quite' } });
    expect(result.id).toBe('o-painful');
    expect(result.outcome.urgency).toBe('U4');
    expect(result.outcome.painful).toBe(true);
    expect(result.outcome.thuisarts).toContain('ik-denk-dat-ik-blaasontsteking-heb-vrouw');
  });

  it('very painful cystitis symptoms carry the painful flag too', () => {
    expect(triage('plasklachten', { age: adult, answers: { ...woman, 'q-pain': 'very' } }).outcome.painful).toBe(true);
  });

  it('mild cystitis symptoms, no alarm signs → U4 own GP on the next working day, Thuisarts blaasontsteking, not painful', () => {
    const result = triage('plasklachten', { age: adult, answers: { ...woman, 'q-pain': 'hardly' } });
    expect(result.id).toBe('o-next-day');
    expect(result.outcome.urgency).toBe('U4');
    expect(result.outcome.channel).toBe('gp-next-working-day');
    expect(result.outcome.painful).toBeUndefined();
    expect(result.outcome.thuisarts).toContain('ik-denk-dat-ik-blaasontsteking-heb-vrouw');
  });

  it('the kidney outcome links the Thuisarts page on a kidney infection', () => {
    expect(triage('plasklachten', { age: adult, answers: { 'q-very-ill': 'no', 'q-kidney': 'yes' } }).outcome.thuisarts).toEqual([
      'ik-heb-nierbekken-ontsteking',
    ]);
  });
});
