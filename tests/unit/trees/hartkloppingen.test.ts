import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

describe('hartkloppingen', () => {
  it('a 60-year-old with palpitations and a pressing chest pain right now: 112', () => {
    expect(triage('hartkloppingen', { age: '18-to-65-years', answers: { 'q-now-severe': 'yes' } }).id).toBe('o-112');
  });
  it('palpitations now, unsure about feeling faint (weet ik niet): 112', () => {
    expect(triage('hartkloppingen', { age: '18-to-65-years', answers: { 'q-now-severe': 'unknown' } }).id).toBe('o-112');
  });
  it('a 22-year-old who fainted during palpitations while playing football, now fine: call the GP now', () => {
    expect(triage('hartkloppingen', { age: '18-to-65-years', answers: { 'q-now-severe': 'no', 'q-fainted': 'yes' } }).id).toBe('o-urgent');
  });
  it('a 50-year-old whose heart has been racing irregularly for an hour without other signs: GP today', () => {
    expect(
      triage('hartkloppingen', { age: '18-to-65-years', answers: { 'q-now-severe': 'no', 'q-fainted': 'no', 'q-ongoing': 'yes' } }).id,
    ).toBe('o-today');
  });
  it('a 66-year-old with heart failure after a short bout of palpitations: GP today', () => {
    expect(
      triage('hartkloppingen', {
        age: '18-to-65-years',
        answers: { 'q-now-severe': 'no', 'q-fainted': 'no', 'q-ongoing': 'no', 'q-heart': 'other' },
      }).id,
    ).toBe('o-today');
  });
  it('not sure about a heart condition (weet ik niet): GP today', () => {
    expect(
      triage('hartkloppingen', {
        age: '18-to-65-years',
        answers: { 'q-now-severe': 'no', 'q-fainted': 'no', 'q-ongoing': 'no', 'q-heart': 'unknown' },
      }).id,
    ).toBe('o-today');
  });
  it('a 72-year-old with known atrial fibrillation after a short episode that has passed: own GP, not urgent', () => {
    expect(
      triage('hartkloppingen', {
        age: '70-years-or-older',
        answers: { 'q-now-severe': 'no', 'q-fainted': 'no', 'q-ongoing': 'no', 'q-heart': 'af' },
      }).id,
    ).toBe('o-next-day');
  });
  it('a 45-year-old with palpitations lasting half an hour yesterday, now gone: own GP, not urgent', () => {
    expect(
      triage('hartkloppingen', {
        age: '18-to-65-years',
        answers: { 'q-now-severe': 'no', 'q-fainted': 'no', 'q-ongoing': 'no', 'q-heart': 'no', 'q-short': 'no' },
      }).id,
    ).toBe('o-next-day');
  });
  it('a 35-year-old with frequent short skipped beats, worried: e-consult', () => {
    expect(
      triage('hartkloppingen', {
        age: '18-to-65-years',
        answers: { 'q-now-severe': 'no', 'q-fainted': 'no', 'q-ongoing': 'no', 'q-heart': 'no', 'q-short': 'yes', 'q-often': 'yes' },
      }).id,
    ).toBe('o-e-consult');
  });
  it('a 74-year-old with a single short thump, not worried: e-consult because of age', () => {
    expect(
      triage('hartkloppingen', {
        age: '70-years-or-older',
        answers: { 'q-now-severe': 'no', 'q-fainted': 'no', 'q-ongoing': 'no', 'q-heart': 'no', 'q-short': 'yes', 'q-often': 'no' },
      }).id,
    ).toBe('o-e-consult');
  });
  it('a 28-year-old with a racing heart for a minute after three coffees: self-care', () => {
    expect(
      triage('hartkloppingen', {
        age: '18-to-65-years',
        answers: { 'q-now-severe': 'no', 'q-fainted': 'no', 'q-ongoing': 'no', 'q-heart': 'no', 'q-short': 'yes', 'q-often': 'no' },
      }).id,
    ).toBe('o-self-care');
  });
});
