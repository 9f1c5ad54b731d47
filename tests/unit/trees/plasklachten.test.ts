import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const adult = '18-to-65-years';
const clear = { 'q-very-ill': 'no', 'q-kidney': 'no' };

describe('plasklachten', () => {
  it('a confused 80-year-old with urinary symptoms: call the GP now', () => {
    expect(triage('plasklachten', { age: '70-years-or-older', answers: { 'q-very-ill': 'yes' } }).id).toBe('o-urgent');
  });

  it('a 6-week-old baby with fever: call the GP now', () => {
    expect(triage('plasklachten', { age: 'under-1-month', answers: { 'q-very-ill': 'no', 'q-kidney': 'yes' } }).id).toBe('o-urgent');
  });

  it('a 30-year-old with burning pee, fever and pain in the side (kidney infection?): GP today', () => {
    const result = triage('plasklachten', { age: adult, answers: { 'q-very-ill': 'no', 'q-kidney': 'yes' } });
    expect(result.id).toBe('o-kidney');
    expect(result.outcome.thuisarts).toEqual(['ik-heb-nierbekken-ontsteking']);
  });

  it('"weet ik niet" on fever or back pain escalates to the kidney outcome', () => {
    expect(triage('plasklachten', { age: adult, answers: { 'q-very-ill': 'no', 'q-kidney': 'unknown' } }).id).toBe('o-kidney');
  });

  it('a 6-year-old girl with pain when peeing, no fever: GP today', () => {
    const result = triage('plasklachten', { age: '4-to-12-years', answers: clear });
    expect(result.id).toBe('o-child');
    expect(result.outcome.thuisarts).toEqual(['ik-denk-dat-mijn-kind-blaasontsteking-heeft']);
  });

  it('a pregnant woman with cystitis symptoms: GP today', () => {
    const result = triage('plasklachten', { age: adult, answers: { ...clear, 'q-who': 'pregnant' } });
    expect(result.id).toBe('o-pregnant');
    expect(result.outcome.urgency).toBe('U3');
  });

  it('a 45-year-old man with burning pee: GP today', () => {
    expect(triage('plasklachten', { age: adult, answers: { ...clear, 'q-who': 'man' } }).id).toBe('o-man');
  });

  it('a woman with diabetes and cystitis symptoms: GP today', () => {
    expect(triage('plasklachten', { age: adult, answers: { ...clear, 'q-who': 'woman', 'q-risk': 'yes' } }).id).toBe('o-today');
  });

  it('a 74-year-old woman with cystitis symptoms: GP today because of age', () => {
    expect(triage('plasklachten', { age: '70-years-or-older', answers: { ...clear, 'q-who': 'woman', 'q-risk': 'no' } }).id).toBe(
      'o-today',
    );
  });

  it('field case: cystitis symptoms on a Friday evening, painful → U4, painful (the post to discuss)', () => {
    const result = triage('plasklachten', {
      age: adult,
      at: '2026-11-27T19:30:00+01:00',
      answers: { ...clear, 'q-who': 'woman', 'q-risk': 'no', 'q-pain': 'quite' },
    });
    expect(result.id).toBe('o-painful');
    expect(result.outcome.urgency).toBe('U4');
    expect(result.outcome.painful).toBe(true);
    expect(result.outcome.thuisarts).toContain('ik-denk-dat-ik-blaasontsteking-heb-vrouw');
  });

  it('a woman with very painful cystitis symptoms: also the painful U4 outcome', () => {
    expect(
      triage('plasklachten', { age: adult, answers: { ...clear, 'q-who': 'woman', 'q-risk': 'no', 'q-pain': 'very' } }).outcome.painful,
    ).toBe(true);
  });

  it('field case: cystitis symptoms on a Tuesday morning, no alarm signs → U4 own GP, Thuisarts blaasontsteking, not painful', () => {
    const result = triage('plasklachten', {
      age: adult,
      at: '2026-11-24T09:00:00+01:00',
      answers: { ...clear, 'q-who': 'woman', 'q-risk': 'no', 'q-pain': 'hardly' },
    });
    expect(result.id).toBe('o-next-day');
    expect(result.outcome.urgency).toBe('U4');
    expect(['gp-next-working-day', 'e-consult']).toContain(result.outcome.channel);
    expect(result.outcome.painful).toBeUndefined();
    expect(result.outcome.thuisarts).toContain('ik-denk-dat-ik-blaasontsteking-heb-vrouw');
  });
});
