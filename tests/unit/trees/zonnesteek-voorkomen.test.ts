import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

describe('zonnesteek-voorkomen', () => {
  it('field case: preventing sunstroke → self-care with the Thuisarts page', () => {
    const result = triage('zonnesteek-voorkomen', { answers: { 'q-complaints-now': 'no' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.channel).toBe('self-care');
    expect(result.outcome.urgency).toBe('U5');
    expect(result.outcome.thuisarts).toContain('wat-kan-ik-doen-bij-warm-weer');
  });

  it('a grandparent asking for tips who already has a headache and nausea: on to the questions about the complaint', () => {
    const result = triage('zonnesteek-voorkomen', { age: '70-years-or-older', answers: { 'q-complaints-now': 'yes' } });
    expect(result.id).toBe('o-complaint');
    expect(result.outcome.channel).toBe('medical-triage');
    expect(result.outcome.urgency).toBeUndefined();
  });

  it('someone who is not sure whether their child has complaints ("weet ik niet"): on to the questions about the complaint', () => {
    expect(triage('zonnesteek-voorkomen', { age: '4-to-12-years', answers: { 'q-complaints-now': 'unknown' } }).id).toBe('o-complaint');
  });

  it('runs without the ABCDE screen (an advice tree has no preamble)', () => {
    expect(() => triage('zonnesteek-voorkomen', { answers: { 'q-breathing': 'no', 'q-complaints-now': 'no' } })).toThrow(/q-breathing/);
  });
});
