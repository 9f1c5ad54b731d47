import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const noRedFlags = { 'q-nerves': 'no', 'q-retention': 'no', 'q-fever': 'no', 'q-infection': 'no' } as const;

describe('urineverlies', () => {
  it('a 45-year-old who suddenly leaks urine, with numb buttocks and back pain: call the GP now', () => {
    const result = triage('urineverlies', { age: '18-to-65-years', answers: { 'q-nerves': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
  });

  it('someone unsure about numbness ("weet ik niet"): escalates to urgent', () => {
    expect(triage('urineverlies', { age: '18-to-65-years', answers: { 'q-nerves': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a 78-year-old man dribbling with a full, painful belly who cannot pee: call the GP now', () => {
    const result = triage('urineverlies', { age: '70-years-or-older', answers: { 'q-nerves': 'no', 'q-retention': 'yes' } });
    expect(result.id).toBe('o-urgent');
  });

  it('a 65-year-old with leaking, fever and pain in her side: GP today', () => {
    const answers = { 'q-nerves': 'no', 'q-retention': 'no', 'q-fever': 'yes' };
    expect(triage('urineverlies', { age: '18-to-65-years', answers }).id).toBe('o-today');
  });

  it('a 40-year-old with burning when peeing and leaking: own GP within a day (painful)', () => {
    const answers = { 'q-nerves': 'no', 'q-retention': 'no', 'q-fever': 'no', 'q-infection': 'yes' };
    const result = triage('urineverlies', { age: '18-to-65-years', answers });
    expect(result.id).toBe('o-soon');
    expect(result.outcome.channel).toBe('gp-next-working-day');
    expect(result.outcome.painful).toBe(true);
  });

  it('a 48-year-old woman who leaks when she coughs or jumps, no alarm signs: ask the GP about URinControl', () => {
    const result = triage('urineverlies', { age: '18-to-65-years', answers: { ...noRedFlags, 'q-sex': 'woman' } });
    expect(result.id).toBe('o-app');
    expect(result.outcome.app).toBe('urincontrol');
    expect(result.outcome.urgency).toBe('U5');
  });

  it("a 68-year-old man who leaks a little after peeing: e-consult with the men's page", () => {
    const result = triage('urineverlies', { age: '18-to-65-years', answers: { ...noRedFlags, 'q-sex': 'man' } });
    expect(result.id).toBe('o-man');
    expect(result.outcome.thuisarts).toContain('ik-heb-problemen-met-plassen-man');
  });

  it('someone who answers "other": the e-consult branch', () => {
    const result = triage('urineverlies', { age: '18-to-65-years', answers: { ...noRedFlags, 'q-sex': 'other' } });
    expect(result.id).toBe('o-e-consult');
    expect(result.outcome.channel).toBe('e-consult');
  });
});
