import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

describe('verward', () => {
  it('an 80-year-old on insulin who is confused and sweaty: give sugar and call the GP now', () => {
    expect(triage('verward', { age: '70-years-or-older', answers: { 'q-sugar': 'yes' } }).id).toBe('o-sugar');
  });
  it('a carer who does not know whether the person has diabetes (weet ik niet): call the GP now', () => {
    expect(triage('verward', { age: '70-years-or-older', answers: { 'q-sugar': 'unknown' } }).id).toBe('o-sugar');
  });
  it('an 85-year-old, confused since yesterday, with fever and hardly drinking: call the GP now', () => {
    expect(triage('verward', { age: '70-years-or-older', answers: { 'q-sugar': 'no', 'q-sudden': 'yes', 'q-signs': 'yes' } }).id).toBe(
      'o-urgent',
    );
  });
  it('a daughter unsure whether the confusion is new and unsure about fever: call the GP now', () => {
    expect(
      triage('verward', { age: '70-years-or-older', answers: { 'q-sugar': 'no', 'q-sudden': 'unknown', 'q-signs': 'unknown' } }).id,
    ).toBe('o-urgent');
  });
  it('a 78-year-old, restless and seeing things since this morning, drinking well, no fever: GP today', () => {
    expect(triage('verward', { age: '70-years-or-older', answers: { 'q-sugar': 'no', 'q-sudden': 'yes', 'q-signs': 'no' } }).id).toBe(
      'o-today',
    );
  });
  it('a 60-year-old who has been muddled for a few weeks, not sudden, not slowly over months: own GP, not urgent', () => {
    expect(triage('verward', { age: '18-to-65-years', answers: { 'q-sugar': 'no', 'q-sudden': 'no', 'q-long': 'no' } }).id).toBe(
      'o-next-day',
    );
  });
  it('a 76-year-old who has become slowly more forgetful over the past year: appointment at the practice', () => {
    expect(triage('verward', { age: '70-years-or-older', answers: { 'q-sugar': 'no', 'q-sudden': 'no', 'q-long': 'yes' } }).id).toBe(
      'o-own-practice',
    );
  });
});
