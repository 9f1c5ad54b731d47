import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

describe('hitte-zonnesteek', () => {
  it('a marathon runner with hot, dry skin and 40.5 degrees: urgent GP', () => {
    const result = triage('hitte-zonnesteek', { age: '18-to-65-years', answers: { 'q-overheated': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.channel).toBe('urgent-gp');
    expect(result.outcome.urgency).toBe('U2');
  });

  it('a parent who cannot tell whether the child still sweats ("weet ik niet"): urgent', () => {
    expect(triage('hitte-zonnesteek', { age: '4-to-12-years', answers: { 'q-overheated': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a teenager who keeps vomiting after a day at a festival and cannot keep water down: urgent GP', () => {
    expect(triage('hitte-zonnesteek', { age: '16-to-18-years', answers: { 'q-overheated': 'no', 'q-fluids': 'yes' } }).id).toBe('o-urgent');
  });

  it('an 80-year-old with a headache in a heat wave: call the GP today (risk group)', () => {
    const result = triage('hitte-zonnesteek', { age: '70-years-or-older', answers: { 'q-overheated': 'no', 'q-fluids': 'no' } });
    expect(result.id).toBe('o-risk');
    expect(result.outcome.channel).toBe('gp-today');
  });

  it('a 6-month-old who is hot and grizzly on a hot day: call the GP now (risk group)', () => {
    expect(triage('hitte-zonnesteek', { age: '3-to-12-months', answers: { 'q-overheated': 'no', 'q-fluids': 'no' } }).id).toBe('o-risk');
  });

  it('a 55-year-old with heart failure on water tablets who feels unwell in the heat: call the GP now', () => {
    expect(
      triage('hitte-zonnesteek', { age: '18-to-65-years', answers: { 'q-overheated': 'no', 'q-fluids': 'no', 'q-risk': 'yes' } }).id,
    ).toBe('o-risk');
  });

  it('a 25-year-old with a headache and nausea after a day on the beach: self-care (cool down, drink)', () => {
    const result = triage('hitte-zonnesteek', {
      age: '18-to-65-years',
      answers: { 'q-overheated': 'no', 'q-fluids': 'no', 'q-risk': 'no' },
    });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.thuisarts).toContain('hoe-herken-ik-zonnesteek');
  });
});
