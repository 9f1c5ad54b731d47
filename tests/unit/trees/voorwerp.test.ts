import { describe, expect, it } from 'vitest';
import { content, triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const toddler = '1-to-4-years';
const child = '4-to-12-years';
/** Not a button battery or magnets, no complaints after swallowing, not a high-risk object: where is it? */
const noRedFlags = { 'q-battery': 'no', 'q-stuck': 'no', 'q-risky': 'no' } as const;
/** Swallowed, with no cough, wheeze or choking episode. */
const swallowedCalm = { ...noRedFlags, 'q-where': 'swallowed', 'q-airway': 'no', 'q-choked': 'no' } as const;
/** In the nose or ear, with no cough, wheeze or choking episode. */
const noseCalm = { ...noRedFlags, 'q-where': 'nose-ear', 'q-airway': 'no', 'q-choked': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 2-year-old who swallowed a button battery', answers: { 'q-battery': 'yes' }, age: toddler, outcome: 'o-112', urgency: 'U1', source: 'spec:button-battery-or-magnets' },
  { story: 'a parent who cannot find one of the magnets from a toy (weet ik niet)', answers: { 'q-battery': 'unknown' }, age: child, outcome: 'o-112', urgency: 'U1', source: 'spec:button-battery-or-magnets' },
  { story: 'a 60-year-old with a piece of meat stuck, drooling and unable to swallow', answers: { 'q-battery': 'no', 'q-stuck': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:complaints-after-swallowing' },
  { story: 'a toddler who keeps gagging after swallowing a coin, and the parent is not sure (weet ik niet)', answers: { 'q-battery': 'no', 'q-stuck': 'unknown' }, age: toddler, outcome: 'o-urgent', urgency: 'U2', source: 'spec:complaints-after-swallowing' },
  { story: 'a 30-year-old who swallowed a sharp fish bone and feels fine', answers: { 'q-battery': 'no', 'q-stuck': 'no', 'q-risky': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:high-risk-object' },
  // Review brief: a swallowed AA battery or a single magnet went to self-care before (only button cells and
  // two or more magnets were asked). The NVK refers every swallowed battery.
  { story: 'a 3-year-old who swallowed a single small magnet and an AAA battery is missing', answers: { 'q-battery': 'no', 'q-stuck': 'no', 'q-risky': 'yes' }, age: toddler, outcome: 'o-urgent', urgency: 'U2', source: 'spec:high-risk-object' },
  { story: 'a 5-year-old with a bead in the nose and a parent unsure whether it could be a battery (weet ik niet)', answers: { 'q-battery': 'no', 'q-stuck': 'no', 'q-risky': 'unknown' }, age: child, outcome: 'o-urgent', urgency: 'U2', source: 'spec:high-risk-object' },
  // Review 2026-12-04, quick pass: no aspiration question.
  { story: 'a 2-year-old who coughs and wheezes since a peanut went down the wrong way', answers: { ...noRedFlags, 'q-where': 'swallowed', 'q-airway': 'yes' }, age: toddler, outcome: 'o-airway', urgency: 'U2', source: 'spec:airway-signs' },
  { story: 'a parent unsure whether the toddler breathes faster since the bead (weet ik niet)', answers: { ...noRedFlags, 'q-where': 'nose-ear', 'q-airway': 'unknown' }, age: toddler, outcome: 'o-airway', urgency: 'U2', source: 'spec:airway-signs' },
  { story: 'a 3-year-old who had a violent coughing fit on a small toy part and is fine now', answers: { ...noRedFlags, 'q-where': 'swallowed', 'q-airway': 'no', 'q-choked': 'yes' }, age: toddler, outcome: 'o-choked', urgency: 'U3', source: 'spec:choking-episode' },
  { story: 'a grandparent who did not see whether the child choked (weet ik niet)', answers: { ...noRedFlags, 'q-where': 'swallowed', 'q-airway': 'no', 'q-choked': 'unknown' }, age: toddler, outcome: 'o-choked', urgency: 'U3', source: 'spec:choking-episode' },
  { story: 'a 4-year-old with a mild tummy ache the day after swallowing a marble', answers: { ...swallowedCalm, 'q-later': 'yes' }, age: child, outcome: 'o-today-swallowed', urgency: 'U3', source: 'spec:later-belly-signs' },
  { story: 'a parent unsure whether the child has pooed since swallowing a button (weet ik niet)', answers: { ...swallowedCalm, 'q-later': 'unknown' }, age: toddler, outcome: 'o-today-swallowed', urgency: 'U3', source: 'spec:later-belly-signs' },
  { story: 'a 5-year-old with a bead in the nose', answers: noseCalm, age: child, outcome: 'o-today', urgency: 'U3', source: 'GP removes objects from nose and ear (kept from v0.1)' },
  { story: 'someone who does not know where the object went (weet ik niet)', answers: { ...noRedFlags, 'q-where': 'unknown', 'q-eye-danger': 'no', 'q-airway': 'no', 'q-choked': 'no' }, age: toddler, outcome: 'o-today', urgency: 'U3', source: 'spec:choking-episode' },
  { story: 'a builder who got cement in the eye', answers: { ...noRedFlags, 'q-where': 'eye', 'q-eye-danger': 'yes' }, age: adult, outcome: 'o-eye-urgent', urgency: 'U2', source: 'spec:eye-chemical-or-high-speed' },
  { story: 'someone who does not know whether the splash was corrosive (weet ik niet)', answers: { ...noRedFlags, 'q-where': 'eye', 'q-eye-danger': 'unknown' }, age: adult, outcome: 'o-eye-urgent', urgency: 'U2', source: 'spec:eye-chemical-or-high-speed' },
  { story: 'a cyclist with grit in the eye that still hurts after rinsing', answers: { ...noRedFlags, 'q-where': 'eye', 'q-eye-danger': 'no', 'q-eye': 'yes' }, age: adult, outcome: 'o-eye-today', urgency: 'U3', source: 'spec:eye-complaints-after-rinsing' },
  { story: 'grit in the eye, unsure whether it still feels gritty after rinsing (weet ik niet)', answers: { ...noRedFlags, 'q-where': 'eye', 'q-eye-danger': 'no', 'q-eye': 'unknown' }, age: adult, outcome: 'o-eye-today', urgency: 'U3', source: 'spec:eye-complaints-after-rinsing' },
  { story: 'grit in the eye that is gone after rinsing', answers: { ...noRedFlags, 'q-where': 'eye', 'q-eye-danger': 'no', 'q-eye': 'no' }, age: adult, outcome: 'o-eye-self-care', urgency: 'U5', source: 'NHG-Standaard Rood oog en oogtrauma (a rinsed-out speck needs no doctor)' },
  // Review 2026-12-04, quick pass: "swallowed" went straight to self-care. Kept for a small smooth object once
  // batteries, magnets, sharp or large objects, complaints, airway signs, choking and later signs are ruled out:
  // NHS Healthier Together "Swallowed a foreign object" gives self-care when none of its signs is present.
  { story: 'a 3-year-old who swallowed a small smooth bead and is fine', answers: { ...swallowedCalm, 'q-later': 'no' }, age: toddler, outcome: 'o-self-care', urgency: 'U5', source: 'NHS Healthier Together: Swallowed a foreign object (self-care with no red or amber signs)' },
];

vignetteTable('voorwerp', rows);

describe('voorwerp: outcomes and texts', () => {
  it('the urgent outcome names 113 for someone who swallowed something to hurt themselves', () => {
    const result = triage('voorwerp', { age: adult, answers: { 'q-battery': 'no', 'q-stuck': 'no', 'q-risky': 'yes' } });
    expect(result.outcome.advice).toContain('o-urgent.help');
    expect(content.texts.nl!['voorwerp']!['o-urgent.help']).toMatch(/113/);
  });
  it('the self-care safety net sends coughing or wheezing back to the GP', () => {
    expect(content.texts.nl!['voorwerp']!['o-self-care.safety-net']).toMatch(/hoesten of piepen/);
  });
});
