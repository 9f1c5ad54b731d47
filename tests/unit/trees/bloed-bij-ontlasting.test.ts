import { describe, expect, it } from 'vitest';
import { content, triage } from './harness.ts';

const adult = '18-to-65-years';
// Since 0.2.0 every path past q-today also answers q-thinners (review: no anticoagulant question).
const clear = { 'q-heavy': 'no', 'q-today': 'no', 'q-thinners': 'no', 'q-change': 'no' };

describe('bloed-bij-ontlasting', () => {
  it('a 65-year-old passing clots and feeling faint: call the GP now', () => {
    expect(triage('bloed-bij-ontlasting', { age: adult, answers: { 'q-heavy': 'yes' } }).id).toBe('o-urgent');
  });

  it('"weet ik niet" on heavy bleeding escalates', () => {
    expect(triage('bloed-bij-ontlasting', { age: adult, answers: { 'q-heavy': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a 55-year-old with black, tarry stools: GP today', () => {
    const result = triage('bloed-bij-ontlasting', { age: adult, answers: { 'q-heavy': 'no', 'q-today': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.channel).toBe('gp-today');
  });

  // Updated in 0.2.0: the path now also asks q-thinners.
  it('a 45-year-old with blood and looser stools for six weeks: GP appointment', () => {
    const answers = { 'q-heavy': 'no', 'q-today': 'no', 'q-thinners': 'no', 'q-change': 'yes' };
    expect(triage('bloed-bij-ontlasting', { age: adult, answers }).id).toBe('o-next-day');
  });

  it('a 60-year-old with new bright red blood, bowel habits unchanged: GP appointment', () => {
    expect(triage('bloed-bij-ontlasting', { age: adult, answers: { ...clear, 'q-known': 'no', 'q-age-50': 'yes' } }).id).toBe('o-next-day');
  });

  it('a 75-year-old with new blood on the toilet paper: GP appointment without the age question', () => {
    expect(triage('bloed-bij-ontlasting', { age: '70-years-or-older', answers: { ...clear, 'q-known': 'no' } }).id).toBe('o-next-day');
  });

  it('a 30-year-old with new bright red blood on the paper after straining: e-consult', () => {
    const result = triage('bloed-bij-ontlasting', { age: adult, answers: { ...clear, 'q-known': 'no', 'q-age-50': 'no' } });
    expect(result.id).toBe('o-e-consult');
    expect(result.outcome.thuisarts).toContain('ik-heb-aambeien');
  });

  it('a 40-year-old with known piles and a little bright red blood as before: self-care', () => {
    const result = triage('bloed-bij-ontlasting', { age: adult, answers: { ...clear, 'q-known': 'yes' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.urgency).toBe('U5');
  });

  // Review 2026-12-04, bloed-bij-ontlasting, no anticoagulant question (quick pass and pattern 1). NHG-Standaard
  // Rectaal bloedverlies: ask about blood thinners. Without the question, a person on a DOAC with known piles ended at
  // self-care (U5).
  it('a 68-year-old on apixaban with known piles and a little bright red blood as before: GP today, not self-care', () => {
    const result = triage('bloed-bij-ontlasting', { age: adult, answers: { 'q-heavy': 'no', 'q-today': 'no', 'q-thinners': 'yes' } });
    expect(result.id).toBe('o-thinners');
    expect(result.outcome.urgency).toBe('U3');
    expect(result.outcome.channel).toBe('gp-today');
  });

  it('someone who does not know whether their tablets thin the blood: GP today', () => {
    const answers = { 'q-heavy': 'no', 'q-today': 'no', 'q-thinners': 'unknown' };
    expect(triage('bloed-bij-ontlasting', { age: adult, answers }).id).toBe('o-thinners');
  });

  // Same finding: the question is asked before every calmer branch, with the shared blood-thinner texts.
  it('q-thinners comes before q-change and uses the shared common:risk.blood-thinners texts', () => {
    const tree = content.planned.get('bloed-bij-ontlasting')!.tree;
    const today = tree.nodes['q-today'];
    expect(today?.type === 'question' && today.next.otherwise).toBe('q-thinners');
    const thinners = tree.nodes['q-thinners'];
    expect(thinners?.type === 'question' && thinners.text).toBe('common:risk.blood-thinners.text');
  });
});
