import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const school = '4-to-12-years';
const clear = { 'q-very-ill': 'no', 'q-alarm': 'no', 'q-scrotum': 'no' };

describe('buikpijn-kind', () => {
  it('a drowsy, floppy 3-year-old with belly pain: call the GP now', () => {
    expect(triage('buikpijn-kind', { age: '1-to-4-years', answers: { 'q-very-ill': 'yes' } }).id).toBe('o-urgent');
  });

  it('a 6-year-old vomiting green: call the GP now', () => {
    expect(triage('buikpijn-kind', { age: school, answers: { 'q-very-ill': 'no', 'q-alarm': 'yes' } }).id).toBe('o-urgent');
  });

  it('a 13-year-old boy with belly pain and pain in his scrotum (testicle torsion?): call the GP now', () => {
    const result = triage('buikpijn-kind', { age: '12-to-16-years', answers: { 'q-very-ill': 'no', 'q-alarm': 'no', 'q-scrotum': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
  });

  it('a parent who does not know whether the scrotum is swollen: escalates', () => {
    expect(triage('buikpijn-kind', { age: school, answers: { 'q-very-ill': 'no', 'q-alarm': 'no', 'q-scrotum': 'unknown' } }).id).toBe(
      'o-urgent',
    );
  });

  it('a 9-month-old baby screaming in bouts and pulling up the legs: call the GP now', () => {
    expect(triage('buikpijn-kind', { age: '3-to-12-months', answers: { ...clear, 'q-baby-cry': 'yes' } }).id).toBe('o-urgent');
  });

  it('an 8-year-old with pain in the lower right belly that hurts when hopping: appendicitis, call now', () => {
    const result = triage('buikpijn-kind', { age: school, answers: { ...clear, 'q-appendix': 'yes' } });
    expect(result.id).toBe('o-appendix');
    expect(result.outcome.thuisarts).toContain('ik-denk-dat-mijn-kind-blindedarm-ontsteking-heeft');
  });

  it('a 5-year-old with belly pain and fever: GP today', () => {
    expect(triage('buikpijn-kind', { age: school, answers: { ...clear, 'q-appendix': 'no', 'q-today': 'yes' } }).id).toBe('o-today');
  });

  it('a 2-month-old baby with belly cramps and no other signs: GP today (under 3 months)', () => {
    expect(triage('buikpijn-kind', { age: 'under-1-month', answers: { ...clear, 'q-baby-cry': 'no', 'q-today': 'no' } }).id).toBe(
      'o-today',
    );
  });

  it('a 10-year-old with tummy aches on school days for months, cheerful in between: e-consult', () => {
    expect(
      triage('buikpijn-kind', { age: school, answers: { ...clear, 'q-appendix': 'no', 'q-today': 'no', 'q-recurrent': 'yes' } }).id,
    ).toBe('o-e-consult');
  });

  it('a 7-year-old with a mild tummy ache since lunch: self-care', () => {
    const result = triage('buikpijn-kind', {
      age: school,
      answers: { ...clear, 'q-appendix': 'no', 'q-today': 'no', 'q-recurrent': 'no' },
    });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.thuisarts).toEqual(['mijn-kind-heeft-buikpijn']);
  });
});
