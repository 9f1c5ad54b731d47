import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

describe('flauwvallen', () => {
  it('a 16-year-old who collapsed while running and is fine now: call the GP now', () => {
    expect(triage('flauwvallen', { age: '16-to-18-years', answers: { 'q-cardiac': 'yes' } }).id).toBe('o-urgent');
  });
  it('nobody saw what happened before the faint (weet ik niet): call the GP now', () => {
    expect(triage('flauwvallen', { age: '18-to-65-years', answers: { 'q-cardiac': 'unknown' } }).id).toBe('o-urgent');
  });
  it('a 78-year-old on apixaban who hit her head when she fainted: call the GP now', () => {
    expect(
      triage('flauwvallen', { age: '70-years-or-older', answers: { 'q-cardiac': 'no', 'q-injury': 'yes', 'q-thinners': 'yes' } }).id,
    ).toBe('o-urgent');
  });
  it('a 40-year-old with a gaping cut on the chin after fainting, no blood thinners: GP today', () => {
    expect(triage('flauwvallen', { age: '18-to-65-years', answers: { 'q-cardiac': 'no', 'q-injury': 'yes', 'q-thinners': 'no' } }).id).toBe(
      'o-today',
    );
  });
  it('a 10-year-old who fainted at school and cut her lip badly: GP today', () => {
    expect(triage('flauwvallen', { age: '4-to-12-years', answers: { 'q-cardiac': 'no', 'q-injury': 'yes' } }).id).toBe('o-today');
  });
  it('a 30-year-old pregnant woman who fainted, not hurt: GP today', () => {
    expect(triage('flauwvallen', { age: '18-to-65-years', answers: { 'q-cardiac': 'no', 'q-injury': 'no', 'q-risk': 'yes' } }).id).toBe(
      'o-today',
    );
  });
  it('a 75-year-old fainting for the first time ever: GP today', () => {
    expect(
      triage('flauwvallen', {
        age: '70-years-or-older',
        answers: { 'q-cardiac': 'no', 'q-injury': 'no', 'q-risk': 'no', 'q-first-time': 'yes' },
      }).id,
    ).toBe('o-today');
  });
  it('a 75-year-old who has fainted before, now fully recovered: own GP, not urgent', () => {
    expect(
      triage('flauwvallen', {
        age: '70-years-or-older',
        answers: { 'q-cardiac': 'no', 'q-injury': 'no', 'q-risk': 'no', 'q-first-time': 'no' },
      }).id,
    ).toBe('o-next-day');
  });
  it('a 25-year-old who fainted without the usual warning signs: own GP, not urgent', () => {
    expect(
      triage('flauwvallen', { age: '18-to-65-years', answers: { 'q-cardiac': 'no', 'q-injury': 'no', 'q-risk': 'no', 'q-classic': 'no' } })
        .id,
    ).toBe('o-next-day');
  });
  it('a 19-year-old who fainted at a blood test, felt it coming and was fine in two minutes: self-care', () => {
    expect(
      triage('flauwvallen', { age: '18-to-65-years', answers: { 'q-cardiac': 'no', 'q-injury': 'no', 'q-risk': 'no', 'q-classic': 'yes' } })
        .id,
    ).toBe('o-self-care');
  });
  it('a 14-year-old who fainted after standing long in a warm church: self-care', () => {
    expect(
      triage('flauwvallen', { age: '12-to-16-years', answers: { 'q-cardiac': 'no', 'q-injury': 'no', 'q-risk': 'no', 'q-classic': 'yes' } })
        .id,
    ).toBe('o-self-care');
  });
});
