import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const adult = '18-to-70-years';
const clear = { 'q-heavy': 'no', 'q-today': 'no', 'q-change': 'no' };

describe('bloed-bij-ontlasting', () => {
  it('a 65-year-old passing clots and feeling faint: call the GP now', () => {
    expect(triage('bloed-bij-ontlasting', { age: adult, answers: { 'q-heavy': 'yes' } }).id).toBe('o-urgent');
  });

  it('"weet ik niet" on heavy bleeding escalates', () => {
    expect(triage('bloed-bij-ontlasting', { age: adult, answers: { 'q-heavy': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a 55-year-old with black, tarry stools: GP today', () => {
    const result = triage('bloed-bij-ontlasting', { age: adult, answers: { 'q-heavy': 'no', 'q-today': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.channel).toBe('gp-today');
  });

  it('a 45-year-old with blood and looser stools for six weeks: GP appointment', () => {
    expect(triage('bloed-bij-ontlasting', { age: adult, answers: { 'q-heavy': 'no', 'q-today': 'no', 'q-change': 'yes' } }).id).toBe(
      'o-next-day',
    );
  });

  it('a 60-year-old with new bright red blood, bowel habits unchanged: GP appointment', () => {
    expect(triage('bloed-bij-ontlasting', { age: adult, answers: { ...clear, 'q-known': 'no', 'q-age-50': 'yes' } }).id).toBe('o-next-day');
  });

  it('a 75-year-old with new blood on the toilet paper: GP appointment without the age question', () => {
    expect(triage('bloed-bij-ontlasting', { age: '70-years-or-older', answers: { ...clear, 'q-known': 'no' } }).id).toBe('o-next-day');
  });

  it('a 30-year-old with new bright red blood on the paper after straining: e-consult', () => {
    const result = triage('bloed-bij-ontlasting', { age: adult, answers: { ...clear, 'q-known': 'no', 'q-age-50': 'no' } });
    expect(result.id).toBe('o-e-consult');
    expect(result.outcome.thuisarts).toContain('ik-heb-aambeien');
  });

  it('a 40-year-old with known piles and a little bright red blood as before: self-care', () => {
    const result = triage('bloed-bij-ontlasting', { age: adult, answers: { ...clear, 'q-known': 'yes' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.urgency).toBe('U5');
  });
});
