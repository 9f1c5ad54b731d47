/**
 * Cold: signs of severe hypothermia or going under in cold water are 112; frostbite, and a baby or older person
 * long in the cold, go to the urgent line; cold fingers that recover are self-care.
 */
import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
/** No hypothermia signs, not in the water, no frostbite. */
const calm = { 'q-hypothermia': 'no', 'q-water': 'no', 'q-frostbite': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a skater who fell through the ice, ice cold and no longer shivering', answers: { 'q-hypothermia': 'yes' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:severe-hypothermia-signs' },
  { story: 'someone unsure whether the person is confused (weet ik niet)', answers: { 'q-hypothermia': 'unknown' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:severe-hypothermia-signs' },
  // Review pattern 3 (compound questions): one sign is enough; a cold, floppy baby counts on its own.
  { story: 'a cold, floppy baby who will not feed after a walk in the cold', answers: { 'q-hypothermia': 'yes' }, age: '1-to-3-months', outcome: 'o-112', urgency: 'U1', source: 'spec:severe-hypothermia-signs' },
  { story: 'a boy who went under the ice, climbed out and now says he feels fine', answers: { 'q-hypothermia': 'no', 'q-water': 'yes' }, age: '12-to-16-years', outcome: 'o-112', urgency: 'U1', source: 'spec:cold-water-immersion' },
  { story: 'a bystander who did not see whether the swimmer went under (weet ik niet)', answers: { 'q-hypothermia': 'no', 'q-water': 'unknown' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:cold-water-immersion' },
  { story: 'a mountaineer whose fingertips stay white and numb after warming (frostbite)', answers: { 'q-hypothermia': 'no', 'q-water': 'no', 'q-frostbite': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:frostbite' },
  { story: 'toes that look grey, not sure whether they are hard (weet ik niet)', answers: { 'q-hypothermia': 'no', 'q-water': 'no', 'q-frostbite': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:frostbite' },
  // More urgent than version 0.1 (was U3, GP today): NHS advises A&E or 999 for suspected hypothermia.
  { story: 'an 82-year-old found on the kitchen floor after a night, cold but awake', answers: { ...calm, 'q-long-cold': 'yes' }, age: '70-years-or-older', outcome: 'o-cold-risk', urgency: 'U2', source: 'spec:older-adult-long-in-cold' },
  { story: 'a baby who lay in a cold room for hours, belly cold to touch', answers: { ...calm, 'q-long-cold': 'yes' }, age: '3-to-12-months', outcome: 'o-cold-risk', urgency: 'U2', source: 'spec:baby-long-in-cold' },
  { story: 'a carer who does not know how long her father lay on the floor (weet ik niet)', answers: { ...calm, 'q-long-cold': 'unknown' }, age: '70-years-or-older', outcome: 'o-cold-risk', urgency: 'U2', source: 'spec:older-adult-long-in-cold' },
  { story: 'a baby whose hands felt cold on a walk, now warm again', answers: { ...calm, 'q-long-cold': 'no' }, age: '3-to-12-months', outcome: 'o-self-care', urgency: 'U5', source: 'NHS hypothermia page (no signs)' },
  { story: 'a 30-year-old cyclist with cold fingers that recover in a warm room', answers: calm, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'NHS frostbite page (frostnip recovers without damage)' },
];

vignetteTable('onderkoeling-bevriezing', rows);

describe('onderkoeling-bevriezing: texts', () => {
  it('the hypothermia question is a list of separate signs, with the baby signs', () => {
    const hint = content.texts.nl!['onderkoeling-bevriezing']!['q-hypothermia.hint']!;
    expect(hint.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(5);
    expect(hint).toMatch(/baby/);
  });
});
