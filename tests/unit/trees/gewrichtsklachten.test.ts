import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const ADULT_CALM = { 'q-septic': 'no', 'q-gout': 'no' } as const;

describe('gewrichtsklachten', () => {
  it('a 65-year-old with a hot, red, swollen knee and a fever (septic arthritis?): urgent GP', () => {
    const result = triage('gewrichtsklachten', { age: '18-to-65-years', answers: { 'q-septic': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.channel).toBe('urgent-gp');
    expect(result.outcome.urgency).toBe('U2');
  });

  it('someone with a swollen hip prosthesis who does not know about a fever ("weet ik niet"): urgent', () => {
    expect(triage('gewrichtsklachten', { age: '70-years-or-older', answers: { 'q-septic': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a 3-year-old who limps and has a fever: GP today', () => {
    const result = triage('gewrichtsklachten', {
      age: '1-to-4-years',
      answers: { 'q-septic': 'no', 'q-child-limp': 'yes', 'q-child-fever': 'yes' },
    });
    expect(result.id).toBe('o-child-today');
    expect(result.outcome.channel).toBe('gp-today');
  });

  it('a 6-year-old who limps without a fever: own GP within a working day', () => {
    const result = triage('gewrichtsklachten', {
      age: '4-to-12-years',
      answers: { 'q-septic': 'no', 'q-child-limp': 'yes', 'q-child-fever': 'no' },
    });
    expect(result.id).toBe('o-gp-next');
    expect(result.outcome.urgency).toBe('U4');
  });

  it('a 55-year-old whose big toe became red, swollen and very painful overnight (gout-like): GP today', () => {
    const result = triage('gewrichtsklachten', { age: '18-to-65-years', answers: { 'q-septic': 'no', 'q-gout': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.thuisarts).toContain('ik-heb-jicht');
  });

  it('a 40-year-old with pain 8 out of 10 in the shoulder: GP today', () => {
    expect(triage('gewrichtsklachten', { age: '18-to-65-years', answers: { ...ADULT_CALM, 'q-pain': 8 } }).id).toBe('o-today');
  });

  it('a 60-year-old with a swollen, warm knee but no fever: own GP within a working day', () => {
    expect(triage('gewrichtsklachten', { age: '18-to-65-years', answers: { ...ADULT_CALM, 'q-pain': 5, 'q-swollen': 'yes' } }).id).toBe(
      'o-gp-next',
    );
  });

  it('a 45-year-old with stiff hands every morning for two months: e-consult', () => {
    const result = triage('gewrichtsklachten', {
      age: '18-to-65-years',
      answers: { ...ADULT_CALM, 'q-pain': 4, 'q-swollen': 'no', 'q-stiff': 'yes' },
    });
    expect(result.id).toBe('o-e-consult');
    expect(result.outcome.channel).toBe('e-consult');
  });

  it('a 14-year-old with a sore knee after sport, no limp, no swelling: self-care', () => {
    const result = triage('gewrichtsklachten', {
      age: '12-to-16-years',
      answers: { 'q-septic': 'no', 'q-child-limp': 'no', 'q-gout': 'no', 'q-pain': 3, 'q-swollen': 'no', 'q-stiff': 'no' },
    });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.channel).toBe('self-care');
  });
});

// Review 2026-12-04, pattern "number questions without weet ik niet": pain that cannot be put on a scale
// is taken as severe pain (8 or more), never as mild.
describe('gewrichtsklachten: "weet ik niet" on the pain score', () => {
  it('a 60-year-old who cannot give the knee pain a number: GP today, as for a score of 8', () => {
    expect(triage('gewrichtsklachten', { age: '18-to-65-years', answers: { ...ADULT_CALM, 'q-pain': 'unknown' } }).id).toBe('o-today');
  });
});
