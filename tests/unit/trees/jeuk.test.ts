/**
 * Itching: jaundice first (with or without feeling very ill), pregnancy, a new medicine, scabies signs, itch all
 * over with general signs (adults), then the duration: 14 days or more is an e-consult, shorter is self-care.
 */
import { describe, expect, it } from 'vitest';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const elderly = '70-years-or-older';
const child = '4-to-12-years';
/** Adult (12-70): not yellow, not pregnant, no new medicine, no scabies signs: the itch-all-over question comes next. */
const adultCalm = { 'q-yellow': 'no', 'q-pregnant': 'no', 'q-medicine': 'no', 'q-others': 'no' } as const;
/** 70 or older: the pregnancy question is not asked. */
const elderlyCalm = { 'q-yellow': 'no', 'q-medicine': 'no', 'q-others': 'no' } as const;
/** Child under 12: no pregnancy question and no itch-all-over question. */
const childCalm = { 'q-yellow': 'no', 'q-medicine': 'no', 'q-others': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 66-year-old with itching, yellow eyes, a fever and pain under the right ribs', answers: { 'q-yellow': 'yes', 'q-yellow-ill': 'yes' }, age: '65-to-70-years', outcome: 'o-yellow-urgent', urgency: 'U2', source: 'spec:jaundice-and-ill' },
  { story: 'yellow eyes, and not sure whether the shivering counts as fever (weet ik niet)', answers: { 'q-yellow': 'yes', 'q-yellow-ill': 'unknown' }, age: adult, outcome: 'o-yellow-urgent', urgency: 'U2', source: 'spec:jaundice-and-ill' },
  { story: 'a 60-year-old with itching all over and yellow eyes, otherwise well', answers: { 'q-yellow': 'yes', 'q-yellow-ill': 'no' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:jaundice' },
  { story: 'unsure whether the eyes look yellow (weet ik niet), otherwise well', answers: { 'q-yellow': 'unknown', 'q-yellow-ill': 'no' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:jaundice' },
  { story: 'a 31-year-old, 34 weeks pregnant, with itchy palms and soles at night', answers: { 'q-yellow': 'no', 'q-pregnant': 'yes' }, age: adult, outcome: 'o-pregnant', urgency: 'U3', source: 'spec:pregnancy-itch' },
  { story: 'not sure about being pregnant (weet ik niet)', answers: { 'q-yellow': 'no', 'q-pregnant': 'unknown' }, age: adult, outcome: 'o-pregnant', urgency: 'U3', source: 'spec:pregnancy-itch' },
  { story: 'a pregnant 27-year-old who also started a new cream: the pregnancy question comes first', answers: { 'q-yellow': 'no', 'q-pregnant': 'yes' }, age: adult, outcome: 'o-pregnant', urgency: 'U3', source: 'spec:pregnancy-itch' },
  { story: 'a 45-year-old with itching and a rash since starting a new blood pressure pill', answers: { 'q-yellow': 'no', 'q-pregnant': 'no', 'q-medicine': 'yes' }, age: adult, outcome: 'o-gp', urgency: 'U4', source: 'spec:new-medicine' },
  { story: 'a 72-year-old not sure whether a pill is new (weet ik niet)', answers: { 'q-yellow': 'no', 'q-medicine': 'unknown' }, age: elderly, outcome: 'o-gp', urgency: 'U4', source: 'spec:new-medicine' },
  { story: 'a 25-year-old whose partner also itches, worst at night (scabies?)', answers: { 'q-yellow': 'no', 'q-pregnant': 'no', 'q-medicine': 'no', 'q-others': 'yes' }, age: adult, outcome: 'o-scabies', urgency: 'U4', source: 'spec:scabies-signs' },
  { story: 'a 7-year-old whose brother also itches, with lines between the fingers', answers: { 'q-yellow': 'no', 'q-medicine': 'no', 'q-others': 'yes' }, age: child, outcome: 'o-scabies', urgency: 'U4', source: 'spec:scabies-signs' },
  { story: 'a 74-year-old with itching all over, no rash, who lost 6 kilos and sweats at night', answers: { ...elderlyCalm, 'q-widespread': 'yes', 'q-systemic': 'yes' }, age: elderly, outcome: 'o-gp-check', urgency: 'U4', source: 'spec:itch-all-over-with-general-signs' },
  { story: 'a 28-year-old itching all over, not sure about the weight loss (weet ik niet)', answers: { ...adultCalm, 'q-widespread': 'yes', 'q-systemic': 'unknown' }, age: adult, outcome: 'o-gp-check', urgency: 'U4', source: 'spec:itch-all-over-with-general-signs' },
  { story: 'a 78-year-old itching all over with dry skin in winter for a week, no other complaints: dry skin first', answers: { ...elderlyCalm, 'q-widespread': 'yes', 'q-systemic': 'no', 'q-days': 7 }, age: elderly, outcome: 'o-self-care', urgency: 'U5', source: 'H&W Jeuk (2004): in older people mostly dry skin; treat it first when there are no other complaints' },
  { story: 'a 50-year-old with unexplained itching for 3 weeks', answers: { ...adultCalm, 'q-widespread': 'no', 'q-days': 21 }, age: adult, outcome: 'o-e-consult', urgency: 'U4', source: 'spec:itch-two-weeks-or-more' },
  // Review 2026-12-04, pattern "number questions without weet ik niet": itch of unknown length counts as 14 days or more.
  { story: 'a 30-year-old who cannot say how long the itch has lasted', answers: { ...adultCalm, 'q-widespread': 'no', 'q-days': 'unknown' }, age: adult, outcome: 'o-e-consult', urgency: 'U4', source: 'spec:itch-two-weeks-or-more' },
  { story: 'a 35-year-old with itchy shins for 5 days in winter: the calm self-care path', answers: { ...adultCalm, 'q-widespread': 'no', 'q-days': 5 }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'Thuisarts: Ik heb jeuk (dry skin care)' },
  { story: 'a 5-year-old with itchy dry skin for a few days', answers: { ...childCalm, 'q-days': 3 }, age: child, outcome: 'o-self-care-child', urgency: 'U5', source: 'Thuisarts: Mijn kind heeft eczeem' },
];

vignetteTable('jeuk', rows);

describe('jeuk: what a row cannot say', () => {
  it('the self-care outcome for a child links the child eczema page', () => {
    const result = triage('jeuk', { age: child, answers: { ...childCalm, 'q-days': 3 } });
    expect(result.outcome.thuisarts).toContain('mijn-kind-heeft-eczeem');
  });
});
