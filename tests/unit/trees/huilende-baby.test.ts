import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const calm = { 'q-hurt': 'no', 'q-ill': 'no', 'q-injury': 'no', 'q-fever': 'no', 'q-different': 'no', 'q-worried': 'no' } as const;

describe('huilende-baby', () => {
  it('a parent of a 6-week-old, afraid of hurting the baby: put the baby in the cot and call now', () => {
    const result = triage('huilende-baby', { age: 'under-1-month', answers: { 'q-hurt': 'yes' } });
    expect(result.id).toBe('o-safe-call');
    expect(result.outcome.urgency).toBe('U2');
    expect(result.outcome.channel).toBe('urgent-gp');
  });

  it('a parent who does not know whether they might hurt the baby: the same urgent call', () => {
    expect(triage('huilende-baby', { age: '3-to-12-months', answers: { 'q-hurt': 'unknown' } }).id).toBe('o-safe-call');
  });

  it('a 2-month-old who is floppy and hardly drinks: call the GP now', () => {
    expect(triage('huilende-baby', { age: 'under-1-month', answers: { 'q-hurt': 'no', 'q-ill': 'yes' } }).id).toBe('o-urgent');
  });

  it('a parent unsure whether the fontanelle bulges ("weet ik niet"): escalates to urgent', () => {
    expect(triage('huilende-baby', { age: 'under-1-month', answers: { 'q-hurt': 'no', 'q-ill': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a 5-month-old who fell off the changing table and keeps crying: call the GP now', () => {
    const answers = { 'q-hurt': 'no', 'q-ill': 'no', 'q-injury': 'yes' };
    expect(triage('huilende-baby', { age: '3-to-12-months', answers }).id).toBe('o-urgent');
  });

  it('a 6-week-old crying with a temperature of 38.2 °C: urgent (fever under 3 months)', () => {
    const answers = { 'q-hurt': 'no', 'q-ill': 'no', 'q-injury': 'no', 'q-fever': 'yes' };
    const result = triage('huilende-baby', { age: 'under-1-month', answers });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
  });

  it('an 8-month-old with fever who keeps crying: GP today', () => {
    const answers = { 'q-hurt': 'no', 'q-ill': 'no', 'q-injury': 'no', 'q-fever': 'yes' };
    expect(triage('huilende-baby', { age: '3-to-12-months', answers }).id).toBe('o-today');
  });

  it('a 4-month-old crying shrilly and vomiting, no fever: GP today', () => {
    const answers = { 'q-hurt': 'no', 'q-ill': 'no', 'q-injury': 'no', 'q-fever': 'no', 'q-different': 'yes' };
    expect(triage('huilende-baby', { age: '3-to-12-months', answers }).id).toBe('o-today');
  });

  it('a parent with an uneasy feeling who already called about the crying: GP today', () => {
    const answers = { ...calm, 'q-worried': 'yes' };
    expect(triage('huilende-baby', { age: 'under-1-month', answers }).id).toBe('o-today');
  });

  it('an exhausted parent of a healthy 7-week-old who cries every evening: support from GP or consultatiebureau', () => {
    const result = triage('huilende-baby', { age: 'under-1-month', answers: { ...calm, 'q-exhausted': 'yes' } });
    expect(result.id).toBe('o-support');
    expect(result.outcome.urgency).toBe('U5');
  });

  it('a healthy 5-week-old who cries a lot in the evening, parents coping: self-care with Thuisarts', () => {
    const result = triage('huilende-baby', { age: 'under-1-month', answers: { ...calm, 'q-exhausted': 'no' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.thuisarts).toContain('mijn-baby-huilt-wat-kan-ik-doen');
  });
});
