import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const NO_RED_FLAGS = { 'q-battery': 'no', 'q-stuck': 'no' } as const;

describe('voorwerp', () => {
  it('a 2-year-old who swallowed a button battery: 112 now', () => {
    const result = triage('voorwerp', { age: '1-to-4-years', answers: { 'q-battery': 'yes' } });
    expect(result.id).toBe('o-112');
    expect(result.outcome.channel).toBe('emergency-112');
  });

  it('a parent who cannot find one of the magnets from a toy ("weet ik niet"): 112', () => {
    expect(triage('voorwerp', { age: '4-to-12-years', answers: { 'q-battery': 'unknown' } }).id).toBe('o-112');
  });

  it('a 60-year-old with a piece of meat stuck, drooling and unable to swallow: urgent GP', () => {
    const result = triage('voorwerp', { age: '18-to-65-years', answers: { 'q-battery': 'no', 'q-stuck': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.channel).toBe('urgent-gp');
  });

  it('a 5-year-old with a bead in the nose: GP today, not with tweezers', () => {
    const result = triage('voorwerp', { age: '4-to-12-years', answers: { ...NO_RED_FLAGS, 'q-where': 'nose-ear' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.channel).toBe('gp-today');
  });

  it('someone who does not know where the object went ("weet ik niet"): GP today', () => {
    expect(triage('voorwerp', { age: '1-to-4-years', answers: { ...NO_RED_FLAGS, 'q-where': 'unknown' } }).id).toBe('o-today');
  });

  it('a builder who got cement in the eye: rinse and urgent GP', () => {
    const result = triage('voorwerp', { age: '18-to-65-years', answers: { ...NO_RED_FLAGS, 'q-where': 'eye', 'q-eye-danger': 'yes' } });
    expect(result.id).toBe('o-eye-urgent');
    expect(result.outcome.urgency).toBe('U2');
  });

  it('a cyclist with grit in the eye that still hurts after rinsing: GP today with the eye page', () => {
    const result = triage('voorwerp', {
      age: '18-to-65-years',
      answers: { ...NO_RED_FLAGS, 'q-where': 'eye', 'q-eye-danger': 'no', 'q-eye': 'yes' },
    });
    expect(result.id).toBe('o-eye-today');
    expect(result.outcome.thuisarts).toContain('ik-heb-vuiltje-of-splinter-in-mijn-oog');
  });

  it('grit in the eye that is gone after rinsing: self-care', () => {
    expect(
      triage('voorwerp', { age: '18-to-65-years', answers: { ...NO_RED_FLAGS, 'q-where': 'eye', 'q-eye-danger': 'no', 'q-eye': 'no' } }).id,
    ).toBe('o-eye-self-care');
  });

  it('a 3-year-old who swallowed a small smooth bead and is fine: self-care with a safety net', () => {
    const result = triage('voorwerp', { age: '1-to-4-years', answers: { ...NO_RED_FLAGS, 'q-where': 'swallowed' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.urgency).toBe('U5');
    expect(result.outcome.safetyNet).toBe('o-self-care.safety-net');
  });
});
