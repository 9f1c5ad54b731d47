import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

describe('hoofdpijn', () => {
  it('a 45-year-old with a sudden, explosive, worst-ever headache while lifting: 112', () => {
    expect(triage('hoofdpijn', { age: '18-to-65-years', answers: { 'q-sudden': 'yes' } }).id).toBe('o-112');
  });
  it('unsure whether the headache came on within a minute (weet ik niet): 112', () => {
    expect(triage('hoofdpijn', { age: '18-to-65-years', answers: { 'q-sudden': 'unknown' } }).id).toBe('o-112');
  });
  it('a 17-year-old with fever, headache and a stiff neck: call the GP now', () => {
    expect(triage('hoofdpijn', { age: '16-to-18-years', answers: { 'q-sudden': 'no', 'q-fever-neck': 'yes' } }).id).toBe('o-urgent');
  });
  it('a 7-year-old with a worsening headache two days after falling off a bike: call the GP now', () => {
    expect(
      triage('hoofdpijn', { age: '4-to-12-years', answers: { 'q-sudden': 'no', 'q-fever-neck': 'no', 'q-after-injury': 'yes' } }).id,
    ).toBe('o-urgent');
  });
  it('a 38-year-old with a headache scored 9 out of 10: call the GP now', () => {
    expect(
      triage('hoofdpijn', {
        age: '18-to-65-years',
        answers: { 'q-sudden': 'no', 'q-fever-neck': 'no', 'q-after-injury': 'no', 'q-pain': 9 },
      }).id,
    ).toBe('o-urgent');
  });
  it('a 32-year-old who is 34 weeks pregnant with a headache: midwife or GP today', () => {
    expect(
      triage('hoofdpijn', {
        age: '18-to-65-years',
        answers: { 'q-sudden': 'no', 'q-fever-neck': 'no', 'q-after-injury': 'no', 'q-pain': 5, 'q-pregnant': 'yes' },
      }).id,
    ).toBe('o-pregnant');
  });
  it('a 58-year-old with a new kind of headache for a week: own GP, not urgent', () => {
    expect(
      triage('hoofdpijn', {
        age: '18-to-65-years',
        answers: { 'q-sudden': 'no', 'q-fever-neck': 'no', 'q-after-injury': 'no', 'q-pain': 4, 'q-pregnant': 'no', 'q-long': 'yes' },
      }).id,
    ).toBe('o-next-day');
  });
  it('a 10-year-old waking with headaches and vomiting for weeks: own GP, not urgent', () => {
    expect(
      triage('hoofdpijn', {
        age: '4-to-12-years',
        answers: { 'q-sudden': 'no', 'q-fever-neck': 'no', 'q-after-injury': 'no', 'q-pain': 4, 'q-long': 'yes' },
      }).id,
    ).toBe('o-next-day');
  });
  it('a 30-year-old with her usual migraine attack, pain 6: self-care', () => {
    expect(
      triage('hoofdpijn', {
        age: '18-to-65-years',
        answers: { 'q-sudden': 'no', 'q-fever-neck': 'no', 'q-after-injury': 'no', 'q-pain': 6, 'q-pregnant': 'no', 'q-long': 'no' },
      }).id,
    ).toBe('o-self-care');
  });
  it('an 8-year-old with a mild headache and a cold: self-care with the child page', () => {
    expect(
      triage('hoofdpijn', {
        age: '4-to-12-years',
        answers: { 'q-sudden': 'no', 'q-fever-neck': 'no', 'q-after-injury': 'no', 'q-pain': 3, 'q-long': 'no' },
      }).id,
    ).toBe('o-self-care-child');
  });
});
