/**
 * Anxiety or panic: the suicide questions of gedachten-aan-zelfmoord first, then psychosis and new chest pain,
 * then the calmer branches (a panic attack now, or anxiety for weeks).
 */
import { describe, expect, it } from 'vitest';
import { content, triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const child = '4-to-12-years';
/** Suicidal thoughts, not acting now. */
const thoughts = { 'q-suicide': 'yes', 'q-acting': 'no' } as const;
/** Suicidal thoughts without a plan, psychosis or new chest pain: the earlier-attempt question comes next. */
const thoughtsOnly = { ...thoughts, 'q-plan': 'no', 'q-psychosis': 'no', 'q-chest': 'no' } as const;
/** No danger signs: the calmer branches come next. */
const noDanger = { 'q-suicide': 'no', 'q-psychosis': 'no', 'q-chest': 'no' } as const;
const attack = { ...noDanger, 'q-kind': 'attack-now' } as const;
const often = { ...noDanger, 'q-kind': 'often' } as const;

const rows: VignetteRow[] = [
  { story: 'a 22-year-old who has just taken a handful of pills after a panic attack', answers: { 'q-suicide': 'yes', 'q-acting': 'yes' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:attempt-now' },
  { story: 'a friend who does not know whether pills were taken (weet ik niet)', answers: { 'q-suicide': 'yes', 'q-acting': 'unknown' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:attempt-now' },
  { story: 'a 35-year-old with anxiety and suicidal thoughts with a plan', answers: { ...thoughts, 'q-plan': 'yes' }, age: adult, outcome: 'o-crisis', urgency: 'U1', source: 'spec:suicide-plan' },
  { story: 'someone unsure whether they have suicidal thoughts or a plan', answers: { 'q-suicide': 'unknown', 'q-acting': 'no', 'q-plan': 'unknown' }, age: adult, outcome: 'o-crisis', urgency: 'U1', source: 'spec:suicide-plan' },
  { story: 'a 26-year-old who hears voices and feels followed, without suicidal thoughts', answers: { 'q-suicide': 'no', 'q-psychosis': 'yes' }, age: adult, outcome: 'o-mental-crisis', urgency: 'U2', source: 'spec:psychosis-or-danger-to-others' },
  { story: 'a partner not sure whether he hears things that are not there (weet ik niet)', answers: { 'q-suicide': 'no', 'q-psychosis': 'unknown' }, age: adult, outcome: 'o-mental-crisis', urgency: 'U2', source: 'spec:psychosis-or-danger-to-others' },
  { story: 'a 30-year-old with thoughts of suicide, no plan, who is afraid of hurting her partner', answers: { ...thoughts, 'q-plan': 'no', 'q-psychosis': 'yes' }, age: adult, outcome: 'o-mental-crisis', urgency: 'U2', source: 'spec:psychosis-or-danger-to-others' },
  { story: 'a 72-year-old with a first "panic attack" with chest pressure', answers: { 'q-suicide': 'no', 'q-psychosis': 'no', 'q-chest': 'yes' }, age: '70-years-or-older', outcome: 'o-urgent', urgency: 'U2', source: 'spec:new-chest-pain-or-breathlessness' },
  { story: 'a 50-year-old who does not know whether the chest pain is new', answers: { 'q-suicide': 'no', 'q-psychosis': 'no', 'q-chest': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:new-chest-pain-or-breathlessness' },
  { story: 'a 44-year-old with thoughts of suicide and new chest pressure', answers: { ...thoughts, 'q-plan': 'no', 'q-psychosis': 'no', 'q-chest': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:new-chest-pain-or-breathlessness' },
  { story: 'a 38-year-old with thoughts of suicide, no plan, who took an overdose two years ago', answers: { ...thoughtsOnly, 'q-attempt': 'yes' }, age: adult, outcome: 'o-gp-now', urgency: 'U2', source: 'spec:previous-attempt' },
  { story: 'someone with thoughts of suicide who cannot say whether an earlier overdose was an attempt (weet ik niet)', answers: { ...thoughtsOnly, 'q-attempt': 'unknown' }, age: adult, outcome: 'o-gp-now', urgency: 'U2', source: 'spec:previous-attempt' },
  { story: 'a 28-year-old with suicidal thoughts but no plan and no earlier attempt', answers: { ...thoughtsOnly, 'q-attempt': 'no' }, age: adult, outcome: 'o-talk-today', urgency: 'U3', source: 'spec:suicidal-thoughts' },
  { story: 'a 16-year-old who says "weet ik niet" to thoughts of suicide, and no to the rest', answers: { 'q-suicide': 'unknown', 'q-acting': 'no', 'q-plan': 'no', 'q-psychosis': 'no', 'q-chest': 'no', 'q-attempt': 'no' }, age: '16-to-18-years', outcome: 'o-talk-today', urgency: 'U3', source: 'spec:suicidal-thoughts' },
  { story: 'a 19-year-old having her first ever attack of racing heart and fear, no chest pain', answers: { ...attack, 'q-first': 'yes' }, age: adult, outcome: 'o-first', urgency: 'U4', source: 'spec:first-or-different-attack' },
  { story: 'a 45-year-old not sure whether this attack is like the earlier ones (weet ik niet)', answers: { ...attack, 'q-first': 'unknown' }, age: adult, outcome: 'o-first', urgency: 'U4', source: 'spec:first-or-different-attack' },
  { story: 'a 24-year-old having one of her familiar panic attacks right now: the calm self-care path', answers: { ...attack, 'q-first': 'no' }, age: adult, outcome: 'o-breathe', urgency: 'U5', source: 'NHG-Standaard Angst (advise calm breathing during an attack)' },
  { story: 'a 40-year-old avoiding shops and work for weeks because of anxiety', answers: { ...often, 'q-daily-life': 'yes' }, age: adult, outcome: 'o-gp', urgency: 'U5', source: 'NHG-Standaard Angst (limitation of daily life)' },
  { story: 'a 9-year-old who has not dared to go to school for weeks', answers: { ...often, 'q-daily-life': 'yes' }, age: child, outcome: 'o-gp-child', urgency: 'U5', source: 'NHG-Standaard Angst (limitation of daily life)' },
  { story: 'a 30-year-old who worries now and then but manages daily life', answers: { ...often, 'q-daily-life': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'NHG-Standaard Angst (anxiety complaints: explanation and self-help)' },
  { story: 'a 6-year-old afraid of the dark, otherwise fine', answers: { ...often, 'q-daily-life': 'no' }, age: child, outcome: 'o-self-care-child', urgency: 'U5', source: 'NHG-Standaard Angst (anxiety complaints: explanation and self-help)' },
];

vignetteTable('angst-paniek', rows);

describe('angst-paniek: what a row cannot say', () => {
  it('the plan outcome is 113 now on the crisis line, with 112 and the GP or post named', () => {
    const result = triage('angst-paniek', { age: adult, answers: { ...thoughts, 'q-plan': 'yes' } });
    expect(result.outcome.channel).toBe('crisis-113');
    expect(result.outcome.advice).toEqual(['o-crisis.call', 'o-crisis.gp', 'o-crisis.danger']);
  });

  it('names 113 on every outcome for suicidal thoughts, as gedachten-aan-zelfmoord does', () => {
    const nodes = content.planned.get('angst-paniek')!.tree.nodes;
    for (const id of ['o-gp-now', 'o-talk-today']) {
      const node = nodes[id];
      expect(node?.type === 'outcome' && node.thuisarts).toContain('ik-denk-aan-zelfmoord');
    }
  });

  it('asks the same suicide questions as gedachten-aan-zelfmoord, before anything else', () => {
    const tree = content.planned.get('angst-paniek')!.tree;
    expect(tree.start).toBe('q-suicide');
    const other = content.planned.get('gedachten-aan-zelfmoord')!.tree.nodes;
    for (const id of ['q-acting', 'q-plan', 'q-attempt']) expect(tree.nodes[id], id).toBeDefined();
    expect(other['q-acting']).toBeDefined();
  });
});
