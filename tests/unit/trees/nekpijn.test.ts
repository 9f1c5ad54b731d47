import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const CALM = { 'q-meningitis': 'no', 'q-accident-nerves': 'no', 'q-accident': 'no', 'q-arm': 'no' } as const;

describe('nekpijn', () => {
  // Clinical review: q-meningitis needed fever AND stiff neck AND headache at once. Issue 11: fever
  // with a stiff neck is 112-level in every tree that meets it; headache is no longer required.
  it('a 20-year-old student with fever and a stiff neck, no headache: call 112', () => {
    const result = triage('nekpijn', { age: '18-to-65-years', answers: { 'q-meningitis': 'yes' } });
    expect(result.id).toBe('o-meningitis');
    expect(result.outcome).toMatchObject({ urgency: 'U1', channel: 'emergency-112' });
  });

  it('someone unsure whether the neck is really stiff ("weet ik niet"): call 112', () => {
    expect(triage('nekpijn', { age: '18-to-65-years', answers: { 'q-meningitis': 'unknown' } }).id).toBe('o-meningitis');
  });

  it('a 35-year-old with tingling arms after a rear-end collision: urgent GP', () => {
    expect(triage('nekpijn', { age: '18-to-65-years', answers: { 'q-meningitis': 'no', 'q-accident-nerves': 'yes' } }).id).toBe('o-urgent');
  });

  it('a 72-year-old with neck pain after falling down the stairs, no numbness: GP today', () => {
    const result = triage('nekpijn', {
      age: '70-years-or-older',
      answers: { 'q-meningitis': 'no', 'q-accident-nerves': 'no', 'q-accident': 'yes' },
    });
    expect(result.id).toBe('o-today');
    expect(result.outcome.urgency).toBe('U3');
  });

  it('a 50-year-old with pain shooting into the arm and numb fingers: own GP within a working day', () => {
    const result = triage('nekpijn', {
      age: '18-to-65-years',
      answers: { 'q-meningitis': 'no', 'q-accident-nerves': 'no', 'q-accident': 'no', 'q-arm': 'yes' },
    });
    expect(result.id).toBe('o-gp-next');
    expect(result.outcome.channel).toBe('gp-next-working-day');
  });

  it('a 40-year-old with pain 8 out of 10: GP today', () => {
    expect(triage('nekpijn', { age: '18-to-65-years', answers: { ...CALM, 'q-pain': 8 } }).id).toBe('o-today');
  });

  it('an office worker with neck pain for 10 weeks: e-consult', () => {
    expect(triage('nekpijn', { age: '18-to-65-years', answers: { ...CALM, 'q-pain': 4, 'q-weeks': 10 } }).id).toBe('o-e-consult');
  });

  it('a 30-year-old who woke up with a stiff, sore neck, no fever: self-care', () => {
    const result = triage('nekpijn', { age: '18-to-65-years', answers: { ...CALM, 'q-pain': 5, 'q-weeks': 0 } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.thuisarts).toContain('ik-heb-nekpijn');
  });
});
