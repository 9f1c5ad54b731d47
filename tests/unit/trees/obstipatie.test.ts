import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const adult = '18-to-65-years';

describe('obstipatie', () => {
  it('a 75-year-old with severe belly pain, vomiting and no wind (bowel obstruction?): call the GP now', () => {
    const result = triage('obstipatie', { age: '70-years-or-older', answers: { 'q-blocked': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
  });

  it('"weet ik niet" on the obstruction signs escalates', () => {
    expect(triage('obstipatie', { age: adult, answers: { 'q-blocked': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a 58-year-old whose bowel habit changed recently and who lost weight: GP appointment', () => {
    expect(triage('obstipatie', { age: adult, answers: { 'q-blocked': 'no', 'q-alarm': 'yes' } }).id).toBe('o-next-day');
  });

  it('a 40-year-old constipated for a month, no alarm signs: e-consult', () => {
    expect(triage('obstipatie', { age: adult, answers: { 'q-blocked': 'no', 'q-alarm': 'no', 'q-long': 'yes' } }).id).toBe('o-e-consult');
  });

  it('a 30-year-old constipated for a few days while travelling: self-care', () => {
    const result = triage('obstipatie', { age: adult, answers: { 'q-blocked': 'no', 'q-alarm': 'no', 'q-long': 'no' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.thuisarts).toEqual(['ik-kan-moeilijk-poepen']);
  });

  it('a 4-year-old who holds in his poo for a few days: self-care with the child page', () => {
    const result = triage('obstipatie', { age: '4-to-12-years', answers: { 'q-blocked': 'no', 'q-alarm': 'no', 'q-long': 'no' } });
    expect(result.id).toBe('o-self-care-child');
    expect(result.outcome.thuisarts).toEqual(['mijn-kind-kan-moeilijk-poepen']);
  });
});
