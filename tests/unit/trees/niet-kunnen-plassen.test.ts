import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
/** No full bladder and no nerve signs: since 0.2.0 every calmer path also answers q-cauda. */
const noUrgent = { 'q-retention': 'no', 'q-cauda': 'no' } as const;
/** Also nothing for today: the question about weeks of complaints comes next. */
const notToday = { ...noUrgent, 'q-today': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 72-year-old man who has not peed for 8 hours with a painful full bladder', answers: { 'q-retention': 'yes' }, age: '70-years-or-older', outcome: 'o-urgent', urgency: 'U2', source: 'spec:acute-retention' },
  { story: '"weet ik niet" on a full bladder that will not empty', answers: { 'q-retention': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:acute-retention' },
  // Review 2026-12-04, niet-kunnen-plassen, missing red flag "cauda equina" and under-triage of difficult voiding with
  // new back pain or saddle numbness to o-e-consult. NHG-Standaard Lumbosacraal radiculair syndroom: a suspected cauda
  // equina syndrome is referred at once. Royal Free NHS leaflet: any combination of these signs means the emergency
  // department now.
  { story: 'a 45-year-old with a slow stream since yesterday, new low back pain and a numb feeling between the legs', answers: { 'q-retention': 'no', 'q-cauda': 'yes' }, age: adult, outcome: 'o-nerves', urgency: 'U2', source: 'spec:cauda-equina' },
  // Same finding: "weet ik niet" on the nerve signs counts as present.
  { story: 'a man who cannot tell whether the skin around his anus feels numb', answers: { 'q-retention': 'no', 'q-cauda': 'unknown' }, age: adult, outcome: 'o-nerves', urgency: 'U2', source: 'spec:cauda-equina' },
  // Updated in 0.2.0: the path now also asks q-cauda (review: missing cauda equina red flag).
  { story: 'a 60-year-old man with difficulty peeing and a fever', answers: { ...noUrgent, 'q-today': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:fever-or-chills' },
  { story: 'a 67-year-old man with a slow stream who felt shivery last night but did not take his temperature (weet ik niet)', answers: { ...noUrgent, 'q-today': 'unknown' }, age: '65-to-70-years', outcome: 'o-today', urgency: 'U3', source: 'spec:fever-or-chills' },
  { story: 'a 68-year-old man who pushes to pee and sees red pee', answers: { ...noUrgent, 'q-today': 'yes' }, age: '65-to-70-years', outcome: 'o-today', urgency: 'U3', source: 'spec:visible-blood' },
  { story: 'an 81-year-old man with a weak stream who cannot tell whether the dark colour of his pee is blood (weet ik niet)', answers: { ...noUrgent, 'q-today': 'unknown' }, age: '70-years-or-older', outcome: 'o-today', urgency: 'U3', source: 'spec:visible-blood' },
  { story: 'a 75-year-old man who since this morning gets only a few drops out, without pain', answers: { ...noUrgent, 'q-today': 'yes' }, age: '70-years-or-older', outcome: 'o-today', urgency: 'U3', source: 'spec:sudden-drop' },
  { story: 'a 50-year-old who is not sure whether less comes out today than yesterday (weet ik niet)', answers: { ...noUrgent, 'q-today': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:sudden-drop' },
  // Updated in 0.2.0: the path now also asks q-cauda.
  { story: 'a 65-year-old man with a weak stream and dribbling for months', answers: { ...notToday, 'q-weeks': 'yes' }, age: '65-to-70-years', outcome: 'o-next-day', urgency: 'U4', source: 'spec:weeks-of-complaints' },
  // Updated in 0.2.0: the path now also asks q-cauda.
  { story: 'a 40-year-old with a slow start for a couple of days, no other signs', answers: { ...notToday, 'q-weeks': 'no' }, age: adult, outcome: 'o-e-consult', urgency: 'U4', source: 'calm path, no alarm sign' },
];

vignetteTable('niet-kunnen-plassen', rows);

describe('niet-kunnen-plassen: order, channels and texts', () => {
  // Review 2026-12-04, cauda equina (see the rows above): the nerve signs are asked before the calmer questions, and
  // as "any one of", not as a compound.
  it('q-cauda comes before every calmer question, and its hint names saddle numbness, bladder feeling, weak legs and back pain', () => {
    const tree = content.planned.get('niet-kunnen-plassen')!.tree;
    const retention = tree.nodes['q-retention'];
    expect(retention?.type === 'question' && retention.next.otherwise).toBe('q-cauda');
    const nl = content.texts.nl!['niet-kunnen-plassen']!['q-cauda.hint'] ?? '';
    for (const word of ['anus', 'blaas', 'benen', 'rugpijn']) expect(nl).toContain(word);
  });

  it('the outcomes link the Thuisarts page that fits them; the nerve signs go to the GP or post now', () => {
    const nodes = content.planned.get('niet-kunnen-plassen')!.tree.nodes;
    expect(nodes['o-urgent']).toMatchObject({ thuisarts: expect.arrayContaining(['ik-kan-opeens-niet-meer-plassen-man']) });
    expect(nodes['o-next-day']).toMatchObject({ thuisarts: ['ik-heb-problemen-met-plassen-man'] });
    expect(nodes['o-nerves']).toMatchObject({ channel: 'urgent-gp', thuisarts: ['ik-heb-rug-hernia'] });
  });
});
