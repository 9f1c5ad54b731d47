import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

describe('dik-pijnlijk-been', () => {
  it('a 45-year-old with a swollen calf who is suddenly short of breath: 112', () => {
    expect(triage('dik-pijnlijk-been', { age: '18-to-65-years', answers: { 'q-lung': 'yes' } }).id).toBe('o-112');
  });
  it('a swollen leg, unsure about chest pain (weet ik niet): 112', () => {
    expect(triage('dik-pijnlijk-been', { age: '18-to-65-years', answers: { 'q-lung': 'unknown' } }).id).toBe('o-112');
  });
  it('a 72-year-old whose foot suddenly turned cold, pale and very painful: call the GP now', () => {
    expect(triage('dik-pijnlijk-been', { age: '70-years-or-older', answers: { 'q-lung': 'no', 'q-ischaemia': 'yes' } }).id).toBe(
      'o-urgent',
    );
  });
  it('a 34-year-old on the pill with a warm, swollen calf after a long flight: GP today', () => {
    expect(
      triage('dik-pijnlijk-been', { age: '18-to-65-years', answers: { 'q-lung': 'no', 'q-ischaemia': 'no', 'q-one-leg': 'yes' } }).id,
    ).toBe('o-today');
  });
  it('a 60-year-old with a red, warm, painful lower leg: GP today', () => {
    expect(
      triage('dik-pijnlijk-been', { age: '18-to-65-years', answers: { 'q-lung': 'no', 'q-ischaemia': 'no', 'q-one-leg': 'yes' } }).id,
    ).toBe('o-today');
  });
  it('a woman 36 weeks pregnant with swollen legs, a headache and a puffy face: call the midwife or GP now', () => {
    expect(
      triage('dik-pijnlijk-been', {
        age: '18-to-65-years',
        answers: { 'q-lung': 'no', 'q-ischaemia': 'no', 'q-one-leg': 'no', 'q-pregnant': 'yes' },
      }).id,
    ).toBe('o-pregnant');
  });
  it('a 78-year-old whose legs have slowly swollen over weeks: own GP, not urgent', () => {
    expect(
      triage('dik-pijnlijk-been', {
        age: '70-years-or-older',
        answers: { 'q-lung': 'no', 'q-ischaemia': 'no', 'q-one-leg': 'no', 'q-pregnant': 'no', 'q-ankles': 'no' },
      }).id,
    ).toBe('o-next-day');
  });
  it('a 40-year-old with swollen ankles only on hot evenings, normal in the morning: self-care', () => {
    expect(
      triage('dik-pijnlijk-been', {
        age: '18-to-65-years',
        answers: { 'q-lung': 'no', 'q-ischaemia': 'no', 'q-one-leg': 'no', 'q-pregnant': 'no', 'q-ankles': 'yes' },
      }).id,
    ).toBe('o-self-care');
  });
});
