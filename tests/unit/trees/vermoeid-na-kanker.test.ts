import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const noRedFlags = { 'q-fever': 'no', 'q-breath': 'no', 'q-suicide': 'no' } as const;

describe('vermoeid-na-kanker', () => {
  it('a 58-year-old with 38.5 °C ten days after chemotherapy: urgent, chemotherapy fever is an emergency', () => {
    const result = triage('vermoeid-na-kanker', { age: '18-to-70-years', answers: { 'q-fever': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
    expect(result.outcome.channel).toBe('urgent-gp');
  });

  it('someone unsure whether they have a fever after chemotherapy: escalates to urgent', () => {
    expect(triage('vermoeid-na-kanker', { age: '18-to-70-years', answers: { 'q-fever': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a 66-year-old who is more and more short of breath: urgent', () => {
    expect(triage('vermoeid-na-kanker', { age: '18-to-70-years', answers: { 'q-fever': 'no', 'q-breath': 'yes' } }).id).toBe('o-urgent');
  });

  it('a 47-year-old with thoughts of ending her life: the crisis route (113)', () => {
    const answers = { 'q-fever': 'no', 'q-breath': 'no', 'q-suicide': 'yes' };
    const result = triage('vermoeid-na-kanker', { age: '18-to-70-years', answers });
    expect(result.id).toBe('o-crisis');
    expect(result.outcome.channel).toBe('crisis-113');
  });

  it('a 71-year-old, tired, with new back pain and weight loss: own GP within a day', () => {
    const result = triage('vermoeid-na-kanker', { age: '70-years-or-older', answers: { ...noRedFlags, 'q-new': 'yes' } });
    expect(result.id).toBe('o-gp');
    expect(result.outcome.urgency).toBe('U4');
  });

  it('a 52-year-old who has felt low for a month after treatment: own practice (POH-GGZ)', () => {
    const answers = { ...noRedFlags, 'q-new': 'no', 'q-mood': 'yes' };
    expect(triage('vermoeid-na-kanker', { age: '18-to-70-years', answers }).id).toBe('o-mood');
  });

  it('a 45-year-old still on treatment who is very tired: discuss with the treatment team', () => {
    const answers = { ...noRedFlags, 'q-new': 'no', 'q-mood': 'no', 'q-finished': 'ongoing' };
    const result = triage('vermoeid-na-kanker', { age: '18-to-70-years', answers });
    expect(result.id).toBe('o-team');
    expect(result.outcome.channel).toBe('e-consult');
  });

  it('a 50-year-old, tired a year after finishing breast cancer treatment, no alarm signs: ask the GP about Untire', () => {
    const answers = { ...noRedFlags, 'q-new': 'no', 'q-mood': 'no', 'q-finished': 'finished' };
    const result = triage('vermoeid-na-kanker', { age: '18-to-70-years', answers });
    expect(result.id).toBe('o-app');
    expect(result.outcome.channel).toBe('app-prescription');
    expect(result.outcome.app).toBe('untire');
  });
});
