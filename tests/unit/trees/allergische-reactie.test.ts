import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const NO_SWELLING = { 'q-anaphylaxis': 'no', 'q-swelling': 'no', 'q-history': 'no' } as const;

describe('allergische-reactie', () => {
  it('a teenager who ate a peanut and has a swollen throat: 112 (use the adrenaline pen)', () => {
    const result = triage('allergische-reactie', { age: '12-to-16-years', answers: { 'q-anaphylaxis': 'yes' } });
    expect(result.id).toBe('o-112');
    expect(result.outcome.channel).toBe('emergency-112');
  });

  it('someone unsure whether breathing is getting harder ("weet ik niet"): 112', () => {
    expect(triage('allergische-reactie', { age: '18-to-65-years', answers: { 'q-anaphylaxis': 'unknown' } }).id).toBe('o-112');
  });

  it('a 30-year-old with swollen lips and eyes but normal breathing: urgent GP', () => {
    const result = triage('allergische-reactie', { age: '18-to-65-years', answers: { 'q-anaphylaxis': 'no', 'q-swelling': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.channel).toBe('urgent-gp');
    expect(result.outcome.thuisarts).toContain('ik-krijg-ineens-dikke-ogen-of-lippen');
  });

  it('a child with an EpiPen who now has hives after eating at a party: urgent GP', () => {
    expect(
      triage('allergische-reactie', { age: '4-to-12-years', answers: { 'q-anaphylaxis': 'no', 'q-swelling': 'no', 'q-history': 'yes' } })
        .id,
    ).toBe('o-urgent');
  });

  it('a 45-year-old with hives spreading all over an hour after starting a new antibiotic: GP today', () => {
    const result = triage('allergische-reactie', { age: '18-to-65-years', answers: { ...NO_SWELLING, 'q-spreading': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.urgency).toBe('U3');
  });

  it('a 35-year-old with hives coming and going for three months: e-consult', () => {
    expect(
      triage('allergische-reactie', { age: '18-to-65-years', answers: { ...NO_SWELLING, 'q-spreading': 'no', 'q-long': 'yes' } }).id,
    ).toBe('o-e-consult');
  });

  it('a few itchy hives since this morning, nothing else: self-care', () => {
    const result = triage('allergische-reactie', {
      age: '18-to-65-years',
      answers: { ...NO_SWELLING, 'q-spreading': 'no', 'q-long': 'no' },
    });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.thuisarts).toContain('ik-heb-netelroos');
  });
});
