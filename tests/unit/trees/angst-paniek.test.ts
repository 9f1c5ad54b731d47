import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const noDanger = { 'q-suicide': 'no', 'q-chest': 'no' } as const;

describe('angst-paniek', () => {
  it('a 35-year-old with anxiety and suicidal thoughts with a plan: 113 now', () => {
    const result = triage('angst-paniek', { age: '18-to-65-years', answers: { 'q-suicide': 'yes', 'q-plan': 'yes' } });
    expect(result.id).toBe('o-crisis');
    expect(result.outcome.channel).toBe('crisis-113');
    expect(result.outcome.urgency).toBe('U1');
  });

  it('someone unsure whether they have suicidal thoughts or a plan: escalates to 113', () => {
    expect(triage('angst-paniek', { age: '18-to-65-years', answers: { 'q-suicide': 'unknown', 'q-plan': 'unknown' } }).id).toBe('o-crisis');
  });

  it('a 28-year-old with suicidal thoughts but no plan: GP today, with 113', () => {
    const result = triage('angst-paniek', { age: '18-to-65-years', answers: { 'q-suicide': 'yes', 'q-plan': 'no' } });
    expect(result.id).toBe('o-talk-today');
    expect(result.outcome.urgency).toBe('U3');
  });

  it('a 72-year-old with a first "panic attack" with chest pressure: call the GP now (rule out the heart)', () => {
    const result = triage('angst-paniek', { age: '70-years-or-older', answers: { 'q-suicide': 'no', 'q-chest': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
  });

  it('a 50-year-old who does not know whether the chest pain is new: escalates', () => {
    expect(triage('angst-paniek', { age: '18-to-65-years', answers: { 'q-suicide': 'no', 'q-chest': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a 24-year-old having one of her familiar panic attacks right now: self-care (breathing) with a safety net', () => {
    const result = triage('angst-paniek', { age: '18-to-65-years', answers: { ...noDanger, 'q-kind': 'attack-now' } });
    expect(result.id).toBe('o-breathe');
    expect(result.outcome.channel).toBe('self-care');
    expect(result.outcome.thuisarts).toContain('ik-heb-paniekaanval');
  });

  it('a 40-year-old avoiding shops and work for weeks because of anxiety: e-consult (POH-GGZ)', () => {
    const result = triage('angst-paniek', { age: '18-to-65-years', answers: { ...noDanger, 'q-kind': 'often', 'q-daily-life': 'yes' } });
    expect(result.id).toBe('o-gp');
    expect(result.outcome.channel).toBe('e-consult');
    expect(result.outcome.urgency).toBe('U5');
  });

  it('a 9-year-old who has not dared to go to school for weeks: e-consult about the child', () => {
    const result = triage('angst-paniek', { age: '4-to-12-years', answers: { ...noDanger, 'q-kind': 'often', 'q-daily-life': 'yes' } });
    expect(result.id).toBe('o-gp-child');
    expect(result.outcome.thuisarts).toContain('mijn-kind-is-vaak-bang');
  });

  it('a 30-year-old who worries now and then but manages daily life: self-care', () => {
    const answers = { ...noDanger, 'q-kind': 'often', 'q-daily-life': 'no' };
    expect(triage('angst-paniek', { age: '18-to-65-years', answers }).id).toBe('o-self-care');
  });

  it('a 6-year-old afraid of the dark, otherwise fine: self-care for the parent with the child page', () => {
    const answers = { ...noDanger, 'q-kind': 'often', 'q-daily-life': 'no' };
    const result = triage('angst-paniek', { age: '4-to-12-years', answers });
    expect(result.id).toBe('o-self-care-child');
    expect(result.outcome.thuisarts).toContain('mijn-kind-is-vaak-bang');
  });
});
