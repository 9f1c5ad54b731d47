import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

describe('kortademig', () => {
  it('a 40-year-old, suddenly breathless with chest pain on breathing in after a long flight: 112', () => {
    expect(triage('kortademig', { age: '18-to-65-years', answers: { 'q-sudden-chest': 'yes' } }).id).toBe('o-112');
  });
  it('sudden breathlessness, unsure about the other signs (weet ik niet): 112', () => {
    expect(triage('kortademig', { age: '18-to-65-years', answers: { 'q-sudden-chest': 'unknown' } }).id).toBe('o-112');
  });
  it('a 3-year-old whose skin pulls in between the ribs with every breath: call the GP now', () => {
    expect(triage('kortademig', { age: '1-to-4-years', answers: { 'q-sudden-chest': 'no', 'q-hard-breathing': 'yes' } }).id).toBe(
      'o-urgent',
    );
  });
  it('a 6-month-old with a cold who drinks less than half of the usual: call the GP now', () => {
    expect(
      triage('kortademig', { age: '3-to-12-months', answers: { 'q-sudden-chest': 'no', 'q-hard-breathing': 'no', 'q-baby-drink': 'yes' } })
        .id,
    ).toBe('o-urgent');
  });
  it('a parent not sure whether the baby pauses breathing (weet ik niet): call the GP now', () => {
    expect(
      triage('kortademig', {
        age: '3-to-12-months',
        answers: { 'q-sudden-chest': 'no', 'q-hard-breathing': 'no', 'q-baby-drink': 'unknown' },
      }).id,
    ).toBe('o-urgent');
  });
  it('a 25-year-old with asthma whose reliever does not help after 10 minutes: call the GP now', () => {
    expect(
      triage('kortademig', { age: '18-to-65-years', answers: { 'q-sudden-chest': 'no', 'q-hard-breathing': 'no', 'q-attack': 'yes' } }).id,
    ).toBe('o-attack');
  });
  it('a 2-month-old with a stuffy nose and noisy breathing, drinking well: GP today', () => {
    expect(
      triage('kortademig', {
        age: 'under-1-month',
        answers: { 'q-sudden-chest': 'no', 'q-hard-breathing': 'no', 'q-baby-drink': 'no', 'q-attack': 'no' },
      }).id,
    ).toBe('o-today');
  });
  it('a 68-year-old with heart failure who is more breathless: GP today', () => {
    expect(
      triage('kortademig', {
        age: '18-to-65-years',
        answers: { 'q-sudden-chest': 'no', 'q-hard-breathing': 'no', 'q-attack': 'no', 'q-risk': 'yes' },
      }).id,
    ).toBe('o-today');
  });
  it('a 30-year-old, breathless for three weeks with no cold: own GP, not urgent', () => {
    expect(
      triage('kortademig', {
        age: '18-to-65-years',
        answers: { 'q-sudden-chest': 'no', 'q-hard-breathing': 'no', 'q-attack': 'no', 'q-risk': 'no', 'q-cold': 'no' },
      }).id,
    ).toBe('o-next-day');
  });
  it('not sure whether it is just the cold (weet ik niet): own GP, not self-care', () => {
    expect(
      triage('kortademig', {
        age: '18-to-65-years',
        answers: { 'q-sudden-chest': 'no', 'q-hard-breathing': 'no', 'q-attack': 'no', 'q-risk': 'no', 'q-cold': 'unknown' },
      }).id,
    ).toBe('o-next-day');
  });
  it('a 35-year-old a little breathless with a cold for two days, otherwise fine: self-care', () => {
    expect(
      triage('kortademig', {
        age: '18-to-65-years',
        answers: { 'q-sudden-chest': 'no', 'q-hard-breathing': 'no', 'q-attack': 'no', 'q-risk': 'no', 'q-cold': 'yes' },
      }).id,
    ).toBe('o-self-care');
  });
  it('a 5-year-old breathing a bit noisily with a cold, playing and drinking: self-care with the child page', () => {
    expect(
      triage('kortademig', {
        age: '4-to-12-years',
        answers: { 'q-sudden-chest': 'no', 'q-hard-breathing': 'no', 'q-attack': 'no', 'q-risk': 'no', 'q-cold': 'yes' },
      }).id,
    ).toBe('o-self-care-child');
  });
});
