import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const adult = '18-to-70-years';

describe('bloed-in-urine', () => {
  it('a 70-year-old man with clots in his pee who cannot pee: call the GP now', () => {
    const result = triage('bloed-in-urine', { age: '70-years-or-older', answers: { 'q-urgent': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.channel).toBe('urgent-gp');
  });

  it('"weet ik niet" on fever with back pain escalates', () => {
    expect(triage('bloed-in-urine', { age: adult, answers: { 'q-urgent': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a 40-year-old with red pee and pain in waves in his side (kidney stone?): GP today', () => {
    const result = triage('bloed-in-urine', { age: adult, answers: { 'q-urgent': 'no', 'q-colic': 'yes' } });
    expect(result.id).toBe('o-colic');
    expect(result.outcome.thuisarts).toContain('ik-heb-pijnaanval-door-niersteen');
  });

  it('a 30-year-old woman with blood in her pee and burning when peeing: GP today', () => {
    const result = triage('bloed-in-urine', { age: adult, answers: { 'q-urgent': 'no', 'q-colic': 'no', 'q-cystitis': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.thuisarts).toContain('ik-heb-bloed-in-urine');
  });

  it('a 62-year-old who once saw painless red pee: GP appointment', () => {
    const result = triage('bloed-in-urine', { age: adult, answers: { 'q-urgent': 'no', 'q-colic': 'no', 'q-cystitis': 'no' } });
    expect(result.id).toBe('o-next-day');
    expect(result.outcome.urgency).toBe('U4');
  });
});
