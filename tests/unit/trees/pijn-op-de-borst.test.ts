import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

describe('pijn-op-de-borst', () => {
  it('a 58-year-old with a heavy, squeezing pain spreading to the left arm: 112', () => {
    expect(triage('pijn-op-de-borst', { age: '18-to-70-years', answers: { 'q-heart-signs': 'yes' } }).id).toBe('o-112');
  });
  it('someone who cannot tell whether the pain spreads (weet ik niet): 112', () => {
    expect(triage('pijn-op-de-borst', { age: '18-to-70-years', answers: { 'q-heart-signs': 'unknown' } }).id).toBe('o-112');
  });
  it('a 64-year-old with a stent and a vague chest pain: call the GP now', () => {
    expect(triage('pijn-op-de-borst', { age: '18-to-70-years', answers: { 'q-heart-signs': 'no', 'q-heart-disease': 'yes' } }).id).toBe(
      'o-urgent',
    );
  });
  it('not sure about a heart condition: call the GP now', () => {
    expect(triage('pijn-op-de-borst', { age: '18-to-70-years', answers: { 'q-heart-signs': 'no', 'q-heart-disease': 'unknown' } }).id).toBe(
      'o-urgent',
    );
  });
  it('a 45-year-old with chest pain that does not change with pressing or moving: call the GP now', () => {
    expect(
      triage('pijn-op-de-borst', { age: '18-to-70-years', answers: { 'q-heart-signs': 'no', 'q-heart-disease': 'no', 'q-pressing': 'no' } })
        .id,
    ).toBe('o-urgent');
  });
  it('pain that may or may not change with moving (weet ik niet): call the GP now', () => {
    expect(
      triage('pijn-op-de-borst', {
        age: '18-to-70-years',
        answers: { 'q-heart-signs': 'no', 'q-heart-disease': 'no', 'q-pressing': 'unknown' },
      }).id,
    ).toBe('o-urgent');
  });
  it('a 40-year-old with a sore rib, cough and fever: GP today', () => {
    expect(
      triage('pijn-op-de-borst', {
        age: '18-to-70-years',
        answers: { 'q-heart-signs': 'no', 'q-heart-disease': 'no', 'q-pressing': 'yes', 'q-fever': 'yes' },
      }).id,
    ).toBe('o-today');
  });
  it('a muscular chest pain scored 9 out of 10: call the GP now', () => {
    expect(
      triage('pijn-op-de-borst', {
        age: '18-to-70-years',
        answers: { 'q-heart-signs': 'no', 'q-heart-disease': 'no', 'q-pressing': 'yes', 'q-fever': 'no', 'q-pain': 9 },
      }).id,
    ).toBe('o-urgent');
  });
  it('a 35-year-old with a sore chest muscle scored 6: own GP, not urgent', () => {
    expect(
      triage('pijn-op-de-borst', {
        age: '18-to-70-years',
        answers: { 'q-heart-signs': 'no', 'q-heart-disease': 'no', 'q-pressing': 'yes', 'q-fever': 'no', 'q-pain': 6 },
      }).id,
    ).toBe('o-next-day');
  });
  it('a 75-year-old with a mild muscular chest pain: own GP, not self-care', () => {
    expect(
      triage('pijn-op-de-borst', {
        age: '70-years-or-older',
        answers: { 'q-heart-signs': 'no', 'q-heart-disease': 'no', 'q-pressing': 'yes', 'q-fever': 'no', 'q-pain': 3 },
      }).id,
    ).toBe('o-next-day');
  });
  it('a 30-year-old with a sore spot after lifting weights, pain 3: self-care', () => {
    expect(
      triage('pijn-op-de-borst', {
        age: '18-to-70-years',
        answers: { 'q-heart-signs': 'no', 'q-heart-disease': 'no', 'q-pressing': 'yes', 'q-fever': 'no', 'q-pain': 3 },
      }).id,
    ).toBe('o-self-care');
  });
});
