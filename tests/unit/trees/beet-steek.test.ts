import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

describe('beet-steek', () => {
  it('a wasp sting followed by swollen lips and trouble breathing (anaphylaxis): 112', () => {
    const result = triage('beet-steek', { age: '18-to-65-years', answers: { 'q-anaphylaxis': 'yes' } });
    expect(result.id).toBe('o-112');
    expect(result.outcome.channel).toBe('emergency-112');
  });

  it('a child stung in the mouth whose parent is unsure about swelling ("weet ik niet"): 112', () => {
    expect(triage('beet-steek', { age: '4-to-12-years', answers: { 'q-anaphylaxis': 'unknown' } }).id).toBe('o-112');
  });

  it('a 35-year-old bitten in the hand by a cat, skin broken: GP today (antibiotics, tetanus)', () => {
    const result = triage('beet-steek', {
      age: '18-to-65-years',
      answers: { 'q-anaphylaxis': 'no', 'q-what': 'bite', 'q-bite-skin': 'yes' },
    });
    expect(result.id).toBe('o-today');
    expect(result.outcome.channel).toBe('gp-today');
    expect(result.outcome.thuisarts).toContain('ik-heb-bijtwond');
  });

  it('a dog nipped a 9-year-old through the trousers, skin intact, not infected: self-care', () => {
    const result = triage('beet-steek', {
      age: '4-to-12-years',
      answers: { 'q-anaphylaxis': 'no', 'q-what': 'bite', 'q-bite-skin': 'no', 'q-infected': 'no' },
    });
    expect(result.id).toBe('o-self-care');
  });

  it('a red ring growing around a tick bite from last week (Lyme?): own GP within a working day', () => {
    const result = triage('beet-steek', { age: '18-to-65-years', answers: { 'q-anaphylaxis': 'no', 'q-what': 'tick', 'q-ring': 'yes' } });
    expect(result.id).toBe('o-lyme');
    expect(result.outcome.urgency).toBe('U4');
    expect(result.outcome.thuisarts).toContain('ik-heb-ziekte-van-lyme');
  });

  it('a tick removed from a 5-year-old, no ring: self-care with how to remove a tick', () => {
    const result = triage('beet-steek', { age: '4-to-12-years', answers: { 'q-anaphylaxis': 'no', 'q-what': 'tick', 'q-ring': 'no' } });
    expect(result.id).toBe('o-tick');
    expect(result.outcome.thuisarts).toContain('hoe-verwijder-ik-teek');
  });

  it('a wasp sting on the arm that is getting redder and hotter after two days: GP today', () => {
    expect(
      triage('beet-steek', { age: '18-to-65-years', answers: { 'q-anaphylaxis': 'no', 'q-what': 'sting', 'q-infected': 'yes' } }).id,
    ).toBe('o-today');
  });

  it('a bee sting with a local bump only: self-care with the Thuisarts page', () => {
    const result = triage('beet-steek', {
      age: '18-to-65-years',
      answers: { 'q-anaphylaxis': 'no', 'q-what': 'sting', 'q-infected': 'no' },
    });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.thuisarts).toContain('ik-ben-gestoken-door-insect');
  });

  it('someone who does not know what bit them, with an itchy bump: self-care', () => {
    expect(
      triage('beet-steek', { age: '18-to-65-years', answers: { 'q-anaphylaxis': 'no', 'q-what': 'unknown', 'q-infected': 'no' } }).id,
    ).toBe('o-self-care');
  });
});
