/**
 * Rash: a severe allergy, a stiff neck or spots that do not fade with fever are 112; such spots
 * without fever and a serious skin reaction the GP now; fever or feeling ill, a spreading red area,
 * shingles in the face, low immunity and chickenpox in pregnancy the GP today.
 */
import { describe, expect, it } from 'vitest';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const toddler = '1-to-4-years';
const schoolChild = '4-to-12-years';
/** No 112 sign and no serious skin reaction: fever or feeling ill comes next. */
const noRedFlags = { 'q-allergy': 'no', 'q-neck': 'no', 'q-petechiae': 'no', 'q-skin-serious': 'no' } as const;
/** Also not ill, no spreading red area, no shingles in the face, immunity fine. */
const calm = { ...noRedFlags, 'q-ill': 'no', 'q-cellulitis': 'no', 'q-face': 'no', 'q-immunity': 'no' } as const;
/** An adult of 12 to 65 is asked about pregnancy next. */
const calmAdult = { ...calm, 'q-pregnant': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 26-year-old with hives after eating nuts and a swelling tongue', answers: { 'q-allergy': 'yes' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:anaphylaxis' },
  { story: 'unsure whether the lips are swelling (weet ik niet)', answers: { 'q-allergy': 'unknown' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:anaphylaxis' },
  { story: 'a 17-year-old with a blotchy rash and a neck too stiff to bend', answers: { 'q-allergy': 'no', 'q-neck': 'yes' }, age: '16-to-18-years', outcome: 'o-112-neck', urgency: 'U1', source: 'spec:fever-stiff-neck' },
  { story: 'a parent unsure whether the neck is stiff (weet ik niet)', answers: { 'q-allergy': 'no', 'q-neck': 'unknown' }, age: toddler, outcome: 'o-112-neck', urgency: 'U1', source: 'spec:fever-stiff-neck' },
  // The lead's point "fever with a rash and the glass test in children": spots that do not fade with
  // fever or being very ill are 112, also when the ABCDE screen was answered "no".
  { story: 'a 2-year-old with purple dots that stay under a glass and 39 °C', answers: { 'q-allergy': 'no', 'q-neck': 'no', 'q-petechiae': 'yes', 'q-petechiae-ill': 'yes' }, age: toddler, outcome: 'o-112-spots', urgency: 'U1', source: 'spec:purpura-with-fever-or-ill' },
  { story: 'a parent who has not measured the temperature of a child with such spots (weet ik niet)', answers: { 'q-allergy': 'no', 'q-neck': 'no', 'q-petechiae': 'yes', 'q-petechiae-ill': 'unknown' }, age: schoolChild, outcome: 'o-112-spots', urgency: 'U1', source: 'spec:purpura-with-fever-or-ill' },
  { story: 'a 6-year-old without fever with tiny purple dots that do not fade under a glass', answers: { 'q-allergy': 'no', 'q-neck': 'no', 'q-petechiae': 'yes', 'q-petechiae-ill': 'no' }, age: schoolChild, outcome: 'o-urgent', urgency: 'U2', source: 'spec:purpura-without-fever' },
  { story: 'unsure whether the spots fade under the glass (weet ik niet), no fever', answers: { 'q-allergy': 'no', 'q-neck': 'no', 'q-petechiae': 'unknown', 'q-petechiae-ill': 'no' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:purpura-without-fever' },
  // Review 2026-12-04, huiduitslag under-triage: peeling skin and blisters in the mouth went to the GP today.
  { story: 'a 45-year-old with blisters in the mouth and red eyes a week after a new epilepsy drug', answers: { 'q-allergy': 'no', 'q-neck': 'no', 'q-petechiae': 'no', 'q-skin-serious': 'yes' }, age: adult, outcome: 'o-skin', urgency: 'U2', source: 'spec:severe-skin-reaction' },
  { story: 'not sure whether the skin is peeling or just dry (weet ik niet)', answers: { 'q-allergy': 'no', 'q-neck': 'no', 'q-petechiae': 'no', 'q-skin-serious': 'unknown' }, age: adult, outcome: 'o-skin', urgency: 'U2', source: 'spec:severe-skin-reaction' },
  { story: 'a 6-week-old with a blotchy rash and 38.2 °C', answers: { ...noRedFlags, 'q-ill': 'yes' }, age: '1-to-3-months', outcome: 'o-baby', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'a parent of a 3-week-old with spots, unsure about fever (weet ik niet)', answers: { ...noRedFlags, 'q-ill': 'unknown' }, age: 'under-1-month', outcome: 'o-baby', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'a 3-year-old who is ill with a fever and spots that do fade', answers: { ...noRedFlags, 'q-ill': 'yes' }, age: toddler, outcome: 'o-ill-child', urgency: 'U3', source: 'spec:fever-or-ill-with-rash' },
  { story: 'a 40-year-old with a rash, fever and feeling ill', answers: { ...noRedFlags, 'q-ill': 'yes' }, age: adult, outcome: 'o-ill', urgency: 'U3', source: 'spec:fever-or-ill-with-rash' },
  { story: 'a 50-year-old with a red, warm, swollen shin that spreads fast', answers: { ...noRedFlags, 'q-ill': 'no', 'q-cellulitis': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:spreading-red-area' },
  { story: 'a 68-year-old with painful blisters on the forehead and around the left eye', answers: { ...noRedFlags, 'q-ill': 'no', 'q-cellulitis': 'no', 'q-face': 'yes' }, age: '65-to-70-years', outcome: 'o-face', urgency: 'U3', source: 'spec:shingles-face-eye-ear' },
  { story: 'not sure whether the blisters are on one side only (weet ik niet)', answers: { ...noRedFlags, 'q-ill': 'no', 'q-cellulitis': 'no', 'q-face': 'unknown' }, age: adult, outcome: 'o-face', urgency: 'U3', source: 'spec:shingles-face-eye-ear' },
  { story: 'a 60-year-old on chemotherapy with a new rash of small blisters', answers: { ...noRedFlags, 'q-ill': 'no', 'q-cellulitis': 'no', 'q-face': 'no', 'q-immunity': 'yes' }, age: adult, outcome: 'o-immunity', urgency: 'U3', source: 'spec:weakened-immunity-rash' },
  { story: 'a 9-year-old after a kidney transplant with spots, the parent unsure (weet ik niet)', answers: { ...noRedFlags, 'q-ill': 'no', 'q-cellulitis': 'no', 'q-face': 'no', 'q-immunity': 'unknown' }, age: schoolChild, outcome: 'o-immunity', urgency: 'U3', source: 'spec:weakened-immunity-rash' },
  { story: 'a woman 20 weeks pregnant whose niece has chickenpox, now with itchy spots', answers: { ...calm, 'q-pregnant': 'yes', 'q-pox': 'yes' }, age: adult, outcome: 'o-pregnant-today', urgency: 'U3', source: 'spec:pregnancy-chickenpox' },
  { story: 'maybe pregnant, not sure about contact with chickenpox (weet ik niet)', answers: { ...calm, 'q-pregnant': 'unknown', 'q-pox': 'unknown' }, age: adult, outcome: 'o-pregnant-today', urgency: 'U3', source: 'spec:pregnancy-chickenpox' },
  { story: 'a woman 30 weeks pregnant with an itchy rash on the belly, no chickenpox contact', answers: { ...calm, 'q-pregnant': 'yes', 'q-pox': 'no' }, age: adult, outcome: 'o-pregnant', urgency: 'U4', source: 'spec:pregnancy-rash' },
  { story: 'a 55-year-old with a rash a week after starting an antibiotic', answers: { ...calmAdult, 'q-medicine': 'yes' }, age: adult, outcome: 'o-gp', urgency: 'U4', source: 'spec:new-medicine' },
  { story: 'a 72-year-old not sure whether the new tablets came before the rash (weet ik niet)', answers: { ...calm, 'q-medicine': 'unknown' }, age: '70-years-or-older', outcome: 'o-gp', urgency: 'U4', source: 'spec:new-medicine' },
  { story: 'a 30-year-old with an itchy rash for 3 weeks', answers: { ...calmAdult, 'q-medicine': 'no', 'q-days': 21 }, age: adult, outcome: 'o-e-consult', urgency: 'U5', source: 'calm path: a rash for 2 weeks or more, e-consult' },
  { story: 'someone who cannot say how long the rash has been there', answers: { ...calmAdult, 'q-medicine': 'no', 'q-days': 'unknown' }, age: adult, outcome: 'o-e-consult', urgency: 'U5', source: 'review pattern: number questions get "weet ik niet" and route it like the longer duration' },
  { story: 'a 35-year-old with itchy hives since this morning', answers: { ...calmAdult, 'q-medicine': 'no', 'q-days': 0 }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'calm self-care path: no alarm sign, no risk group' },
  { story: 'a 2-year-old with dry, red patches in the elbow folds, otherwise well', answers: { ...calm, 'q-medicine': 'no', 'q-days': 5 }, age: toddler, outcome: 'o-self-care-child', urgency: 'U5', source: 'calm self-care path: no alarm sign, no risk group' },
];

vignetteTable('huiduitslag', rows);

describe('huiduitslag: what a row cannot say', () => {
  it('fever with spots that do not fade is caught by the ABCDE screen first: 112', () => {
    const result = triage('huiduitslag', { age: toddler, answers: { 'q-spots': 'yes' } });
    expect(result.id).toBe('o-call-112');
    expect(result.outcome.channel).toBe('emergency-112');
  });
  it('self-care links the Thuisarts pages on hives and eczema', () => {
    const adultCare = triage('huiduitslag', { age: adult, answers: { ...calmAdult, 'q-medicine': 'no', 'q-days': 0 } });
    expect(adultCare.outcome.thuisarts).toEqual(expect.arrayContaining(['ik-heb-netelroos', 'ik-heb-eczeem-wat-kan-ik-zelf-doen']));
    const childCare = triage('huiduitslag', { age: toddler, answers: { ...calm, 'q-medicine': 'no', 'q-days': 5 } });
    expect(childCare.outcome.thuisarts).toContain('mijn-kind-heeft-eczeem');
    expect(triage('huiduitslag', { age: toddler, answers: { ...noRedFlags, 'q-ill': 'yes' } }).outcome.thuisarts).toContain('mijn-kind-is-ziek-en-heeft-vlekjes');
  });
});
