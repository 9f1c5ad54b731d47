import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const older = '65-to-70-years';
/** No heavy bleeding and nothing for today: the blood-thinner question comes next. */
const notToday = { 'q-heavy': 'no', 'q-today': 'no' } as const;
// Since 0.2.0 every path past q-today also answers q-thinners (review: no anticoagulant question).
const noThinners = { ...notToday, 'q-thinners': 'no' } as const;
/** Also stools as usual: the question about known piles comes next. */
const clear = { ...noThinners, 'q-change': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 65-year-old passing clots and feeling faint', answers: { 'q-heavy': 'yes' }, age: older, outcome: 'o-urgent', urgency: 'U2', source: 'spec:heavy-bleeding' },
  { story: '"weet ik niet" on heavy bleeding', answers: { 'q-heavy': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:heavy-bleeding' },
  { story: 'a 55-year-old with black, tarry stools', answers: { 'q-heavy': 'no', 'q-today': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:black-tarry-stool' },
  { story: 'a 67-year-old on iron tablets who cannot tell whether his dark stool is sticky like tar (weet ik niet)', answers: { 'q-heavy': 'no', 'q-today': 'unknown' }, age: older, outcome: 'o-today', urgency: 'U3', source: 'spec:black-tarry-stool' },
  { story: 'a 72-year-old with diarrhoea with blood and a fever since yesterday', answers: { 'q-heavy': 'no', 'q-today': 'yes' }, age: '70-years-or-older', outcome: 'o-today', urgency: 'U3', source: 'spec:bloody-diarrhoea-fever-pain' },
  { story: 'a 33-year-old with blood on the stool and belly cramps who does not know whether it counts as severe (weet ik niet)', answers: { 'q-heavy': 'no', 'q-today': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:bloody-diarrhoea-fever-pain' },
  // Review 2026-12-04, bloed-bij-ontlasting, no anticoagulant question (quick pass and pattern 1). NHG-Standaard
  // Rectaal bloedverlies: ask about blood thinners. Without the question, a person on a DOAC with known piles ended at
  // self-care (U5).
  { story: 'a 68-year-old on apixaban with known piles and a little bright red blood as before', answers: { ...notToday, 'q-thinners': 'yes' }, age: older, outcome: 'o-thinners', urgency: 'U3', source: 'spec:blood-thinners' },
  { story: 'someone who does not know whether their tablets thin the blood', answers: { ...notToday, 'q-thinners': 'unknown' }, age: adult, outcome: 'o-thinners', urgency: 'U3', source: 'spec:blood-thinners' },
  // Updated in 0.2.0: the path now also asks q-thinners.
  { story: 'a 45-year-old with blood and looser stools for six weeks', answers: { ...noThinners, 'q-change': 'yes' }, age: adult, outcome: 'o-next-day', urgency: 'U4', source: 'spec:changed-bowel-habit-weight-loss' },
  { story: 'a 52-year-old with blood on the paper who is not sure whether she has lost weight (weet ik niet)', answers: { ...noThinners, 'q-change': 'unknown' }, age: adult, outcome: 'o-next-day', urgency: 'U4', source: 'spec:changed-bowel-habit-weight-loss' },
  { story: 'a 60-year-old with new bright red blood, bowel habits unchanged', answers: { ...clear, 'q-known': 'no', 'q-age-50': 'yes' }, age: adult, outcome: 'o-next-day', urgency: 'U4', source: 'spec:new-bleeding-from-50' },
  { story: 'a 56-year-old who is not sure whether this blood is the same as his old piles (weet ik niet)', answers: { ...clear, 'q-known': 'unknown', 'q-age-50': 'yes' }, age: adult, outcome: 'o-next-day', urgency: 'U4', source: 'spec:new-bleeding-from-50' },
  { story: 'a 75-year-old with new blood on the toilet paper, without the age question', answers: { ...clear, 'q-known': 'no' }, age: '70-years-or-older', outcome: 'o-next-day', urgency: 'U4', source: 'spec:new-bleeding-from-50' },
  { story: 'a 30-year-old with new bright red blood on the paper after straining', answers: { ...clear, 'q-known': 'no', 'q-age-50': 'no' }, age: adult, outcome: 'o-e-consult', urgency: 'U4', source: 'calm path, no alarm sign' },
  { story: 'a 40-year-old with known piles and a little bright red blood as before', answers: { ...clear, 'q-known': 'yes' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'calm path, no alarm sign' },
];

vignetteTable('bloed-bij-ontlasting', rows);

describe('bloed-bij-ontlasting: order, channels and texts', () => {
  // Review 2026-12-04, no anticoagulant question (see the blood-thinner rows): the question is asked before every
  // calmer branch, with the shared blood-thinner texts.
  it('q-thinners comes before q-change and uses the shared common:risk.blood-thinners texts', () => {
    const tree = content.planned.get('bloed-bij-ontlasting')!.tree;
    const today = tree.nodes['q-today'];
    expect(today?.type === 'question' && today.next.otherwise).toBe('q-thinners');
    const thinners = tree.nodes['q-thinners'];
    expect(thinners?.type === 'question' && thinners.text).toBe('common:risk.blood-thinners.text');
  });

  it('black stool and blood thinners go to the GP today; the e-consult links "Ik heb aambeien"', () => {
    const nodes = content.planned.get('bloed-bij-ontlasting')!.tree.nodes;
    expect(nodes['o-today']).toMatchObject({ channel: 'gp-today' });
    expect(nodes['o-thinners']).toMatchObject({ channel: 'gp-today' });
    expect(nodes['o-e-consult']).toMatchObject({ thuisarts: expect.arrayContaining(['ik-heb-aambeien']) });
  });
});
