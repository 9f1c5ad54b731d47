import { describe, expect, it } from 'vitest';
import { content, triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const toddler = '1-to-4-years';
const elderly = '70-years-or-older';
/** No battery or magnets, not on purpose, no carbon monoxide, no complaints: what happened? */
const noRedFlags = { 'q-battery': 'no', 'q-deliberate': 'no', 'q-co': 'no', 'q-complaints': 'no' } as const;
/** An own medicine taken twice, not more than double, not a high-risk medicine. */
const ownDouble = { ...noRedFlags, 'q-what': 'usual-dose', 'q-risky-medicine': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a toddler who may have swallowed a button battery from the remote control', answers: { 'q-battery': 'unknown' }, age: toddler, outcome: 'o-112-battery', urgency: 'U1', source: 'spec:button-battery-or-magnets' },
  { story: 'a 4-year-old who swallowed two small magnets', answers: { 'q-battery': 'yes' }, age: '4-to-12-years', outcome: 'o-112-battery', urgency: 'U1', source: 'spec:button-battery-or-magnets' },
  { story: 'a 19-year-old who took a handful of pills on purpose', answers: { 'q-battery': 'no', 'q-deliberate': 'yes' }, age: adult, outcome: 'o-112-deliberate', urgency: 'U1', source: 'spec:deliberate-overdose' },
  { story: 'a friend who cannot tell whether the pills were taken on purpose (weet ik niet)', answers: { 'q-battery': 'no', 'q-deliberate': 'unknown' }, age: adult, outcome: 'o-112-deliberate', urgency: 'U1', source: 'spec:deliberate-overdose' },
  // Review 2026-12-04, vergiftiging, missing red flag: carbon monoxide. 112 as in hoofdpijn and duizelig
  // (module carbon-monoxide; Brandweer Nederland: get everyone outside and call 112).
  { story: 'a family where everyone has a headache and feels sick since the gas heater was on', answers: { 'q-battery': 'no', 'q-deliberate': 'no', 'q-co': 'yes' }, age: adult, outcome: 'o-co', urgency: 'U1', source: 'spec:carbon-monoxide' },
  { story: 'a woman whose CO alarm beeped and who is not sure what it means (weet ik niet)', answers: { 'q-battery': 'no', 'q-deliberate': 'no', 'q-co': 'unknown' }, age: adult, outcome: 'o-co', urgency: 'U1', source: 'spec:carbon-monoxide' },
  { story: 'a child drooling after biting a dishwasher tablet', answers: { 'q-battery': 'no', 'q-deliberate': 'no', 'q-co': 'no', 'q-complaints': 'yes' }, age: toddler, outcome: 'o-urgent', urgency: 'U2', source: 'spec:complaints-after-exposure' },
  { story: 'a parent unsure whether the child is coughing more since drinking lamp oil (weet ik niet)', answers: { 'q-battery': 'no', 'q-deliberate': 'no', 'q-co': 'no', 'q-complaints': 'unknown' }, age: toddler, outcome: 'o-urgent', urgency: 'U2', source: 'spec:complaints-after-exposure' },
  { story: "a 3-year-old who found grandma's pills and may have swallowed some, no complaints yet", answers: { ...noRedFlags, 'q-what': 'medicine' }, age: toddler, outcome: 'o-urgent', urgency: 'U2', source: 'spec:medicine-overdose-or-not-own' },
  { story: 'an adult who took 8 grams of paracetamol over a day for toothache', answers: { ...noRedFlags, 'q-what': 'medicine' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:medicine-overdose-or-not-own' },
  { story: 'a child who drank from a bottle of toilet cleaner', answers: { ...noRedFlags, 'q-what': 'product', 'q-harmless': 'no' }, age: toddler, outcome: 'o-urgent', urgency: 'U2', source: 'spec:product-not-low-risk' },
  { story: 'a parent who does not know whether the bottle held washing-up liquid or something stronger (weet ik niet)', answers: { ...noRedFlags, 'q-what': 'product', 'q-harmless': 'unknown' }, age: toddler, outcome: 'o-urgent', urgency: 'U2', source: 'spec:product-not-low-risk' },
  { story: 'a carer who does not know what was swallowed (weet ik niet)', answers: { ...noRedFlags, 'q-what': 'unknown' }, age: elderly, outcome: 'o-urgent', urgency: 'U2', source: 'spec:product-not-low-risk' },
  // Review 2026-12-04, vergiftiging, over-triage: every non-medicine product went to U2. Less urgent now, by
  // Antigifcentrum "Schuimende producten" and Giftinformasjonen "Silikagel": small amounts are not dangerous.
  { story: 'a 2-year-old who chewed a few silica gel beads from a shoe box (less urgent than before: silica gel is not poisonous)', answers: { ...noRedFlags, 'q-what': 'product', 'q-harmless': 'yes' }, age: toddler, outcome: 'o-harmless', urgency: 'U5', source: 'Giftinformasjonen: Silikagel (not poisonous); review over-triage finding' },
  { story: 'a 3-year-old who took a sip of washing-up liquid and is fine (less urgent than before: mild detergent in small amounts)', answers: { ...noRedFlags, 'q-what': 'product', 'q-harmless': 'yes' }, age: toddler, outcome: 'o-harmless', urgency: 'U5', source: 'Antigifcentrum: Schuimende producten (a little mild detergent rarely harms)' },
  { story: 'a 60-year-old who took the weekly methotrexate twice', answers: { ...noRedFlags, 'q-what': 'usual-dose', 'q-risky-medicine': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:high-risk-medicine-double-dose' },
  { story: 'someone unsure whether the tablets were for diabetes (weet ik niet)', answers: { ...noRedFlags, 'q-what': 'usual-dose', 'q-risky-medicine': 'unknown' }, age: elderly, outcome: 'o-urgent', urgency: 'U2', source: 'spec:high-risk-medicine-double-dose' },
  // Review 2026-12-04, vergiftiging, missing: a double dose of an anticoagulant or lithium (was the pharmacy, U4).
  { story: 'a 75-year-old who took his rivaroxaban twice this morning', answers: { ...ownDouble, 'q-check-medicine': 'yes' }, age: elderly, outcome: 'o-today-medicine', urgency: 'U3', source: 'spec:anticoagulant-or-lithium-double-dose' },
  { story: 'a 45-year-old who took her evening lithium twice', answers: { ...ownDouble, 'q-check-medicine': 'yes' }, age: adult, outcome: 'o-today-medicine', urgency: 'U3', source: 'spec:anticoagulant-or-lithium-double-dose' },
  { story: 'a carer unsure whether the double pill was a blood thinner (weet ik niet)', answers: { ...ownDouble, 'q-check-medicine': 'unknown' }, age: elderly, outcome: 'o-today-medicine', urgency: 'U3', source: 'spec:anticoagulant-or-lithium-double-dose' },
  { story: 'a 50-year-old who took the blood pressure pill twice this morning by mistake', answers: { ...ownDouble, 'q-check-medicine': 'no' }, age: adult, outcome: 'o-pharmacy', urgency: 'U4', source: 'pharmacy for a double dose of an ordinary medicine (kept from v0.1)' },
  // Review 2026-12-04, vergiftiging, missing: eye and skin exposure.
  { story: 'a toddler who squeezed a laundry capsule into his eye', answers: { ...noRedFlags, 'q-what': 'eye', 'q-eye': 'yes' }, age: toddler, outcome: 'o-eye', urgency: 'U2', source: 'spec:eye-exposure' },
  { story: 'someone who does not know whether the spray was corrosive (weet ik niet)', answers: { ...noRedFlags, 'q-what': 'eye', 'q-eye': 'unknown' }, age: adult, outcome: 'o-eye', urgency: 'U2', source: 'spec:eye-exposure' },
  { story: 'a child with shampoo in the eye, calm after rinsing', answers: { ...noRedFlags, 'q-what': 'eye', 'q-eye': 'no' }, age: '4-to-12-years', outcome: 'o-eye-self-care', urgency: 'U5', source: 'Antigifcentrum: rinse, and see a doctor only when complaints stay' },
  { story: 'a man who spilled drain cleaner on his hand', answers: { ...noRedFlags, 'q-what': 'skin', 'q-skin': 'yes' }, age: adult, outcome: 'o-skin', urgency: 'U2', source: 'spec:skin-exposure' },
  { story: 'a gardener unsure whether the spray on her arm was a pesticide (weet ik niet)', answers: { ...noRedFlags, 'q-what': 'skin', 'q-skin': 'unknown' }, age: adult, outcome: 'o-skin', urgency: 'U2', source: 'spec:skin-exposure' },
  { story: 'a child who got some hand soap on her arm, calm after rinsing', answers: { ...noRedFlags, 'q-what': 'skin', 'q-skin': 'no' }, age: '4-to-12-years', outcome: 'o-skin-self-care', urgency: 'U5', source: 'Antigifcentrum: rinse well; no complaints, no doctor' },
];

vignetteTable('vergiftiging', rows);

describe('vergiftiging: outcomes and texts', () => {
  const nl = (key: string) => content.texts.nl!['vergiftiging']![key]!;
  it('the deliberate-overdose outcome names 113', () => {
    const result = triage('vergiftiging', { age: adult, answers: { 'q-battery': 'no', 'q-deliberate': 'yes' } });
    expect(result.outcome.advice).toContain('o-112-deliberate.help');
    expect(nl('o-112-deliberate.help')).toMatch(/113/);
  });
  it('the carbon monoxide outcome tells people to get outside first', () => {
    expect(nl('o-co.title')).toMatch(/naar buiten/);
  });
  it('the low-risk list names silica gel and washing-up liquid, and excludes dishwasher and laundry capsules', () => {
    expect(nl('q-harmless.hint')).toMatch(/silicagel/);
    expect(nl('q-harmless.hint')).toMatch(/afwasmiddel/);
    expect(nl('q-harmless.hint')).toMatch(/Kies nee bij een vaatwastablet/);
  });
});
