import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const NO_RED_FLAGS = { 'q-battery': 'no', 'q-deliberate': 'no', 'q-complaints': 'no' } as const;

describe('vergiftiging', () => {
  it('a toddler who may have swallowed a button battery from the remote control: 112 now', () => {
    const result = triage('vergiftiging', { age: '1-to-4-years', answers: { 'q-battery': 'unknown' } });
    expect(result.id).toBe('o-112-battery');
    expect(result.outcome.channel).toBe('emergency-112');
  });

  it('a 19-year-old who took a handful of pills on purpose: 112, and the advice names 113', () => {
    const result = triage('vergiftiging', { age: '18-to-65-years', answers: { 'q-battery': 'no', 'q-deliberate': 'yes' } });
    expect(result.id).toBe('o-112-deliberate');
    expect(result.outcome.channel).toBe('emergency-112');
    expect(result.outcome.advice).toContain('o-112-deliberate.help');
  });

  it('a child drooling after biting a dishwasher tablet: urgent GP', () => {
    const result = triage('vergiftiging', {
      age: '1-to-4-years',
      answers: { 'q-battery': 'no', 'q-deliberate': 'no', 'q-complaints': 'yes' },
    });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
  });

  it("a 3-year-old who found grandma's pills and may have swallowed some, no complaints yet: urgent GP", () => {
    const result = triage('vergiftiging', { age: '1-to-4-years', answers: { ...NO_RED_FLAGS, 'q-what': 'medicine' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.channel).toBe('urgent-gp');
  });

  it('an adult who took 8 grams of paracetamol over a day for toothache: urgent GP', () => {
    expect(triage('vergiftiging', { age: '18-to-65-years', answers: { ...NO_RED_FLAGS, 'q-what': 'medicine' } }).id).toBe('o-urgent');
  });

  it('a child who drank from a bottle of cleaning product: urgent GP', () => {
    expect(triage('vergiftiging', { age: '1-to-4-years', answers: { ...NO_RED_FLAGS, 'q-what': 'product' } }).id).toBe('o-urgent');
  });

  it('a carer who does not know what was swallowed ("weet ik niet"): urgent GP', () => {
    expect(triage('vergiftiging', { age: '70-years-or-older', answers: { ...NO_RED_FLAGS, 'q-what': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a 60-year-old who took the weekly methotrexate twice: urgent GP', () => {
    expect(
      triage('vergiftiging', { age: '18-to-65-years', answers: { ...NO_RED_FLAGS, 'q-what': 'usual-dose', 'q-risky-medicine': 'yes' } }).id,
    ).toBe('o-urgent');
  });

  it('a 50-year-old who took the blood pressure pill twice this morning by mistake: call the pharmacy', () => {
    const result = triage('vergiftiging', {
      age: '18-to-65-years',
      answers: { ...NO_RED_FLAGS, 'q-what': 'usual-dose', 'q-risky-medicine': 'no' },
    });
    expect(result.id).toBe('o-pharmacy');
    expect(result.outcome.channel).toBe('pharmacy');
    expect(['U4', 'U5']).toContain(result.outcome.urgency);
  });
});
