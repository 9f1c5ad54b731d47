import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

describe('hoofdletsel', () => {
  it('a 35-year-old cyclist hit by a car, with neck pain: 112', () => {
    expect(triage('hoofdletsel', { age: '18-to-65-years', answers: { 'q-major': 'yes' } }).id).toBe('o-112');
  });
  it('nobody saw how the fall happened (weet ik niet): 112', () => {
    expect(triage('hoofdletsel', { age: '18-to-65-years', answers: { 'q-major': 'unknown' } }).id).toBe('o-112');
  });
  it('a 20-year-old who vomited twice after a blow to the head: call the GP now', () => {
    expect(triage('hoofdletsel', { age: '18-to-65-years', answers: { 'q-major': 'no', 'q-brain': 'yes' } }).id).toBe('o-urgent');
  });
  it('a 6-year-old with clear fluid from the nose after a fall: call the GP now', () => {
    expect(triage('hoofdletsel', { age: '4-to-12-years', answers: { 'q-major': 'no', 'q-brain': 'yes' } }).id).toBe('o-urgent');
  });
  it('a 60-year-old on rivaroxaban who bumped his head on a cupboard: call the GP now', () => {
    expect(triage('hoofdletsel', { age: '18-to-65-years', answers: { 'q-major': 'no', 'q-brain': 'no', 'q-thinners': 'yes' } }).id).toBe(
      'o-urgent',
    );
  });
  it('a 50-year-old who is not sure about her medicines (weet ik niet): call the GP now', () => {
    expect(
      triage('hoofdletsel', { age: '18-to-65-years', answers: { 'q-major': 'no', 'q-brain': 'no', 'q-thinners': 'unknown' } }).id,
    ).toBe('o-urgent');
  });
  it('an 8-month-old who rolled off the bed, no other signs: GP today (baby under 1)', () => {
    expect(triage('hoofdletsel', { age: '3-to-12-months', answers: { 'q-major': 'no', 'q-brain': 'no' } }).id).toBe('o-today');
  });
  it('a 75-year-old who bumped her head, no blood thinners, no signs: GP today (age 70 or older)', () => {
    expect(triage('hoofdletsel', { age: '70-years-or-older', answers: { 'q-major': 'no', 'q-brain': 'no', 'q-thinners': 'no' } }).id).toBe(
      'o-today',
    );
  });
  it('a 40-year-old with a gaping cut on the forehead: GP today', () => {
    expect(
      triage('hoofdletsel', { age: '18-to-65-years', answers: { 'q-major': 'no', 'q-brain': 'no', 'q-thinners': 'no', 'q-wound': 'yes' } })
        .id,
    ).toBe('o-today');
  });
  it('a 30-year-old who hit his head on a kitchen cupboard, only a small lump: self-care with a 24-hour watch list', () => {
    expect(
      triage('hoofdletsel', { age: '18-to-65-years', answers: { 'q-major': 'no', 'q-brain': 'no', 'q-thinners': 'no', 'q-wound': 'no' } })
        .id,
    ).toBe('o-self-care');
  });
  it('a 3-year-old who bumped her head on a table, cried briefly and is playing again: self-care with the child page', () => {
    expect(triage('hoofdletsel', { age: '1-to-4-years', answers: { 'q-major': 'no', 'q-brain': 'no', 'q-wound': 'no' } }).id).toBe(
      'o-self-care-child',
    );
  });
});
