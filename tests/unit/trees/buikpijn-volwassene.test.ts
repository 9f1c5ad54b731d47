import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const adult = '18-to-65-years';
const calm = { 'q-shock': 'no', 'q-alarm': 'no' };

describe('buikpijn-volwassene', () => {
  it('a 60-year-old who fainted from sudden belly pain and is now pale and clammy: 112', () => {
    expect(triage('buikpijn-volwassene', { age: adult, answers: { 'q-shock': 'yes' } }).id).toBe('o-112');
  });

  it('a 40-year-old with black, tarry stools and belly pain: call the GP now', () => {
    const result = triage('buikpijn-volwassene', { age: adult, answers: { 'q-shock': 'no', 'q-alarm': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
  });

  it('someone who does not know whether the alarm signs apply: escalates to the GP now', () => {
    expect(triage('buikpijn-volwassene', { age: adult, answers: { 'q-shock': 'no', 'q-alarm': 'unknown' } }).id).toBe('o-urgent');
  });

  it('"weet ik niet" on fainting escalates to 112', () => {
    expect(triage('buikpijn-volwassene', { age: adult, answers: { 'q-shock': 'unknown' } }).id).toBe('o-112');
  });

  it('a 35-year-old with belly pain scored 9 out of 10: call the GP now', () => {
    expect(triage('buikpijn-volwassene', { age: adult, answers: { ...calm, 'q-pain': 9 } }).id).toBe('o-urgent');
  });

  it('a 22-year-old whose pain moved to the lower right and hurts when coughing: appendicitis, call the GP today, within hours', () => {
    const result = triage('buikpijn-volwassene', { age: adult, answers: { ...calm, 'q-pain': 6, 'q-appendix': 'yes' } });
    expect(result.id).toBe('o-appendix');
    expect(result.outcome.channel).toBe('gp-today');
    expect(result.outcome.thuisarts).toContain('ik-denk-dat-ik-blindedarm-ontsteking-heb');
  });

  it('a 50-year-old with known gallstones and the usual attack: GP today', () => {
    const result = triage('buikpijn-volwassene', {
      age: adult,
      answers: { ...calm, 'q-pain': 7, 'q-appendix': 'no', 'q-stones': 'yes' },
    });
    expect(result.id).toBe('o-stones');
    expect(result.outcome.channel).toBe('gp-today');
  });

  it('a pregnant woman with mild belly pain and no alarm signs: GP today (risk group)', () => {
    expect(
      triage('buikpijn-volwassene', {
        age: adult,
        answers: { ...calm, 'q-pain': 3, 'q-appendix': 'no', 'q-stones': 'no', 'q-risk': 'yes' },
      }).id,
    ).toBe('o-today');
  });

  it('a 30-year-old with moderate pain (6 of 10) and nothing else: GP today', () => {
    expect(
      triage('buikpijn-volwassene', {
        age: adult,
        answers: { ...calm, 'q-pain': 6, 'q-appendix': 'no', 'q-stones': 'no', 'q-risk': 'no' },
      }).id,
    ).toBe('o-today');
  });

  it('a 78-year-old with mild belly pain: GP today because of age', () => {
    expect(
      triage('buikpijn-volwassene', {
        age: '70-years-or-older',
        answers: { ...calm, 'q-pain': 3, 'q-appendix': 'no', 'q-stones': 'no', 'q-risk': 'no' },
      }).id,
    ).toBe('o-today');
  });

  it('a 55-year-old with belly pain for three weeks and weight loss: GP appointment', () => {
    expect(
      triage('buikpijn-volwassene', {
        age: adult,
        answers: { ...calm, 'q-pain': 3, 'q-appendix': 'no', 'q-stones': 'no', 'q-risk': 'no', 'q-long': 'yes', 'q-weight': 'yes' },
      }).id,
    ).toBe('o-next-day');
  });

  it('a 28-year-old with recurring mild belly pain for a month, no weight loss: e-consult', () => {
    expect(
      triage('buikpijn-volwassene', {
        age: adult,
        answers: { ...calm, 'q-pain': 2, 'q-appendix': 'no', 'q-stones': 'no', 'q-risk': 'no', 'q-long': 'yes', 'q-weight': 'no' },
      }).id,
    ).toBe('o-e-consult');
  });

  it('a 25-year-old with mild cramps since this morning: self-care', () => {
    const result = triage('buikpijn-volwassene', {
      age: adult,
      answers: { ...calm, 'q-pain': 3, 'q-appendix': 'no', 'q-stones': 'no', 'q-risk': 'no', 'q-long': 'no' },
    });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.thuisarts).toEqual(['ik-heb-buikpijn']);
  });
});
