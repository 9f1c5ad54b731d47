import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

describe('beroerte', () => {
  it('a 67-year-old who suddenly cannot see with her right eye right now: 112', () => {
    expect(triage('beroerte', { age: '18-to-65-years', answers: { 'q-signs-now': 'yes' } }).id).toBe('o-112');
  });
  it('a 72-year-old with a numb, clumsy hand since an hour ago: 112', () => {
    expect(triage('beroerte', { age: '70-years-or-older', answers: { 'q-signs-now': 'yes' } }).id).toBe('o-112');
  });
  it('someone unsure whether the arm is weaker now (weet ik niet): 112', () => {
    expect(triage('beroerte', { age: '18-to-65-years', answers: { 'q-signs-now': 'unknown' } }).id).toBe('o-112');
  });
  it('a 70-year-old whose speech was muddled for ten minutes this morning and is fine now (TIA): call the GP now', () => {
    expect(triage('beroerte', { age: '70-years-or-older', answers: { 'q-signs-now': 'no', 'q-gone': 'yes' } }).id).toBe('o-tia');
  });
  it('unsure whether the symptoms earlier were real (weet ik niet): call the GP now', () => {
    expect(triage('beroerte', { age: '18-to-65-years', answers: { 'q-signs-now': 'no', 'q-gone': 'unknown' } }).id).toBe('o-tia');
  });
  it('a 50-year-old whose leg has been getting weaker over three days: GP today', () => {
    expect(triage('beroerte', { age: '18-to-65-years', answers: { 'q-signs-now': 'no', 'q-gone': 'no', 'q-slow-weak': 'yes' } }).id).toBe(
      'o-today',
    );
  });
  it('a 45-year-old with tingling fingers for weeks and nothing else: own GP, not urgent', () => {
    expect(
      triage('beroerte', {
        age: '18-to-65-years',
        answers: { 'q-signs-now': 'no', 'q-gone': 'no', 'q-slow-weak': 'no', 'q-numb-long': 'yes' },
      }).id,
    ).toBe('o-next-day');
  });
  it('a worried 60-year-old without any signs who wants to know about stroke risk: e-consult', () => {
    expect(
      triage('beroerte', {
        age: '18-to-65-years',
        answers: { 'q-signs-now': 'no', 'q-gone': 'no', 'q-slow-weak': 'no', 'q-numb-long': 'no' },
      }).id,
    ).toBe('o-e-consult');
  });
});
