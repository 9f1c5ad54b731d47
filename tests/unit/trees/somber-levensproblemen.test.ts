import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const noDanger = { 'q-suicide': 'no', 'q-psychosis': 'no' } as const;

describe('somber-levensproblemen', () => {
  it('field case: suicidal thoughts with a plan → 113/112 now', () => {
    const result = triage('somber-levensproblemen', { age: '18-to-65-years', answers: { 'q-suicide': 'yes', 'q-plan': 'yes' } });
    expect(result.id).toBe('o-crisis');
    expect(result.outcome.channel).toBe('crisis-113');
    expect(result.outcome.urgency).toBe('U1');
  });

  it('field case: low mood and life problems, no danger → verkennend gesprek', () => {
    const result = triage('somber-levensproblemen', { age: '18-to-65-years', answers: { ...noDanger, 'q-main': 'mood-and-life' } });
    expect(result.id).toBe('o-verkennend');
    expect(result.outcome.channel).toBe('verkennend-gesprek');
    expect(result.outcome.urgency).toBe('U5');
  });

  it('someone who answers "weet ik niet" on suicidal thoughts and on a plan: escalates to 113', () => {
    const result = triage('somber-levensproblemen', { age: '18-to-65-years', answers: { 'q-suicide': 'unknown', 'q-plan': 'unknown' } });
    expect(result.id).toBe('o-crisis');
  });

  it('a 45-year-old with suicidal thoughts but no plan or means: GP today, with 113', () => {
    const result = triage('somber-levensproblemen', { age: '18-to-65-years', answers: { 'q-suicide': 'yes', 'q-plan': 'no' } });
    expect(result.id).toBe('o-talk-today');
    expect(result.outcome.channel).toBe('gp-today');
  });

  it('a 25-year-old hearing voices that others do not hear: call the GP now, never a verkennend gesprek', () => {
    const result = triage('somber-levensproblemen', { age: '18-to-65-years', answers: { 'q-suicide': 'no', 'q-psychosis': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
  });

  it('a 60-year-old with debts and loneliness: the social domain (buurtteam, Welzijn op Recept)', () => {
    const result = triage('somber-levensproblemen', { age: '18-to-65-years', answers: { ...noDanger, 'q-main': 'practical' } });
    expect(result.id).toBe('o-social');
    expect(result.outcome.channel).toBe('social-domain');
  });

  it('a 33-year-old who has felt low for a month and sleeps badly: own practice (POH-GGZ)', () => {
    const answers = { ...noDanger, 'q-main': 'mood', 'q-daily': 'yes' };
    const result = triage('somber-levensproblemen', { age: '18-to-65-years', answers });
    expect(result.id).toBe('o-poh');
    expect(result.outcome.channel).toBe('own-practice');
  });

  it('a 50-year-old feeling a bit down for a few days, managing fine: self-care', () => {
    const answers = { ...noDanger, 'q-main': 'mood', 'q-daily': 'no' };
    expect(triage('somber-levensproblemen', { age: '18-to-65-years', answers }).id).toBe('o-self-care');
  });
});
