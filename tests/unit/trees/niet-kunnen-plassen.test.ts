import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const adult = '18-to-70-years';

describe('niet-kunnen-plassen', () => {
  it('a 72-year-old man who has not peed for 8 hours with a painful full bladder: call the GP now (U2)', () => {
    const result = triage('niet-kunnen-plassen', { age: '70-years-or-older', answers: { 'q-retention': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
    expect(result.outcome.thuisarts).toContain('ik-kan-opeens-niet-meer-plassen-man');
  });

  it('"weet ik niet" on a full bladder that will not empty escalates', () => {
    expect(triage('niet-kunnen-plassen', { age: adult, answers: { 'q-retention': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a 60-year-old man with difficulty peeing and a fever: GP today', () => {
    expect(triage('niet-kunnen-plassen', { age: adult, answers: { 'q-retention': 'no', 'q-today': 'yes' } }).id).toBe('o-today');
  });

  it('a 65-year-old man with a weak stream and dribbling for months: GP appointment', () => {
    const result = triage('niet-kunnen-plassen', { age: adult, answers: { 'q-retention': 'no', 'q-today': 'no', 'q-weeks': 'yes' } });
    expect(result.id).toBe('o-next-day');
    expect(result.outcome.thuisarts).toEqual(['ik-heb-problemen-met-plassen-man']);
  });

  it('a 40-year-old with a slow start for a couple of days, no other signs: e-consult', () => {
    expect(triage('niet-kunnen-plassen', { age: adult, answers: { 'q-retention': 'no', 'q-today': 'no', 'q-weeks': 'no' } }).id).toBe(
      'o-e-consult',
    );
  });
});
