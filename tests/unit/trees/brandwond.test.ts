/**
 * Burns: the 112 signs first (airway, high voltage, a large burn), then the signs for a doctor within the hour,
 * then blisters and their place. Red skin alone, of any size, is self-care.
 */
import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
/** No 112 sign. */
const no112 = { 'q-airway': 'no', 'q-high-voltage': 'no', 'q-large': 'no' } as const;
/** No red flag at all: the blister question comes next (or, for a baby, the urgent line). */
const noRedFlag = { ...no112, 'q-cause': 'no', 'q-deep': 'no' } as const;

const rows: VignetteRow[] = [
  // Review 2026-12-04, brandwond, under-triage "inhalation injury / hoarse voice after a fire → U2": NHG-Behandelrichtlijn
  // Brandwonden refers signs of inhalation injury by ambulance.
  { story: 'a man with a hoarse voice after a fire in his kitchen', answers: { 'q-airway': 'yes' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:inhalation-injury' },
  { story: 'a parent unsure whether the child breathed in smoke (weet ik niet)', answers: { 'q-airway': 'unknown' }, age: '4-to-12-years', outcome: 'o-112', urgency: 'U1', source: 'spec:inhalation-injury' },
  // Review 2026-12-04, brandwond, missing red flag "high-voltage injury".
  { story: 'a railway worker burnt by an overhead line', answers: { 'q-airway': 'no', 'q-high-voltage': 'yes' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:high-voltage' },
  { story: 'a hiker near a lightning strike who is not sure it hit him (weet ik niet)', answers: { 'q-airway': 'no', 'q-high-voltage': 'unknown' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:high-voltage' },
  { story: 'a toddler with blisters over the chest and both arms after a kettle fell', answers: { 'q-airway': 'no', 'q-high-voltage': 'no', 'q-large': 'yes' }, age: '1-to-4-years', outcome: 'o-112', urgency: 'U1', source: 'spec:large-burn' },
  { story: 'a parent who does not know how big the blistered area is (weet ik niet)', answers: { 'q-airway': 'no', 'q-high-voltage': 'no', 'q-large': 'unknown' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:large-burn' },
  { story: 'an electrician with a burn from a shock at a socket', answers: { ...no112, 'q-cause': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:electric-or-corrosive' },
  { story: 'a cleaner with drain cleaner on the forearm, unsure what it was (weet ik niet)', answers: { ...no112, 'q-cause': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:electric-or-corrosive' },
  { story: 'a cook with a small white, painless spot from hot oil', answers: { ...no112, 'q-cause': 'no', 'q-deep': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:deep-burn' },
  { story: 'a burn whose colour the person cannot judge (weet ik niet)', answers: { ...no112, 'q-cause': 'no', 'q-deep': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:deep-burn' },
  { story: 'a 6-month-old with a small red burn on the arm', answers: noRedFlag, age: '3-to-12-months', outcome: 'o-urgent', urgency: 'U2', source: 'spec:baby-under-1' },
  { story: 'a 3-week-old touched by a hot bottle', answers: noRedFlag, age: 'under-1-month', outcome: 'o-urgent', urgency: 'U2', source: 'spec:baby-under-1' },
  { story: 'a toddler who pulled hot tea over the chest: blisters larger than the palm', answers: { ...noRedFlag, 'q-blisters': 'yes', 'q-place': 'yes' }, age: '1-to-4-years', outcome: 'o-urgent', urgency: 'U2', source: 'spec:blisters-special-place-or-large' },
  { story: 'a blistered burn on the hand, not sure whether the place counts (weet ik niet)', answers: { ...noRedFlag, 'q-blisters': 'yes', 'q-place': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:blisters-special-place-or-large' },
  { story: 'a 30-year-old with a small blister on the forearm from the oven', answers: { ...noRedFlag, 'q-blisters': 'yes', 'q-place': 'no' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:blistered-burn' },
  { story: 'unsure whether a bubble is a blister (weet ik niet), small and on the forearm', answers: { ...noRedFlag, 'q-blisters': 'unknown', 'q-place': 'no' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:blistered-burn' },
  { story: 'a red burn on the leg that is hotter and oozing pus three days later', answers: { ...noRedFlag, 'q-blisters': 'no', 'q-worse': 'yes' }, age: adult, outcome: 'o-infected', urgency: 'U3', source: 'spec:worse-or-ill' },
  { story: 'a red burn, not sure whether it is getting worse (weet ik niet)', answers: { ...noRedFlag, 'q-blisters': 'no', 'q-worse': 'unknown' }, age: adult, outcome: 'o-infected', urgency: 'U3', source: 'spec:worse-or-ill' },
  { story: 'a 40-year-old with only red skin on the forearm from steam', answers: { ...noRedFlag, 'q-blisters': 'no', 'q-worse': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'Thuisarts: Ik heb me verbrand' },
  // Review 2026-12-04, brandwond, over-triage: "groter dan de handpalm" caught red skin, so sunburn on the back
  // reached U2. Less urgent now because the NHG-Behandelrichtlijn Brandwonden and the consult criteria tie size
  // to second-degree or deeper (blistered) burns; red skin without blisters is self-care whatever its size.
  { story: 'a 25-year-old with red, painful sunburn over the whole back, no blisters', answers: { ...noRedFlag, 'q-blisters': 'no', 'q-worse': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'review 2026-12-04 brandwond: size rule applies to blistered burns (NHG-Behandelrichtlijn Brandwonden)' },
];

vignetteTable('brandwond', rows);

describe('brandwond: texts', () => {
  it('the self-care outcome for red skin links the Thuisarts sunburn page and names 112 for confusion after sun', () => {
    const outcome = content.planned.get('brandwond')!.tree.nodes['o-self-care'];
    expect(outcome?.type === 'outcome' && outcome.thuisarts).toContain('mijn-huid-is-verbrand-door-zon-wat-moet-ik-doen');
    expect(content.texts.nl!['brandwond']!['o-self-care.safety-net']).toMatch(/112/);
  });

  it('the size question tells people not to count red skin such as sunburn', () => {
    expect(content.texts.nl!['brandwond']!['q-large.hint']).toMatch(/zonnebrand/);
    expect(content.texts.en!['brandwond']!['q-large.hint']).toMatch(/sunburn/);
  });
});
