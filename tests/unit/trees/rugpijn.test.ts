import { describe, expect, it } from 'vitest';
import { content, triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const older = '65-to-70-years';
const elderly = '70-years-or-older';
/** No shock signs, no sudden severe pain: the cauda equina question comes next. */
const noShock = { 'q-shock': 'no', 'q-sudden': 'no' } as const;
/** Also no cauda equina signs: the serious-cause list comes next. */
const noRedFlags = { ...noShock, 'q-cauda': 'no' } as const;
/** Also no fever, cancer, trauma or low immunity, no blood thinners, no weak leg: the pain score comes next. */
const calm = { ...noRedFlags, 'q-serious': 'no', 'q-thinners': 'no', 'q-leg': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 68-year-old with sudden tearing pain in back and belly, pale and sweaty', answers: { 'q-shock': 'yes' }, age: older, outcome: 'o-112', urgency: 'U1', source: 'spec:shock-signs' },
  { story: 'a man with back pain who cannot tell whether he looks pale (weet ik niet)', answers: { 'q-shock': 'unknown' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:shock-signs' },
  // Review 2026-12-04, quick pass: q-aorta needed sudden AND back+belly AND shock at once, so a person
  // over 50 with sudden severe back or flank pain without shock reached at most U3 through the pain score.
  { story: 'a 62-year-old with sudden, very severe flank pain for an hour who feels otherwise well', answers: { 'q-shock': 'no', 'q-sudden': 'yes' }, age: adult, outcome: 'o-aorta', urgency: 'U2', source: 'spec:sudden-severe-pain-or-aneurysm' },
  { story: 'a 72-year-old with a known widened belly artery and new back pain', answers: { 'q-shock': 'no', 'q-sudden': 'yes' }, age: elderly, outcome: 'o-aorta', urgency: 'U2', source: 'spec:sudden-severe-pain-or-aneurysm' },
  { story: 'a 55-year-old who is not sure whether the pain came on suddenly (weet ik niet)', answers: { 'q-shock': 'no', 'q-sudden': 'unknown' }, age: adult, outcome: 'o-aorta', urgency: 'U2', source: 'spec:sudden-severe-pain-or-aneurysm' },
  { story: 'a 45-year-old with back pain who cannot pee and feels numb around the anus (cauda equina)', answers: { ...noShock, 'q-cauda': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:cauda-equina' },
  { story: 'someone who is not sure about the numb feeling between the legs (weet ik niet)', answers: { ...noShock, 'q-cauda': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:cauda-equina' },
  { story: 'a 40-year-old with back pain and a fever of 39 °C', answers: { ...noRedFlags, 'q-serious': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:fever-or-very-ill' },
  { story: 'a 66-year-old treated for breast cancer three years ago with new back pain', answers: { ...noRedFlags, 'q-serious': 'yes' }, age: older, outcome: 'o-today', urgency: 'U3', source: 'spec:cancer-history' },
  { story: 'a 75-year-old with back pain since a fall yesterday', answers: { ...noRedFlags, 'q-serious': 'yes' }, age: elderly, outcome: 'o-today', urgency: 'U3', source: 'spec:trauma-or-weak-bones' },
  { story: 'someone who does not know whether the list applies (weet ik niet)', answers: { ...noRedFlags, 'q-serious': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:fever-or-very-ill' },
  // Review 2026-12-04, quick pass: no anticoagulant question in rugpijn.
  { story: 'a 74-year-old on apixaban with new pain low in the back', answers: { ...noRedFlags, 'q-serious': 'no', 'q-thinners': 'yes' }, age: elderly, outcome: 'o-thinners', urgency: 'U3', source: 'spec:blood-thinners' },
  { story: 'a 70-year-old who is not sure whether her pills are blood thinners (weet ik niet)', answers: { ...noRedFlags, 'q-serious': 'no', 'q-thinners': 'unknown' }, age: elderly, outcome: 'o-thinners', urgency: 'U3', source: 'spec:blood-thinners' },
  { story: 'a 50-year-old with sciatica and a dragging foot', answers: { ...noRedFlags, 'q-serious': 'no', 'q-thinners': 'no', 'q-leg': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:leg-weakness' },
  { story: 'someone with sciatica who cannot tell whether the foot is weak (weet ik niet)', answers: { ...noRedFlags, 'q-serious': 'no', 'q-thinners': 'no', 'q-leg': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:leg-weakness' },
  { story: 'a 35-year-old with pain 9 out of 10 despite paracetamol', answers: { ...calm, 'q-pain': 9 }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:severe-pain' },
  // Review 2026-12-04, pattern "number questions without weet ik niet": a pain that cannot be scored counts as severe.
  { story: 'a 45-year-old who cannot put a number on the pain (weet ik niet)', answers: { ...calm, 'q-pain': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:severe-pain' },
  { story: 'a 40-year-old with back pain for 8 weeks', answers: { ...calm, 'q-pain': 4, 'q-weeks': 8 }, age: adult, outcome: 'o-e-consult', urgency: 'U4', source: 'spec:over-six-weeks' },
  { story: 'a 52-year-old who cannot remember how many weeks the pain has lasted (weet ik niet)', answers: { ...calm, 'q-pain': 4, 'q-weeks': 'unknown' }, age: adult, outcome: 'o-e-consult', urgency: 'U4', source: 'spec:over-six-weeks' },
  { story: 'a 30-year-old with ordinary low back pain since lifting a box two days ago', answers: { ...calm, 'q-pain': 6, 'q-weeks': 0 }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'Thuisarts: Ik heb pijn in mijn onderrug (self-care for ordinary back pain)' },
];

vignetteTable('rugpijn', rows);

describe('rugpijn: texts and links', () => {
  const nl = (key: string) => content.texts.nl!['rugpijn']![key];
  it('the calm path links to the Thuisarts back pain page', () => {
    expect(triage('rugpijn', { age: adult, answers: { ...calm, 'q-pain': 6, 'q-weeks': 0 } }).outcome.thuisarts).toContain('ik-heb-pijn-onderrug');
  });
  it('the blood-thinner question uses the shared text, and its outcome warns against ibuprofen-like painkillers', () => {
    expect(content.planned.get('rugpijn')!.tree.nodes['q-thinners']).toMatchObject({ text: 'common:risk.blood-thinners.text' });
    expect(nl('o-thinners.meanwhile')).toContain('ibuprofen');
  });
});
