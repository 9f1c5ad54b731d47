import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

/** No alarm signs on the red-flag questions. */
const CLEAR = { 'q-deformity': 'no', 'q-circulation': 'no', 'q-weight': 'no' } as const;

describe('letsel-arm-been', () => {
  it('field case: a painful wrist in a visibly abnormal position → urgent physical assessment, never e-consult or wait', () => {
    const result = triage('letsel-arm-been', { age: '18-to-65-years', answers: { 'q-deformity': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.channel).toBe('urgent-gp');
    expect(['U2', 'U3']).toContain(result.outcome.urgency);
  });

  it('the same wrist on a Saturday night still goes to the urgent line (the post), not to the next working day', () => {
    const result = triage('letsel-arm-been', {
      age: '70-years-or-older',
      at: '2026-11-28T22:00:00+01:00',
      answers: { 'q-deformity': 'yes' },
    });
    expect(result.outcome.channel).toBe('urgent-gp');
  });

  it('a cyclist who does not know whether the bone went through the skin ("weet ik niet"): urgent', () => {
    expect(triage('letsel-arm-been', { age: '18-to-65-years', answers: { 'q-deformity': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a 40-year-old with a swollen forearm whose fingers are cold and numb: urgent', () => {
    expect(triage('letsel-arm-been', { age: '18-to-65-years', answers: { 'q-deformity': 'no', 'q-circulation': 'yes' } }).id).toBe(
      'o-urgent',
    );
  });

  it('a 75-year-old who fell and cannot put any weight on her leg: urgent', () => {
    const result = triage('letsel-arm-been', {
      age: '70-years-or-older',
      answers: { 'q-deformity': 'no', 'q-circulation': 'no', 'q-weight': 'yes' },
    });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
  });

  it('a teenager with pain 9 out of 10 after a fall on the hand: urgent', () => {
    expect(triage('letsel-arm-been', { age: '12-to-16-years', answers: { ...CLEAR, 'q-pain': 9 } }).id).toBe('o-urgent');
  });

  it('a 10-month-old who rolled off the changing table and cries when the leg is touched: GP today', () => {
    const result = triage('letsel-arm-been', { age: '3-to-12-months', answers: CLEAR });
    expect(result.id).toBe('o-today');
    expect(result.outcome.urgency).toBe('U3');
  });

  it("a 2-year-old lifted up by the hand who now keeps the arm still (nursemaid's elbow): GP today", () => {
    const result = triage('letsel-arm-been', { age: '1-to-4-years', answers: { ...CLEAR, 'q-pulled-elbow': 'yes' } });
    expect(result.id).toBe('o-elbow');
    expect(result.outcome.channel).toBe('gp-today');
    expect(result.outcome.thuisarts).toContain('mijn-kind-heeft-elleboog-uit-kom');
  });

  it('a parent who is not sure whether the arm was pulled ("weet ik niet"): GP today for the elbow', () => {
    expect(triage('letsel-arm-been', { age: '1-to-4-years', answers: { ...CLEAR, 'q-pulled-elbow': 'unknown' } }).id).toBe('o-elbow');
  });

  it('a 30-year-old footballer whose ankle bone hurts a lot when pressed: GP today for a possible fracture', () => {
    const result = triage('letsel-arm-been', { age: '18-to-65-years', answers: { ...CLEAR, 'q-pain': 6, 'q-bone': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.channel).toBe('gp-today');
  });

  it('a 45-year-old whose knee is no better ten days after a twist: own GP within a working day', () => {
    const result = triage('letsel-arm-been', {
      age: '18-to-65-years',
      answers: { ...CLEAR, 'q-pain': 4, 'q-bone': 'no', 'q-not-better': 'yes' },
    });
    expect(result.id).toBe('o-gp-next');
    expect(result.outcome.channel).toBe('gp-next-working-day');
  });

  it('a 25-year-old with a sprained ankle who can walk on it, no bone pain: self-care with the Thuisarts page', () => {
    const result = triage('letsel-arm-been', {
      age: '18-to-65-years',
      answers: { ...CLEAR, 'q-pain': 5, 'q-bone': 'no', 'q-not-better': 'no' },
    });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.channel).toBe('self-care');
    expect(result.outcome.thuisarts).toContain('ik-heb-mijn-enkel-verzwikt');
  });

  it('an 8-year-old who bumped an arm, no pulled arm, little pain: self-care', () => {
    const result = triage('letsel-arm-been', {
      age: '4-to-12-years',
      answers: { ...CLEAR, 'q-pulled-elbow': 'no', 'q-pain': 2, 'q-bone': 'no', 'q-not-better': 'no' },
    });
    expect(result.id).toBe('o-self-care');
  });
});

// Review 2026-12-04, pattern "number questions without weet ik niet": pain after a fall that cannot be
// put on a scale is taken as severe pain (8 or more).
describe('letsel-arm-been: "weet ik niet" on the pain score', () => {
  it('a 14-year-old after a fall who cannot give the pain a number: urgent line, as for a score of 8', () => {
    expect(triage('letsel-arm-been', { age: '12-to-16-years', answers: { ...CLEAR, 'q-pain': 'unknown' } }).id).toBe('o-urgent');
  });
});
