/**
 * Constipation (v0.2.0): the blockage question is now an "any of these" list (review pattern 3),
 * so vomiting, no wind, a swelling belly or very bad pain each lead to the GP within the hour.
 */
import { describe, expect, it } from 'vitest';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';

const rows: VignetteRow[] = [
  // Kept from v0.1.0.
  { story: 'a 75-year-old with severe belly pain, vomiting and no wind (bowel obstruction?)', age: '70-years-or-older', answers: { 'q-blocked': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:bowel-obstruction' },
  { story: 'a carer who answers "weet ik niet" to the blockage signs', age: adult, answers: { 'q-blocked': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:bowel-obstruction' },
  { story: 'a 58-year-old whose bowel habit changed recently and who lost weight', age: adult, answers: { 'q-blocked': 'no', 'q-alarm': 'yes' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:new-change-from-50' },
  { story: 'a 40-year-old constipated for a month, no alarm signs', age: adult, answers: { 'q-blocked': 'no', 'q-alarm': 'no', 'q-long': 'yes' }, outcome: 'o-e-consult', urgency: 'U4', source: 'spec:two-weeks-or-more' },
  { story: 'a 30-year-old constipated for a few days while travelling, passing wind: self-care', age: adult, answers: { 'q-blocked': 'no', 'q-alarm': 'no', 'q-long': 'no' }, outcome: 'o-self-care', urgency: 'U5', source: 'NHG-Standaard Obstipatie: usually no organic cause' },
  { story: 'a 4-year-old who holds in his poo for a few days: self-care with the child page', age: '4-to-12-years', answers: { 'q-blocked': 'no', 'q-alarm': 'no', 'q-long': 'no' }, outcome: 'o-self-care-child', urgency: 'U5', source: 'NHG-Standaard Obstipatie: usually no organic cause' },
  // One sign alone is enough now (review pattern 3: compound questions).
  { story: 'a 68-year-old who has passed no wind since yesterday, without vomiting', age: '65-to-70-years', answers: { 'q-blocked': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:bowel-obstruction' },
  { story: 'a 2-year-old, constipated for days, who keeps vomiting', age: '1-to-4-years', answers: { 'q-blocked': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:bowel-obstruction' },
  { story: 'a 35-year-old with fresh blood on the paper after straining', age: adult, answers: { 'q-blocked': 'no', 'q-alarm': 'yes' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:rectal-blood' },
  { story: 'a 45-year-old who lost 5 kilos without trying', age: adult, answers: { 'q-blocked': 'no', 'q-alarm': 'yes' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:weight-loss' },
  { story: 'a 4-month-old baby who has struggled to poo since birth', age: '3-to-12-months', answers: { 'q-blocked': 'no', 'q-alarm': 'yes' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:baby-since-birth' },
  { story: 'a parent unsure whether the poo has changed', age: adult, answers: { 'q-blocked': 'no', 'q-alarm': 'unknown' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:new-change-from-50' },
];

vignetteTable('obstipatie', rows);

describe('obstipatie: what a row cannot say', () => {
  it('self-care links the Thuisarts page on constipation, the child outcome the child page', () => {
    const calm = { 'q-blocked': 'no', 'q-alarm': 'no', 'q-long': 'no' } as const;
    expect(triage('obstipatie', { age: adult, answers: calm }).outcome.thuisarts).toEqual(['ik-kan-moeilijk-poepen']);
    expect(triage('obstipatie', { age: '4-to-12-years', answers: calm }).outcome.thuisarts).toEqual(['mijn-kind-kan-moeilijk-poepen']);
  });
});
