import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const teen = '12-to-16-years';
const noCrisis = { 'q-acting': 'no', 'q-plan': 'no', 'q-unsafe': 'no' } as const;
/** Also no voices and no danger to others: the earlier-attempt question comes next. */
const noCrisisRoute = { ...noCrisis, 'q-voices': 'no', 'q-others': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a partner who found someone after taking a handful of pills', answers: { 'q-acting': 'yes' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:attempt-now' },
  { story: 'a parent who does not know whether their 15-year-old has taken something', answers: { 'q-acting': 'unknown' }, age: teen, outcome: 'o-112', urgency: 'U1', source: 'spec:attempt-now' },
  { story: 'field case: suicidal thoughts with a plan', answers: { 'q-acting': 'no', 'q-plan': 'yes' }, age: adult, outcome: 'o-113', urgency: 'U1', source: 'spec:plan-or-means' },
  { story: 'someone unsure whether there is a plan', answers: { 'q-acting': 'no', 'q-plan': 'unknown' }, age: adult, outcome: 'o-113', urgency: 'U1', source: 'spec:plan-or-means' },
  { story: 'a 19-year-old alone at night, afraid of not keeping safe, no plan', answers: { 'q-acting': 'no', 'q-plan': 'no', 'q-unsafe': 'yes' }, age: adult, outcome: 'o-113', urgency: 'U1', source: 'spec:cannot-keep-safe' },
  { story: 'a 30-year-old who has been drinking and cannot say whether she will keep safe tonight (weet ik niet)', answers: { 'q-acting': 'no', 'q-plan': 'no', 'q-unsafe': 'unknown' }, age: adult, outcome: 'o-113', urgency: 'U1', source: 'spec:cannot-keep-safe' },
  // Review: missing red flag "psychosis/command voices". Thuisarts crisis page and the Kamerbrief acute GGZ:
  // a psychosis goes to the GP or post, who call in the crisis service (U2), never only to a helpline.
  { story: 'a 23-year-old who hears voices telling him to harm himself, no plan, says he feels safe', answers: { ...noCrisis, 'q-voices': 'yes' }, age: adult, outcome: 'o-crisis', urgency: 'U2', source: 'spec:psychosis-voices' },
  { story: 'a mother who does not know whether her 15-year-old hears voices', answers: { ...noCrisis, 'q-voices': 'unknown' }, age: teen, outcome: 'o-crisis', urgency: 'U2', source: 'spec:psychosis-voices' },
  // Review: missing red flag "danger to others". Thuisarts crisis page: threatening danger to people around
  // you is a crisis; the GP or post calls in the crisis service, 112 for immediate danger.
  { story: 'a 45-year-old with suicidal thoughts who is afraid he will hurt his partner', answers: { ...noCrisis, 'q-voices': 'no', 'q-others': 'yes' }, age: adult, outcome: 'o-crisis', urgency: 'U2', source: 'spec:danger-to-others' },
  { story: 'a 35-year-old who is not sure her children are safe with her at home (weet ik niet)', answers: { ...noCrisis, 'q-voices': 'no', 'q-others': 'unknown' }, age: adult, outcome: 'o-crisis', urgency: 'U2', source: 'spec:danger-to-others' },
  // Review: missing red flag "previous attempt". Richtlijn Suïcidaal gedrag (persoonskenmerken): an earlier
  // attempt is an important risk indicator; with thoughts now, the GP within the hour instead of later today.
  { story: 'a 52-year-old man with thoughts of suicide who tried once before, no plan, feels safe', answers: { ...noCrisisRoute, 'q-attempt': 'yes' }, age: adult, outcome: 'o-gp-now', urgency: 'U2', source: 'spec:previous-attempt' },
  { story: 'a 16-year-old who cannot say whether an overdose last year counted as an attempt (weet ik niet)', answers: { ...noCrisisRoute, 'q-attempt': 'unknown' }, age: '16-to-18-years', outcome: 'o-gp-now', urgency: 'U2', source: 'spec:previous-attempt' },
  // Updated in 0.2.0: the path now also asks q-voices, q-others and q-attempt (review: missing red flags).
  // The calmest end: a GP talk today, never self-care.
  { story: 'a 40-year-old with recurring thoughts of death, no plan, feels safe', answers: { ...noCrisisRoute, 'q-attempt': 'no' }, age: adult, outcome: 'o-gp-today', urgency: 'U3', source: 'spec:thoughts-of-suicide' },
  { story: 'a 68-year-old with thoughts of death who will not say whether he has already done something (weet ik niet)', answers: { 'q-acting': 'unknown' }, age: '65-to-70-years', outcome: 'o-112', urgency: 'U1', source: 'spec:thoughts-of-suicide' },
];

vignetteTable('gedachten-aan-zelfmoord', rows);

describe('gedachten-aan-zelfmoord: outcomes and texts', () => {
  it('113 is the crisis line, 112 the emergency number, the crisis route and an earlier attempt go to the GP or post', () => {
    const nodes = content.planned.get('gedachten-aan-zelfmoord')!.tree.nodes;
    expect(nodes['o-113']).toMatchObject({ channel: 'crisis-113' });
    expect(nodes['o-112']).toMatchObject({ channel: 'emergency-112' });
    expect(nodes['o-crisis']).toMatchObject({ channel: 'urgent-gp' });
    expect(nodes['o-gp-now']).toMatchObject({ channel: 'urgent-gp' });
  });

  // Review 2026-12-04, gedachten-aan-zelfmoord, under-triage: q-plan/q-unsafe → o-113 only, with no word on
  // the GP or the post. Thuisarts "Ik heb een ernstige psychische crisis": call the GP, out of hours the
  // huisartsenpost; the GP calls in the crisis service. 113 stays the first line.
  it('o-113 (a plan) also names the GP and the huisartsenpost, who can call in the crisis service', () => {
    const outcome = content.planned.get('gedachten-aan-zelfmoord')!.tree.nodes['o-113'];
    if (outcome?.type !== 'outcome') return expect.fail('o-113 is not an outcome');
    for (const lang of ['nl', 'en'] as const) {
      const texts = content.texts[lang]!['gedachten-aan-zelfmoord']!;
      const advice = outcome.advice.map((key) => texts[key] ?? '').join(' ');
      expect(advice).toContain('0800-0113');
      expect(advice).toMatch(lang === 'nl' ? /huisartsenpost/ : /out-of-hours GP service/);
      expect(advice).toMatch(lang === 'nl' ? /crisisdienst/ : /crisis service/);
    }
  });

  it('every outcome names 113 (0800-0113) in its advice and its safety net, and none is U4/U5', () => {
    const tree = content.planned.get('gedachten-aan-zelfmoord')!.tree;
    const texts = content.texts['nl']!['gedachten-aan-zelfmoord']!;
    for (const node of Object.values(tree.nodes)) {
      if (node.type !== 'outcome') continue;
      expect(['U0', 'U1', 'U2', 'U3']).toContain(node.urgency);
      expect(node.advice.some((key) => texts[key]?.includes('0800-0113'))).toBe(true);
      expect(texts[node.safetyNet]).toContain('0800-0113');
    }
  });
});
