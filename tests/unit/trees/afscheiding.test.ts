import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const adult = '18-to-65-years';

describe('afscheiding', () => {
  it('a 26-year-old with discharge, fever and lower belly pain: GP today', () => {
    expect(triage('afscheiding', { age: adult, answers: { 'q-fever-pain': 'yes' } }).id).toBe('o-today');
  });

  it('"weet ik niet" on fever or belly pain escalates', () => {
    expect(triage('afscheiding', { age: adult, answers: { 'q-fever-pain': 'unknown' } }).id).toBe('o-today');
  });

  it('a pregnant woman with more discharge than usual: GP within a working day', () => {
    const result = triage('afscheiding', { age: adult, answers: { 'q-fever-pain': 'no', 'q-pregnant': 'yes' } });
    expect(result.id).toBe('o-pregnant');
    expect(result.outcome.channel).toBe('gp-next-working-day');
  });

  it('a 22-year-old with new discharge after a new partner: GP appointment (STI test)', () => {
    expect(triage('afscheiding', { age: adult, answers: { 'q-fever-pain': 'no', 'q-pregnant': 'no', 'q-sti': 'yes' } }).id).toBe('o-sti');
  });

  it('a 35-year-old with thin grey discharge and a fishy smell: e-consult', () => {
    expect(
      triage('afscheiding', { age: adult, answers: { 'q-fever-pain': 'no', 'q-pregnant': 'no', 'q-sti': 'no', 'q-yeast': 'no' } }).id,
    ).toBe('o-e-consult');
  });

  it('a 30-year-old with itching and white crumbly discharge, no alarm signs: self-care (yeast)', () => {
    const result = triage('afscheiding', {
      age: adult,
      answers: { 'q-fever-pain': 'no', 'q-pregnant': 'no', 'q-sti': 'no', 'q-yeast': 'yes' },
    });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.thuisarts).toEqual(['ik-heb-ontsteking-in-mijn-vagina-door-schimmel']);
  });
});
