import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const elderly = '70-years-or-older';
/** No urgent signs and no colic: the cystitis question comes next. */
const noColic = { 'q-urgent': 'no', 'q-colic': 'no' } as const;
/** Also no signs of a urine infection: the blood-thinner question comes next. */
const painless = { ...noColic, 'q-cystitis': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 38-year-old with red pee, 39 °C and pain in her side', answers: { 'q-urgent': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:fever-flank-pain' },
  { story: '"weet ik niet" on fever with back pain', answers: { 'q-urgent': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:fever-flank-pain' },
  { story: 'a 70-year-old man with clots in his pee who cannot pee', answers: { 'q-urgent': 'yes' }, age: elderly, outcome: 'o-urgent', urgency: 'U2', source: 'spec:clots-cannot-pee' },
  { story: 'a 78-year-old man who cannot tell whether the lumps in his pee are clots and pees only a little (weet ik niet)', answers: { 'q-urgent': 'unknown' }, age: elderly, outcome: 'o-urgent', urgency: 'U2', source: 'spec:clots-cannot-pee' },
  { story: 'a 66-year-old with red pee who feels very weak and dizzy', answers: { 'q-urgent': 'yes' }, age: '65-to-70-years', outcome: 'o-urgent', urgency: 'U2', source: 'spec:very-ill-faint' },
  { story: 'a 69-year-old with red pee who feels off and cannot say whether it is dizziness (weet ik niet)', answers: { 'q-urgent': 'unknown' }, age: '65-to-70-years', outcome: 'o-urgent', urgency: 'U2', source: 'spec:very-ill-faint' },
  { story: 'a 40-year-old with red pee and pain in waves in his side (kidney stone?)', answers: { 'q-urgent': 'no', 'q-colic': 'yes' }, age: adult, outcome: 'o-colic', urgency: 'U3', source: 'spec:renal-colic' },
  { story: 'a 44-year-old with red pee and a backache who cannot tell whether the pain comes in waves (weet ik niet)', answers: { 'q-urgent': 'no', 'q-colic': 'unknown' }, age: adult, outcome: 'o-colic', urgency: 'U3', source: 'spec:renal-colic' },
  { story: 'a 30-year-old woman with blood in her pee and burning when peeing', answers: { ...noColic, 'q-cystitis': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:cystitis-signs' },
  // Review 2026-12-04, bloed-in-urine, no anticoagulant question (quick pass and pattern 1). Richtlijn Hematurie (NVU):
  // blood in the pee on anticoagulants is not benign by default and needs tests. Before 0.2.0 a person on a DOAC with
  // painless red pee got a routine appointment without the GP knowing about the blood thinner.
  { story: 'a 74-year-old on rivaroxaban with painless red pee since this morning', answers: { ...painless, 'q-thinners': 'yes' }, age: elderly, outcome: 'o-thinners', urgency: 'U3', source: 'spec:blood-thinners' },
  { story: 'someone who is not sure whether one of their tablets is a blood thinner', answers: { ...painless, 'q-thinners': 'unknown' }, age: adult, outcome: 'o-thinners', urgency: 'U3', source: 'spec:blood-thinners' },
  // Updated in 0.2.0: the painless path now also asks q-thinners (review: no anticoagulant question).
  // The calmest end: a GP appointment, never self-care.
  { story: 'a 62-year-old who once saw painless red pee', answers: { ...painless, 'q-thinners': 'no' }, age: adult, outcome: 'o-next-day', urgency: 'U4', source: 'spec:visible-blood' },
  { story: 'a 35-year-old woman who saw pink pee once and is not sure about any of the urgent signs (weet ik niet)', answers: { 'q-urgent': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:visible-blood' },
];

vignetteTable('bloed-in-urine', rows);

describe('bloed-in-urine: order, channels and texts', () => {
  // Review 2026-12-04, no anticoagulant question (see the blood-thinner rows): the question uses the shared
  // blood-thinner texts and stands before the only calmer end.
  it('q-thinners stands before o-next-day and uses the shared common:risk.blood-thinners texts', () => {
    const tree = content.planned.get('bloed-in-urine')!.tree;
    const cystitis = tree.nodes['q-cystitis'];
    expect(cystitis?.type === 'question' && cystitis.next.otherwise).toBe('q-thinners');
    const thinners = tree.nodes['q-thinners'];
    expect(thinners?.type === 'question' && thinners.text).toBe('common:risk.blood-thinners.text');
  });

  it('the urgent signs go to the GP now, blood thinners to the GP today; colic and cystitis link their Thuisarts page', () => {
    const nodes = content.planned.get('bloed-in-urine')!.tree.nodes;
    expect(nodes['o-urgent']).toMatchObject({ channel: 'urgent-gp' });
    expect(nodes['o-thinners']).toMatchObject({ channel: 'gp-today' });
    expect(nodes['o-colic']).toMatchObject({ thuisarts: expect.arrayContaining(['ik-heb-pijnaanval-door-niersteen']) });
    expect(nodes['o-today']).toMatchObject({ thuisarts: expect.arrayContaining(['ik-heb-bloed-in-urine']) });
  });
});
