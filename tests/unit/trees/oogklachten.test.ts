import { describe, expect, it } from 'vitest';
import { content, triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const newborn = 'under-1-month';
const noRedFlags = { 'q-chemical': 'no', 'q-vision': 'no', 'q-penetrating': 'no', 'q-red-severe': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 35-year-old who splashed drain cleaner in the eye', answers: { 'q-chemical': 'yes' }, age: adult, outcome: 'o-chemical', urgency: 'U2', source: 'spec:chemical-in-eye' },
  { story: 'a parent unsure what the toddler got in the eye (weet ik niet)', answers: { 'q-chemical': 'unknown' }, age: '1-to-4-years', outcome: 'o-chemical', urgency: 'U2', source: 'spec:chemical-in-eye' },
  { story: 'a 62-year-old seeing a curtain in front of one eye after flashes', answers: { 'q-chemical': 'no', 'q-vision': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:sudden-vision-loss' },
  { story: 'a 70-year-old who is not sure whether the sight in one eye got worse suddenly (weet ik niet)', answers: { 'q-chemical': 'no', 'q-vision': 'unknown' }, age: '70-years-or-older', outcome: 'o-urgent', urgency: 'U2', source: 'spec:sudden-vision-loss' },
  { story: 'a 40-year-old hit in the eye by a metal splinter while grinding', answers: { 'q-chemical': 'no', 'q-vision': 'no', 'q-penetrating': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:penetrating-injury' },
  { story: 'someone who hammered metal and cannot tell whether something went into the eye (weet ik niet)', answers: { 'q-chemical': 'no', 'q-vision': 'no', 'q-penetrating': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:penetrating-injury' },
  { story: 'a 68-year-old with a very painful red eye, headache and vomiting', answers: { 'q-chemical': 'no', 'q-vision': 'no', 'q-penetrating': 'no', 'q-red-severe': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:very-painful-red-eye-or-lens-wearer' },
  { story: 'a 22-year-old contact-lens wearer with a painful red eye', answers: { 'q-chemical': 'no', 'q-vision': 'no', 'q-penetrating': 'no', 'q-red-severe': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:very-painful-red-eye-or-lens-wearer' },
  { story: 'a lens wearer unsure whether the eye hurts or just itches (weet ik niet)', answers: { 'q-chemical': 'no', 'q-vision': 'no', 'q-penetrating': 'no', 'q-red-severe': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:very-painful-red-eye-or-lens-wearer' },
  { story: 'a 10-day-old baby with a red eye and a swollen lid with pus', answers: { ...noRedFlags, 'q-newborn': 'yes' }, age: newborn, outcome: 'o-newborn', urgency: 'U3', source: 'spec:young-baby-red-eye-pus' },
  { story: 'a parent of a 6-week-old unsure whether the eye is red (weet ik niet)', answers: { ...noRedFlags, 'q-newborn': 'unknown' }, age: '1-to-3-months', outcome: 'o-newborn', urgency: 'U3', source: 'spec:young-baby-red-eye-pus' },
  { story: 'a 3-week-old with a sticky but white eye', answers: { ...noRedFlags, 'q-newborn': 'no', 'q-injury': 'no', 'q-pain': 'no' }, age: newborn, outcome: 'o-self-care-baby', urgency: 'U5', source: 'Thuisarts: Mijn baby heeft vieze oogjes (blocked tear duct)' },
  { story: 'a 12-year-old hit on the eye by a football', answers: { ...noRedFlags, 'q-injury': 'yes' }, age: '12-to-16-years', outcome: 'o-injury', urgency: 'U3', source: 'spec:blow-or-speck-that-stays' },
  { story: 'a welder with sore eyes after welding who is not sure that counts (weet ik niet)', answers: { ...noRedFlags, 'q-injury': 'unknown' }, age: adult, outcome: 'o-injury', urgency: 'U3', source: 'spec:blow-or-speck-that-stays' },
  // Review brief: a red painful eye with blurred vision.
  { story: 'a 45-year-old with a red eye that hurts, is sensitive to light and sees blurred', answers: { ...noRedFlags, 'q-injury': 'no', 'q-pain': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:painful-or-blurred-red-eye' },
  { story: 'unsure whether the eye really hurts (weet ik niet)', answers: { ...noRedFlags, 'q-injury': 'no', 'q-pain': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:painful-or-blurred-red-eye' },
  { story: 'a 30-year-old with a red, sticky eye and no pain', answers: { ...noRedFlags, 'q-injury': 'no', 'q-pain': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'NHG-Standaard Rood oog en oogtrauma (conjunctivitis heals by itself)' },
];

vignetteTable('oogklachten', rows);

describe('oogklachten: outcomes and texts', () => {
  it('the chemical outcome starts with rinsing and links to the Thuisarts page', () => {
    const result = triage('oogklachten', { age: adult, answers: { 'q-chemical': 'yes' } });
    expect(result.outcome.advice[0]).toBe('o-chemical.rinse');
    expect(result.outcome.thuisarts).toEqual(['er-is-gevaarlijke-stof-in-mijn-oog-gekomen']);
  });
  it('self-care for a red eye links to Thuisarts and says to call today if the eye starts to hurt', () => {
    const result = triage('oogklachten', { age: adult, answers: { ...noRedFlags, 'q-injury': 'no', 'q-pain': 'no' } });
    expect(result.outcome.thuisarts).toContain('ik-heb-oogontsteking');
    expect(content.texts.nl!['oogklachten']!['o-self-care.safety-net']).toMatch(/vandaag/);
  });
});
