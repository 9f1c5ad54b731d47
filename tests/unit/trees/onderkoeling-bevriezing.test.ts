import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

describe('onderkoeling-bevriezing', () => {
  it('a skater who fell through the ice, ice cold and no longer shivering: 112', () => {
    const result = triage('onderkoeling-bevriezing', { age: '18-to-65-years', answers: { 'q-hypothermia': 'yes' } });
    expect(result.id).toBe('o-112');
    expect(result.outcome.channel).toBe('emergency-112');
  });

  it('someone unsure whether the person is confused ("weet ik niet"): 112', () => {
    expect(triage('onderkoeling-bevriezing', { age: '18-to-65-years', answers: { 'q-hypothermia': 'unknown' } }).id).toBe('o-112');
  });

  it('a mountaineer whose fingertips stay white and numb after warming (frostbite): urgent GP', () => {
    const result = triage('onderkoeling-bevriezing', { age: '18-to-65-years', answers: { 'q-hypothermia': 'no', 'q-frostbite': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.channel).toBe('urgent-gp');
  });

  it('an 82-year-old found on the kitchen floor after a night, cold but awake: GP today', () => {
    const result = triage('onderkoeling-bevriezing', {
      age: '70-years-or-older',
      answers: { 'q-hypothermia': 'no', 'q-frostbite': 'no', 'q-long-cold': 'yes' },
    });
    expect(result.id).toBe('o-today');
    expect(result.outcome.urgency).toBe('U3');
  });

  it('a baby whose hands felt cold on a walk, now warm again: self-care', () => {
    expect(
      triage('onderkoeling-bevriezing', {
        age: '3-to-12-months',
        answers: { 'q-hypothermia': 'no', 'q-frostbite': 'no', 'q-long-cold': 'no' },
      }).id,
    ).toBe('o-self-care');
  });

  it('a 30-year-old cyclist with cold fingers that recover in a warm room: self-care', () => {
    const result = triage('onderkoeling-bevriezing', { age: '18-to-65-years', answers: { 'q-hypothermia': 'no', 'q-frostbite': 'no' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.channel).toBe('self-care');
  });
});
