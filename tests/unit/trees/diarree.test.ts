import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const adult = '18-to-65-years';

describe('diarree', () => {
  it('a drowsy, confused 80-year-old with diarrhoea: call the GP now', () => {
    expect(triage('diarree', { age: '70-years-or-older', answers: { 'q-ill': 'yes' } }).id).toBe('o-urgent');
  });

  it('"weet ik niet" on the danger signs escalates', () => {
    expect(triage('diarree', { age: adult, answers: { 'q-ill': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a 30-year-old with blood in the diarrhoea: GP today', () => {
    expect(triage('diarree', { age: adult, answers: { 'q-ill': 'no', 'q-today': 'yes' } }).id).toBe('o-today');
  });

  it('a 2-month-old baby with diarrhoea and no other signs: GP today (under 3 months)', () => {
    expect(triage('diarree', { age: 'under-1-month', answers: { 'q-ill': 'no', 'q-today': 'no' } }).id).toBe('o-today');
  });

  it('a 40-year-old just back from Indonesia with diarrhoea: GP today', () => {
    const result = triage('diarree', { age: adult, answers: { 'q-ill': 'no', 'q-today': 'no', 'q-risk': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.channel).toBe('gp-today');
  });

  it('a 45-year-old with diarrhoea for three weeks: GP appointment', () => {
    expect(triage('diarree', { age: adult, answers: { 'q-ill': 'no', 'q-today': 'no', 'q-risk': 'no', 'q-days': 21 } }).id).toBe(
      'o-next-day',
    );
  });

  it('a 25-year-old with diarrhoea for two days and no alarm signs: self-care', () => {
    const result = triage('diarree', { age: adult, answers: { 'q-ill': 'no', 'q-today': 'no', 'q-risk': 'no', 'q-days': 2 } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.thuisarts).toEqual(['ik-heb-diarree']);
  });

  it('a 3-year-old with diarrhoea since yesterday, drinking well: self-care with the child page', () => {
    const result = triage('diarree', { age: '1-to-4-years', answers: { 'q-ill': 'no', 'q-today': 'no', 'q-risk': 'no', 'q-days': 1 } });
    expect(result.id).toBe('o-self-care-child');
    expect(result.outcome.thuisarts).toContain('mijn-kind-heeft-diarree');
  });
});

// Review 2026-12-04, pattern "number questions without weet ik niet": someone who lost count of the days
// is treated as a long spell (14 days or more), never as a short one.
describe('diarree: "weet ik niet" on the number of days', () => {
  it('a 45-year-old who cannot say how long the diarrhoea has lasted: GP next day, as for 14 days or more', () => {
    const answers = { 'q-ill': 'no', 'q-today': 'no', 'q-risk': 'no', 'q-days': 'unknown' } as const;
    expect(triage('diarree', { age: adult, answers }).id).toBe(triage('diarree', { age: adult, answers: { ...answers, 'q-days': 14 } }).id);
    expect(triage('diarree', { age: adult, answers }).id).toBe('o-next-day');
  });
});
