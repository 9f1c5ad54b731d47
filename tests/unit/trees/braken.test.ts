import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const adult = '18-to-65-years';
const clear = { 'q-alarm': 'no', 'q-ill': 'no' };

describe('braken', () => {
  it('a 45-year-old vomiting something like coffee grounds: call the GP now', () => {
    expect(triage('braken', { age: adult, answers: { 'q-alarm': 'yes' } }).id).toBe('o-urgent');
  });

  it('a child vomiting after a fall on the head, parent unsure: escalates', () => {
    expect(triage('braken', { age: '4-to-12-years', answers: { 'q-alarm': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a very drowsy 2-year-old who keeps vomiting: call the GP now', () => {
    expect(triage('braken', { age: '1-to-4-years', answers: { 'q-alarm': 'no', 'q-ill': 'yes' } }).id).toBe('o-urgent');
  });

  it('a 6-week-old baby who vomits, no alarm signs: GP within a few hours, today (under 3 months)', () => {
    const result = triage('braken', { age: 'under-1-month', answers: clear });
    expect(result.id).toBe('o-soon');
    expect(result.outcome.channel).toBe('gp-today');
  });

  it('a toddler with a stomach bug and no wet nappy for 8 hours: urgent GP', () => {
    expect(triage('braken', { age: '1-to-4-years', answers: { ...clear, 'q-dry': 'yes' } }).id).toBe('o-soon');
  });

  it('a 50-year-old with type 1 diabetes who is vomiting: GP today', () => {
    expect(triage('braken', { age: adult, answers: { ...clear, 'q-dry': 'no', 'q-risk': 'yes' } }).id).toBe('o-today');
  });

  it('a pregnant woman who cannot keep anything down all day: GP today', () => {
    const result = triage('braken', { age: adult, answers: { ...clear, 'q-dry': 'no', 'q-risk': 'yes' } });
    expect(result.outcome.urgency).toBe('U3');
    expect(result.outcome.thuisarts).toContain('ik-ben-zwanger-en-misselijk');
  });

  it('a 35-year-old who keeps vomiting on and off for two weeks: GP appointment', () => {
    expect(triage('braken', { age: adult, answers: { ...clear, 'q-dry': 'no', 'q-risk': 'no', 'q-long': 'yes' } }).id).toBe('o-next-day');
  });

  it('a 30-year-old with a stomach bug since last night, drinking fine: self-care', () => {
    const result = triage('braken', { age: adult, answers: { ...clear, 'q-dry': 'no', 'q-risk': 'no', 'q-long': 'no' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.thuisarts).toContain('ik-geef-over');
  });

  it('a 5-year-old who vomited twice today and still drinks and pees: self-care with the child pages', () => {
    const result = triage('braken', { age: '4-to-12-years', answers: { ...clear, 'q-dry': 'no', 'q-risk': 'no', 'q-long': 'no' } });
    expect(result.id).toBe('o-self-care-child');
    expect(result.outcome.thuisarts).toContain('mijn-kind-geeft-over');
  });
});
