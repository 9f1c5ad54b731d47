import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const noRedFlags = { 'q-fever': 'no', 'q-breath': 'no', 'q-suicide': 'no' } as const;
/** Also no new complaints and no low mood: the treatment question comes next. */
const tiredOnly = { ...noRedFlags, 'q-new': 'no', 'q-mood': 'no' } as const;

const rows: VignetteRow[] = [
  // Updated in 0.2.0: q-suicide is now asked first (review: plan question), so these vignettes answer it.
  { story: 'a 58-year-old with 38.5 °C ten days after chemotherapy', answers: { 'q-suicide': 'no', 'q-fever': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:chemo-fever' },
  { story: 'someone unsure whether they have a fever after chemotherapy', answers: { 'q-suicide': 'no', 'q-fever': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:chemo-fever' },
  { story: 'a 66-year-old who is more and more short of breath', answers: { 'q-suicide': 'no', 'q-fever': 'no', 'q-breath': 'yes' }, age: '65-to-70-years', outcome: 'o-urgent', urgency: 'U2', source: 'spec:breathless-chest-pain' },
  { story: 'a 60-year-old after lung radiotherapy who cannot tell whether she is more breathless than before (weet ik niet)', answers: { 'q-suicide': 'no', 'q-fever': 'no', 'q-breath': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:breathless-chest-pain' },
  // Review 2026-12-04, vermoeid-na-kanker, any suicidal thought → U2 crisis-113 without the plan question, inconsistent
  // with the other trees. The tree now asks q-plan as somber-levensproblemen and angst-paniek do. Thuisarts "Ik denk aan
  // zelfdoding": 112 in direct danger, 113 day and night; get help through the GP.
  { story: 'a 47-year-old with thoughts of ending her life and pills ready', answers: { 'q-suicide': 'yes', 'q-plan': 'yes' }, age: adult, outcome: 'o-crisis', urgency: 'U1', source: 'spec:suicide-plan' },
  { story: 'someone who thinks of ending their life and is not sure about a plan', answers: { 'q-suicide': 'yes', 'q-plan': 'unknown' }, age: adult, outcome: 'o-crisis', urgency: 'U1', source: 'spec:suicide-plan' },
  // Same finding. This path is LESS urgent than in 0.1.0 (U2 crisis line → U3 GP today), on purpose: thoughts without a
  // plan go to a GP talk today in somber-levensproblemen, angst-paniek and gedachten-aan-zelfmoord, and Thuisarts
  // "Ik denk aan zelfdoding" says to get help through the GP, with 113 day and night (named on the outcome).
  { story: 'a 55-year-old, exhausted after chemo, with thoughts of death but no plan', answers: { 'q-suicide': 'yes', 'q-plan': 'no', 'q-fever': 'no', 'q-breath': 'no' }, age: adult, outcome: 'o-talk-today', urgency: 'U3', source: 'spec:suicidal-thoughts' },
  { story: 'a 62-year-old, worn out after treatment, who does not know whether his dark thoughts count (weet ik niet), no plan', answers: { 'q-suicide': 'unknown', 'q-plan': 'no', 'q-fever': 'no', 'q-breath': 'no' }, age: adult, outcome: 'o-talk-today', urgency: 'U3', source: 'spec:suicidal-thoughts' },
  // Same finding: thoughts without a plan still pass the fever and breathlessness questions, which are more urgent.
  { story: 'thoughts without a plan and a fever after chemotherapy, the fever is not skipped', answers: { 'q-suicide': 'yes', 'q-plan': 'no', 'q-fever': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:chemo-fever' },
  { story: 'a 71-year-old, tired, with new back pain and weight loss', answers: { ...noRedFlags, 'q-new': 'yes' }, age: '70-years-or-older', outcome: 'o-gp', urgency: 'U4', source: 'spec:new-symptoms' },
  { story: 'a 57-year-old, tired, who is not sure whether a swelling in her neck is new (weet ik niet)', answers: { ...noRedFlags, 'q-new': 'unknown' }, age: adult, outcome: 'o-gp', urgency: 'U4', source: 'spec:new-symptoms' },
  { story: 'a 52-year-old who has felt low for a month after treatment', answers: { ...noRedFlags, 'q-new': 'no', 'q-mood': 'yes' }, age: adult, outcome: 'o-mood', urgency: 'U5', source: 'calm path, no alarm sign' },
  { story: 'a 45-year-old still on treatment who is very tired', answers: { ...tiredOnly, 'q-finished': 'ongoing' }, age: adult, outcome: 'o-team', urgency: 'U5', source: 'calm path, no alarm sign' },
  { story: 'a 50-year-old, tired a year after finishing breast cancer treatment, no alarm signs', answers: { ...tiredOnly, 'q-finished': 'finished' }, age: adult, outcome: 'o-app', urgency: 'U5', source: 'calm path, no alarm sign' },
];

vignetteTable('vermoeid-na-kanker', rows);

describe('vermoeid-na-kanker: order, channels and texts', () => {
  it('the plan question is asked first, before the calmer branches, as in somber-levensproblemen', () => {
    const tree = content.planned.get('vermoeid-na-kanker')!.tree;
    expect(tree.start).toBe('q-suicide');
    const suicide = tree.nodes['q-suicide'];
    expect(suicide?.type === 'question' && suicide.next.rules?.[0]?.goto).toBe('q-plan');
  });

  it('each outcome goes through its channel: urgent GP, 113, GP today, treatment team, Untire app', () => {
    const nodes = content.planned.get('vermoeid-na-kanker')!.tree.nodes;
    expect(nodes['o-urgent']).toMatchObject({ channel: 'urgent-gp' });
    expect(nodes['o-crisis']).toMatchObject({ channel: 'crisis-113' });
    expect(nodes['o-talk-today']).toMatchObject({ channel: 'gp-today' });
    expect(nodes['o-team']).toMatchObject({ channel: 'e-consult' });
    expect(nodes['o-app']).toMatchObject({ channel: 'app-prescription', app: 'untire' });
  });

  // Review 2026-12-04 (see the thoughts-without-a-plan row): the GP talk today names 113 day and night.
  it('the GP talk today for thoughts without a plan names 113 (0800-0113) in nl and en', () => {
    const outcome = content.planned.get('vermoeid-na-kanker')!.tree.nodes['o-talk-today'];
    if (outcome?.type !== 'outcome') return expect.fail('o-talk-today is not an outcome');
    for (const lang of ['nl', 'en'] as const) {
      const texts = content.texts[lang]!['vermoeid-na-kanker']!;
      expect(outcome.advice.map((key) => texts[key] ?? '').join(' ')).toContain('0800-0113');
    }
  });
});
