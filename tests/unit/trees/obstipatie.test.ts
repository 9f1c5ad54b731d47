/**
 * Constipation (v0.2.0): the blockage question is now an "any of these" list (review pattern 3),
 * so vomiting, no wind, a swelling belly or very bad pain each lead to the GP within the hour.
 */
import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

const adult = '18-to-65-years';

describe('obstipatie: what a row cannot say', () => {
  it('self-care links the Thuisarts page on constipation, the child outcome the child page', () => {
    const calm = { 'q-blocked': 'no', 'q-alarm': 'no', 'q-long': 'no' } as const;
    expect(triage('obstipatie', { age: adult, answers: calm }).outcome.thuisarts).toEqual(['ik-kan-moeilijk-poepen']);
    expect(triage('obstipatie', { age: '4-to-12-years', answers: calm }).outcome.thuisarts).toEqual(['mijn-kind-kan-moeilijk-poepen']);
  });
});
