import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const CLEAN_SMALL = { 'q-function': 'no', 'q-gaping': 'no', 'q-infected': 'no' } as const;

describe('wond', () => {
  it('a cook who cut a finger and cannot bend it any more: urgent GP', () => {
    const result = triage('wond', { age: '18-to-65-years', answers: { 'q-function': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.channel).toBe('urgent-gp');
  });

  it('someone who cannot tell whether a tendon shows in the wound ("weet ik niet"): urgent', () => {
    expect(triage('wond', { age: '18-to-65-years', answers: { 'q-function': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a 7-year-old with a gaping cut on the chin: GP today, to close it within hours', () => {
    const result = triage('wond', { age: '4-to-12-years', answers: { 'q-function': 'no', 'q-gaping': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.urgency).toBe('U3');
  });

  it('a 50-year-old whose cut from three days ago is getting redder with pus: GP today', () => {
    expect(triage('wond', { age: '18-to-65-years', answers: { 'q-function': 'no', 'q-gaping': 'no', 'q-infected': 'yes' } }).id).toBe(
      'o-today',
    );
  });

  it('a 60-year-old gardener who stepped on a rusty nail and does not know when the last tetanus shot was: GP today for the shot', () => {
    const result = triage('wond', { age: '18-to-65-years', answers: { ...CLEAN_SMALL, 'q-dirty': 'yes', 'q-tetanus': 'unknown' } });
    expect(result.id).toBe('o-tetanus');
    expect(result.outcome.channel).toBe('gp-today');
    expect(result.outcome.thuisarts).toContain('ik-heb-wond-moet-ik-prik-halen-tegen-tetanus');
  });

  it('a dirty graze in a 30-year-old whose tetanus shot was 3 years ago: self-care', () => {
    expect(triage('wond', { age: '18-to-65-years', answers: { ...CLEAN_SMALL, 'q-dirty': 'yes', 'q-tetanus': 'no' } }).id).toBe(
      'o-self-care',
    );
  });

  it('a small clean cut from a kitchen knife: self-care with the Thuisarts page', () => {
    const result = triage('wond', { age: '18-to-65-years', answers: { ...CLEAN_SMALL, 'q-dirty': 'no' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.thuisarts).toContain('ik-heb-wond');
  });
});
