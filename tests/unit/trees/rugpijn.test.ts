import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const RED_FLAGS_CLEAR = { 'q-aorta': 'no', 'q-cauda': 'no' } as const;
const CALM = { ...RED_FLAGS_CLEAR, 'q-serious': 'no', 'q-leg': 'no' } as const;

describe('rugpijn', () => {
  it('a 68-year-old with sudden tearing pain in back and belly, pale and sweaty: 112', () => {
    const result = triage('rugpijn', { age: '18-to-65-years', answers: { 'q-aorta': 'yes' } });
    expect(result.id).toBe('o-112');
    expect(result.outcome.channel).toBe('emergency-112');
  });

  it('a 45-year-old with back pain who cannot pee and feels numb around the anus (cauda equina): urgent GP, U2', () => {
    const result = triage('rugpijn', { age: '18-to-65-years', answers: { 'q-aorta': 'no', 'q-cauda': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
    expect(result.outcome.channel).toBe('urgent-gp');
  });

  it('someone who is not sure about the numb feeling ("weet ik niet"): urgent', () => {
    expect(triage('rugpijn', { age: '18-to-65-years', answers: { 'q-aorta': 'no', 'q-cauda': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a 75-year-old with back pain since a fall yesterday: GP today', () => {
    const result = triage('rugpijn', { age: '70-years-or-older', answers: { ...RED_FLAGS_CLEAR, 'q-serious': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.urgency).toBe('U3');
  });

  it('a 50-year-old with sciatica and a dragging foot: GP today', () => {
    expect(triage('rugpijn', { age: '18-to-65-years', answers: { ...RED_FLAGS_CLEAR, 'q-serious': 'no', 'q-leg': 'yes' } }).id).toBe(
      'o-today',
    );
  });

  it('a 35-year-old with pain 9 out of 10 despite paracetamol: GP today', () => {
    expect(triage('rugpijn', { age: '18-to-65-years', answers: { ...CALM, 'q-pain': 9 } }).id).toBe('o-today');
  });

  it('a 40-year-old with back pain for 8 weeks: e-consult', () => {
    const result = triage('rugpijn', { age: '18-to-65-years', answers: { ...CALM, 'q-pain': 4, 'q-weeks': 8 } });
    expect(result.id).toBe('o-e-consult');
    expect(result.outcome.channel).toBe('e-consult');
  });

  it('a 30-year-old with ordinary low back pain since lifting a box two days ago: self-care with Thuisarts', () => {
    const result = triage('rugpijn', { age: '18-to-65-years', answers: { ...CALM, 'q-pain': 6, 'q-weeks': 0 } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.thuisarts).toContain('ik-heb-pijn-onderrug');
  });
});
