/**
 * Heat: signs of heatstroke and no improvement after half an hour of cooling are 112; not keeping fluids down is
 * the urgent line; babies, people of 70 or older and people with chronic disease call the GP today.
 */
import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
/** No heatstroke signs, better after cooling, drinking fine. */
const calm = { 'q-overheated': 'no', 'q-not-better': 'no', 'q-fluids': 'no' } as const;

const rows: VignetteRow[] = [
  // Review 2026-12-04, hitte-zonnesteek (quick pass), under-triage: T > 40, hot dry skin, getting floppy went to U2.
  // NHS heatstroke advice: call 999.
  { story: 'a marathon runner with hot, dry skin and 40.5 degrees', answers: { 'q-overheated': 'yes' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:heatstroke-signs' },
  { story: 'a parent who cannot tell whether the child still sweats (weet ik niet)', answers: { 'q-overheated': 'unknown' }, age: '4-to-12-years', outcome: 'o-112', urgency: 'U1', source: 'spec:heatstroke-signs' },
  { story: 'a toddler who gets floppy and sleepy after an afternoon in a hot car', answers: { 'q-overheated': 'yes' }, age: '1-to-4-years', outcome: 'o-112', urgency: 'U1', source: 'spec:heatstroke-signs' },
  { story: 'a roofer whose headache and dizziness have not eased after half an hour in the shade with water', answers: { 'q-overheated': 'no', 'q-not-better': 'yes' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:not-better-after-30-minutes' },
  { story: 'a carer unsure whether her mother is improving after cooling (weet ik niet)', answers: { 'q-overheated': 'no', 'q-not-better': 'unknown' }, age: '70-years-or-older', outcome: 'o-112', urgency: 'U1', source: 'spec:not-better-after-30-minutes' },
  { story: 'a teenager who keeps vomiting after a day at a festival and cannot keep water down', answers: { 'q-overheated': 'no', 'q-not-better': 'no', 'q-fluids': 'yes' }, age: '16-to-18-years', outcome: 'o-urgent', urgency: 'U2', source: 'spec:cannot-keep-fluids' },
  { story: 'unsure whether the child has peed today (weet ik niet)', answers: { 'q-overheated': 'no', 'q-not-better': 'no', 'q-fluids': 'unknown' }, age: '4-to-12-years', outcome: 'o-urgent', urgency: 'U2', source: 'spec:cannot-keep-fluids' },
  { story: 'an 80-year-old with a headache in a heat wave', answers: calm, age: '70-years-or-older', outcome: 'o-risk', urgency: 'U3', source: 'spec:older-adult-in-heat' },
  { story: 'a 6-month-old who is hot and grizzly on a hot day', answers: calm, age: '3-to-12-months', outcome: 'o-risk', urgency: 'U3', source: 'spec:baby-in-heat' },
  { story: 'a 55-year-old with heart failure on water tablets who feels unwell in the heat', answers: { ...calm, 'q-risk': 'yes' }, age: adult, outcome: 'o-risk', urgency: 'U3', source: 'spec:chronic-disease-or-diuretics' },
  { story: 'not sure whether her pills are water tablets (weet ik niet)', answers: { ...calm, 'q-risk': 'unknown' }, age: '65-to-70-years', outcome: 'o-risk', urgency: 'U3', source: 'spec:chronic-disease-or-diuretics' },
  { story: 'a 25-year-old with a headache and nausea after a day on the beach', answers: { ...calm, 'q-risk': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'Thuisarts: Hoe herken ik een zonnesteek?' },
];

vignetteTable('hitte-zonnesteek', rows);

describe('hitte-zonnesteek: texts', () => {
  // Review 2026-12-04, pattern 7 (label mismatch): o-risk is U3 and may not say "nu".
  it('the risk-group outcome says today, not now', () => {
    const nl = content.texts.nl!['hitte-zonnesteek']!;
    expect(nl['o-risk.title']).toMatch(/vandaag/);
    expect(`${nl['o-risk.title']} ${nl['o-risk.why']}`).not.toMatch(/\bnu\b/);
  });

  it('self-care names the half-hour limit and 112, as NHS advises', () => {
    expect(content.texts.nl!['hitte-zonnesteek']!['o-self-care.safety-net']).toMatch(/half uur.*112/s);
  });
});
