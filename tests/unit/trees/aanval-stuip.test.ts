import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

describe('aanval-stuip', () => {
  it('a 30-year-old whose seizure lasted about 7 minutes: 112', () => {
    expect(triage('aanval-stuip', { age: '18-to-65-years', answers: { 'q-long': 'yes' } }).id).toBe('o-112');
  });
  it('a bystander who does not know how long the seizure lasted (weet ik niet): 112', () => {
    expect(triage('aanval-stuip', { age: '18-to-65-years', answers: { 'q-long': 'unknown' } }).id).toBe('o-112');
  });
  it('a 50-year-old with insulin-treated diabetes after a seizure: call the GP now', () => {
    expect(triage('aanval-stuip', { age: '18-to-65-years', answers: { 'q-long': 'no', 'q-harm': 'yes' } }).id).toBe('o-urgent');
  });
  it('a 2-month-old baby after a short jerking spell: call the GP now', () => {
    expect(triage('aanval-stuip', { age: 'under-1-month', answers: { 'q-long': 'no', 'q-harm': 'no' } }).id).toBe('o-urgent');
  });
  it('an 18-month-old with fever and a first short febrile seizure, awake again: call the GP now', () => {
    expect(
      triage('aanval-stuip', {
        age: '1-to-4-years',
        answers: { 'q-long': 'no', 'q-harm': 'no', 'q-fever': 'yes', 'q-febrile-before': 'no' },
      }).id,
    ).toBe('o-febrile-first');
  });
  it('a 2-year-old, fever not measured (weet ik niet), no earlier febrile seizures: call the GP now', () => {
    expect(
      triage('aanval-stuip', {
        age: '1-to-4-years',
        answers: { 'q-long': 'no', 'q-harm': 'no', 'q-fever': 'unknown', 'q-febrile-before': 'no' },
      }).id,
    ).toBe('o-febrile-first');
  });
  it('a 3-year-old who had febrile seizures before and now another short one: GP today', () => {
    expect(
      triage('aanval-stuip', {
        age: '1-to-4-years',
        answers: { 'q-long': 'no', 'q-harm': 'no', 'q-fever': 'yes', 'q-febrile-before': 'yes' },
      }).id,
    ).toBe('o-febrile-again');
  });
  it('a 25-year-old with a first seizure ever, now fully recovered: call the GP now', () => {
    expect(triage('aanval-stuip', { age: '18-to-65-years', answers: { 'q-long': 'no', 'q-harm': 'no', 'q-first': 'yes' } }).id).toBe(
      'o-urgent',
    );
  });
  it('an 8-year-old without fever and a first seizure: call the GP now', () => {
    expect(
      triage('aanval-stuip', { age: '4-to-12-years', answers: { 'q-long': 'no', 'q-harm': 'no', 'q-fever': 'no', 'q-first': 'yes' } }).id,
    ).toBe('o-urgent');
  });
  it('a 40-year-old with epilepsy whose seizure was longer than usual, under 5 minutes: GP today', () => {
    expect(
      triage('aanval-stuip', { age: '18-to-65-years', answers: { 'q-long': 'no', 'q-harm': 'no', 'q-first': 'no', 'q-usual': 'no' } }).id,
    ).toBe('o-today');
  });
  it('a 35-year-old with known epilepsy after a usual short seizure, fully recovered: own GP, not urgent', () => {
    expect(
      triage('aanval-stuip', { age: '18-to-65-years', answers: { 'q-long': 'no', 'q-harm': 'no', 'q-first': 'no', 'q-usual': 'yes' } }).id,
    ).toBe('o-next-day');
  });
});
