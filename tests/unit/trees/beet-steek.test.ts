/**
 * Bites and stings: anaphylaxis (112), swelling of the face away from the sting and snake bites (GP now) first;
 * then bites, ticks, infection and a skin-only allergic reaction.
 */
import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
/** No red flag: the "what happened" question comes next. */
const noRedFlag = { 'q-anaphylaxis': 'no', 'q-face': 'no', 'q-snake': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a wasp sting followed by a swelling throat and trouble breathing', answers: { 'q-anaphylaxis': 'yes' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:anaphylaxis' },
  { story: 'a child stung in the mouth whose parent is unsure about swelling (weet ik niet)', answers: { 'q-anaphylaxis': 'unknown' }, age: '4-to-12-years', outcome: 'o-112', urgency: 'U1', source: 'spec:anaphylaxis' },
  { story: 'stung on the hand, and now the eyes and lips swell, breathing fine', answers: { 'q-anaphylaxis': 'no', 'q-face': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:face-swelling-away-from-sting' },
  { story: 'unsure whether the puffy face is new (weet ik niet)', answers: { 'q-anaphylaxis': 'no', 'q-face': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:face-swelling-away-from-sting' },
  // Review 2026-12-04, beet-steek (quick pass, minor): adder bite was missing.
  { story: 'a walker bitten in the ankle by an adder on the heath', answers: { 'q-anaphylaxis': 'no', 'q-face': 'no', 'q-snake': 'yes' }, age: adult, outcome: 'o-snake', urgency: 'U2', source: 'spec:snake-bite' },
  { story: 'a child bitten in the dunes by something that may have been a snake (weet ik niet)', answers: { 'q-anaphylaxis': 'no', 'q-face': 'no', 'q-snake': 'unknown' }, age: '4-to-12-years', outcome: 'o-snake', urgency: 'U2', source: 'spec:snake-bite' },
  { story: 'a 35-year-old bitten in the hand by a cat, skin broken', answers: { ...noRedFlag, 'q-what': 'bite', 'q-bite-skin': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:bite-through-skin' },
  { story: 'a dog bite through thick trousers, unsure whether the skin is broken (weet ik niet)', answers: { ...noRedFlag, 'q-what': 'bite', 'q-bite-skin': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:bite-through-skin' },
  { story: 'a dog nipped a 9-year-old through the trousers, skin intact, not infected', answers: { ...noRedFlag, 'q-what': 'bite', 'q-bite-skin': 'no', 'q-infected': 'no', 'q-hives': 'no' }, age: '4-to-12-years', outcome: 'o-self-care', urgency: 'U5', source: 'Thuisarts: Ik heb een bijtwond' },
  { story: 'a wasp sting on the arm that is getting redder and hotter after two days', answers: { ...noRedFlag, 'q-what': 'sting', 'q-infected': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:infected-bite-or-sting' },
  { story: 'unsure whether a mosquito bite is getting infected (weet ik niet)', answers: { ...noRedFlag, 'q-what': 'sting', 'q-infected': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:infected-bite-or-sting' },
  { story: 'a red ring growing around a tick bite from last week (Lyme?)', answers: { ...noRedFlag, 'q-what': 'tick', 'q-ring': 'yes' }, age: adult, outcome: 'o-lyme', urgency: 'U4', source: 'spec:erythema-migrans' },
  { story: 'a red patch near a tick bite, unsure whether it grows (weet ik niet)', answers: { ...noRedFlag, 'q-what': 'tick', 'q-ring': 'unknown' }, age: adult, outcome: 'o-lyme', urgency: 'U4', source: 'spec:erythema-migrans' },
  { story: 'a tick found on a child the evening after a day in the woods, attached for more than a day', answers: { ...noRedFlag, 'q-what': 'tick', 'q-ring': 'no', 'q-tick-long': 'yes' }, age: '4-to-12-years', outcome: 'o-tick-gp', urgency: 'U4', source: 'spec:tick-attached-over-24-hours' },
  { story: 'a tick in the armpit, no idea how long it was there (weet ik niet)', answers: { ...noRedFlag, 'q-what': 'tick', 'q-ring': 'no', 'q-tick-long': 'unknown' }, age: adult, outcome: 'o-tick-gp', urgency: 'U4', source: 'spec:tick-attached-over-24-hours' },
  { story: 'a tick removed from a 5-year-old a few hours after the walk, no ring', answers: { ...noRedFlag, 'q-what': 'tick', 'q-ring': 'no', 'q-tick-long': 'no' }, age: '4-to-12-years', outcome: 'o-tick', urgency: 'U5', source: 'NHG-Behandelrichtlijn Tekenbeet en erythema migrans (no prophylaxis under 24 hours)' },
  { story: 'itchy bumps all over the body half an hour after a bee sting, breathing fine', answers: { ...noRedFlag, 'q-what': 'sting', 'q-infected': 'no', 'q-hives': 'yes' }, age: adult, outcome: 'o-allergy', urgency: 'U4', source: 'spec:generalised-hives' },
  { story: 'not sure whether the itchy spots on the back are new (weet ik niet)', answers: { ...noRedFlag, 'q-what': 'sting', 'q-infected': 'no', 'q-hives': 'unknown' }, age: adult, outcome: 'o-allergy', urgency: 'U4', source: 'spec:generalised-hives' },
  // Review 2026-12-04, beet-steek (quick pass), over-triage: a swollen lip at the site of a sting is not anaphylaxis.
  // Less urgent than before (was 112): H&W "Allergie voor insecten" calls a large local reaction harmless, and the
  // NHG-TriageWijzer needs airway, gut or circulation signs for anaphylaxis.
  { story: 'a wasp sting on the lip: the lip is thick, nothing else', answers: { ...noRedFlag, 'q-what': 'sting', 'q-infected': 'no', 'q-hives': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'review 2026-12-04 beet-steek: local lip swelling is not anaphylaxis (H&W Allergie voor insecten)' },
  { story: 'a bee sting with a local bump only', answers: { ...noRedFlag, 'q-what': 'sting', 'q-infected': 'no', 'q-hives': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'Thuisarts: Ik ben gestoken door een insect' },
  { story: 'someone who does not know what bit them, with an itchy bump', answers: { ...noRedFlag, 'q-what': 'other', 'q-infected': 'no', 'q-hives': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'Thuisarts: Ik ben gestoken door een insect' },
];

vignetteTable('beet-steek', rows);

describe('beet-steek: texts', () => {
  it('the 112 question no longer counts a swollen lip, and says a swelling only at the sting is no allergy', () => {
    const nl = content.texts.nl!['beet-steek']!;
    expect(nl['q-anaphylaxis.hint']).not.toMatch(/lippen/);
    expect(nl['q-anaphylaxis.explanation']).toMatch(/lip/);
    expect(nl['q-face.hint']).toMatch(/Kies dan 'Nee'/);
  });
});
