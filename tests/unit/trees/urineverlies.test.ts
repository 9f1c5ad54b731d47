/**
 * Leaking urine (v0.2.0): the nerve question is now an "any of these" list (review pattern 3), and
 * leaking that started suddenly goes to the GP within a day. Each row is a person and where they must end.
 */
import { describe, expect, it } from 'vitest';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const noRedFlags = { 'q-nerves': 'no', 'q-retention': 'no', 'q-fever': 'no', 'q-infection': 'no' } as const;
const longStanding = { ...noRedFlags, 'q-new': 'no' } as const;

const rows: VignetteRow[] = [
  // Kept from v0.1.0 (answers updated for the new question).
  { story: 'a 45-year-old who suddenly leaks urine, with numb buttocks and back pain', age: adult, answers: { 'q-nerves': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:cauda-equina' },
  { story: 'someone unsure about numbness ("weet ik niet")', age: adult, answers: { 'q-nerves': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:cauda-equina' },
  { story: 'a 78-year-old man dribbling with a full, painful belly who cannot pee', age: '70-years-or-older', answers: { 'q-nerves': 'no', 'q-retention': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:urinary-retention' },
  { story: 'a 65-year-old with leaking, fever and pain in her side', age: adult, answers: { 'q-nerves': 'no', 'q-retention': 'no', 'q-fever': 'yes' }, outcome: 'o-today', urgency: 'U3', source: 'spec:tissue-invasion' },
  { story: 'a 40-year-old with burning when peeing and leaking', age: adult, answers: { 'q-nerves': 'no', 'q-retention': 'no', 'q-fever': 'no', 'q-infection': 'yes' }, outcome: 'o-soon', urgency: 'U4', source: 'spec:infection-or-blood' },
  { story: 'a 48-year-old woman who has leaked for years when she coughs or jumps, no alarm signs: ask the GP about URinControl', age: adult, answers: { ...longStanding, 'q-sex': 'woman' }, outcome: 'o-app', urgency: 'U5', source: 'domain §3: app on prescription for urinary incontinence' },
  { story: "a 64-year-old man who has leaked a little after peeing for a year: e-consult with the men's page", age: adult, answers: { ...longStanding, 'q-sex': 'man' }, outcome: 'o-man', urgency: 'U5', source: 'NHG-Standaard Mictieklachten bij mannen' },
  { story: 'someone who answers "other" to the sex question: the e-consult branch', age: adult, answers: { ...longStanding, 'q-sex': 'other' }, outcome: 'o-e-consult', urgency: 'U5', source: 'NHG-Standaard Incontinentie voor urine bij vrouwen' },
  // One nerve sign alone is enough now (review pattern 3), and a sudden start is asked.
  { story: 'a 50-year-old who leaks and can no longer hold her stools either, without back pain', age: adult, answers: { 'q-nerves': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:cauda-equina' },
  { story: 'a man who is not sure whether he can still pee properly', age: '65-to-70-years', answers: { 'q-nerves': 'no', 'q-retention': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:urinary-retention' },
  { story: 'a 55-year-old with blood in the urine and leaking', age: adult, answers: { 'q-nerves': 'no', 'q-retention': 'no', 'q-fever': 'no', 'q-infection': 'yes' }, outcome: 'o-soon', urgency: 'U4', source: 'spec:infection-or-blood' },
  { story: 'a 72-year-old woman who started leaking last week, out of the blue', age: '70-years-or-older', answers: { ...noRedFlags, 'q-new': 'yes' }, outcome: 'o-new', urgency: 'U4', source: 'spec:sudden-onset' },
  { story: 'a carer who does not know when her father started leaking', age: '70-years-or-older', answers: { ...noRedFlags, 'q-new': 'unknown' }, outcome: 'o-new', urgency: 'U4', source: 'spec:sudden-onset' },
];

vignetteTable('urineverlies', rows);

describe('urineverlies: what a row cannot say', () => {
  it('the app outcome names URinControl and the painful infection outcome carries the painful flag', () => {
    expect(triage('urineverlies', { age: adult, answers: { ...longStanding, 'q-sex': 'woman' } }).outcome.app).toBe('urincontrol');
    const infection = triage('urineverlies', {
      age: adult,
      answers: { 'q-nerves': 'no', 'q-retention': 'no', 'q-fever': 'no', 'q-infection': 'yes' },
    });
    expect(infection.outcome).toMatchObject({ channel: 'gp-next-working-day', painful: true });
  });
});
