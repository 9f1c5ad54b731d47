/**
 * Low mood or life problems: the suicide questions of gedachten-aan-zelfmoord first, then psychosis or danger to
 * others and self-neglect, then the social domain, the verkennend gesprek, the own practice or self-care.
 */
import { describe, expect, it } from 'vitest';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
/** Suicidal thoughts, not acting now. */
const thoughts = { 'q-suicide': 'yes', 'q-acting': 'no' } as const;
/** Suicidal thoughts without a plan or psychosis: the earlier-attempt question comes next. */
const thoughtsOnly = { ...thoughts, 'q-plan': 'no', 'q-psychosis': 'no' } as const;
/** No danger: the choice between practical problems, low mood and life problems, or low mood comes next. */
const noDanger = { 'q-suicide': 'no', 'q-psychosis': 'no', 'q-neglect': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 40-year-old who has just taken pills to end his life', answers: { 'q-suicide': 'yes', 'q-acting': 'yes' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:attempt-now' },
  { story: 'a sister who cannot tell whether pills were taken (weet ik niet)', answers: { 'q-suicide': 'yes', 'q-acting': 'unknown' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:attempt-now' },
  { story: 'field case: suicidal thoughts with a plan → 113/112 now', answers: { ...thoughts, 'q-plan': 'yes' }, age: adult, outcome: 'o-crisis', urgency: 'U1', source: 'spec:suicide-plan' },
  { story: 'someone who answers "weet ik niet" on suicidal thoughts and on a plan', answers: { 'q-suicide': 'unknown', 'q-acting': 'no', 'q-plan': 'unknown' }, age: adult, outcome: 'o-crisis', urgency: 'U1', source: 'spec:suicide-plan' },
  { story: 'a 25-year-old hearing voices that others do not hear: never a verkennend gesprek', answers: { 'q-suicide': 'no', 'q-psychosis': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:psychosis-or-danger-to-others' },
  { story: 'a mother not sure whether her son hears things (weet ik niet)', answers: { 'q-suicide': 'no', 'q-psychosis': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:psychosis-or-danger-to-others' },
  { story: 'a 33-year-old with thoughts of suicide, no plan, who feels spied upon', answers: { ...thoughts, 'q-plan': 'no', 'q-psychosis': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:psychosis-or-danger-to-others' },
  { story: 'a 52-year-old with thoughts of suicide, no plan, who tried once before', answers: { ...thoughtsOnly, 'q-attempt': 'yes' }, age: adult, outcome: 'o-gp-now', urgency: 'U2', source: 'spec:previous-attempt' },
  { story: 'someone with thoughts of suicide not sure whether an earlier overdose counts (weet ik niet)', answers: { ...thoughtsOnly, 'q-attempt': 'unknown' }, age: adult, outcome: 'o-gp-now', urgency: 'U2', source: 'spec:previous-attempt' },
  { story: 'a 45-year-old with suicidal thoughts but no plan, means or earlier attempt', answers: { ...thoughtsOnly, 'q-attempt': 'no' }, age: adult, outcome: 'o-talk-today', urgency: 'U3', source: 'spec:suicidal-thoughts' },
  { story: 'a 78-year-old widower who has hardly eaten or drunk for days since his wife died', answers: { 'q-suicide': 'no', 'q-psychosis': 'no', 'q-neglect': 'yes' }, age: '70-years-or-older', outcome: 'o-today', urgency: 'U3', source: 'spec:self-neglect' },
  { story: 'a daughter who does not know whether her mother still eats (weet ik niet)', answers: { 'q-suicide': 'no', 'q-psychosis': 'no', 'q-neglect': 'unknown' }, age: '70-years-or-older', outcome: 'o-today', urgency: 'U3', source: 'spec:self-neglect' },
  { story: 'field case: low mood and life problems, no danger → verkennend gesprek', answers: { ...noDanger, 'q-main': 'mood-and-life' }, age: adult, outcome: 'o-verkennend', urgency: 'U5', source: 'domain brief §6 (field case)' },
  { story: 'a 60-year-old with debts and loneliness: the social domain (buurtteam, Welzijn op Recept)', answers: { ...noDanger, 'q-main': 'practical' }, age: adult, outcome: 'o-social', urgency: 'U5', source: 'domain brief §3 (social domain)' },
  { story: 'a 33-year-old who has felt low for a month and sleeps badly: own practice (POH-GGZ)', answers: { ...noDanger, 'q-main': 'mood', 'q-daily': 'yes' }, age: adult, outcome: 'o-poh', urgency: 'U5', source: 'NHG-Standaard Depressie (more than 2 weeks)' },
  { story: 'a 50-year-old feeling a bit down for a few days, managing fine: the calm self-care path', answers: { ...noDanger, 'q-main': 'mood', 'q-daily': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'NHG-Standaard Depressie (depressive complaints: information first)' },
];

vignetteTable('somber-levensproblemen', rows);

describe('somber-levensproblemen: what a row cannot say', () => {
  it('suicidal thoughts with a plan: the crisis line 113, with 112 and the GP or post named', () => {
    const result = triage('somber-levensproblemen', { age: adult, answers: { ...thoughts, 'q-plan': 'yes' } });
    expect(result.outcome.channel).toBe('crisis-113');
    expect(result.outcome.advice).toEqual(['o-crisis.call', 'o-crisis.gp', 'o-crisis.danger']);
  });

  it('low mood and life problems with no danger: the verkennend-gesprek channel', () => {
    const result = triage('somber-levensproblemen', { age: adult, answers: { ...noDanger, 'q-main': 'mood-and-life' } });
    expect(result.outcome.channel).toBe('verkennend-gesprek');
  });
});
