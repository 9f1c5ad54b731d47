import { describe, expect, it } from 'vitest';
import { content, triage } from './harness.ts';

const adult = '18-to-65-years';

describe('bloed-in-urine', () => {
  it('a 70-year-old man with clots in his pee who cannot pee: call the GP now', () => {
    const result = triage('bloed-in-urine', { age: '70-years-or-older', answers: { 'q-urgent': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.channel).toBe('urgent-gp');
  });

  it('"weet ik niet" on fever with back pain escalates', () => {
    expect(triage('bloed-in-urine', { age: adult, answers: { 'q-urgent': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a 40-year-old with red pee and pain in waves in his side (kidney stone?): GP today', () => {
    const result = triage('bloed-in-urine', { age: adult, answers: { 'q-urgent': 'no', 'q-colic': 'yes' } });
    expect(result.id).toBe('o-colic');
    expect(result.outcome.thuisarts).toContain('ik-heb-pijnaanval-door-niersteen');
  });

  it('a 30-year-old woman with blood in her pee and burning when peeing: GP today', () => {
    const result = triage('bloed-in-urine', { age: adult, answers: { 'q-urgent': 'no', 'q-colic': 'no', 'q-cystitis': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.thuisarts).toContain('ik-heb-bloed-in-urine');
  });

  // Updated in 0.2.0: the painless path now also asks q-thinners (review: no anticoagulant question).
  it('a 62-year-old who once saw painless red pee: GP appointment', () => {
    const answers = { 'q-urgent': 'no', 'q-colic': 'no', 'q-cystitis': 'no', 'q-thinners': 'no' };
    const result = triage('bloed-in-urine', { age: adult, answers });
    expect(result.id).toBe('o-next-day');
    expect(result.outcome.urgency).toBe('U4');
  });

  // Review 2026-12-04, bloed-in-urine, no anticoagulant question (quick pass and pattern 1). Richtlijn Hematurie (NVU):
  // blood in the pee on anticoagulants is not benign by default and needs tests. Before 0.2.0 a person on a DOAC with
  // painless red pee got a routine appointment without the GP knowing about the blood thinner.
  it('a 74-year-old on rivaroxaban with painless red pee since this morning: GP today', () => {
    const answers = { 'q-urgent': 'no', 'q-colic': 'no', 'q-cystitis': 'no', 'q-thinners': 'yes' };
    const result = triage('bloed-in-urine', { age: '70-years-or-older', answers });
    expect(result.id).toBe('o-thinners');
    expect(result.outcome.urgency).toBe('U3');
    expect(result.outcome.channel).toBe('gp-today');
  });

  it('someone who is not sure whether one of their tablets is a blood thinner: GP today', () => {
    const answers = { 'q-urgent': 'no', 'q-colic': 'no', 'q-cystitis': 'no', 'q-thinners': 'unknown' };
    expect(triage('bloed-in-urine', { age: adult, answers }).id).toBe('o-thinners');
  });

  // Same finding: the question uses the shared blood-thinner texts and stands before the only calmer end.
  it('q-thinners stands before o-next-day and uses the shared common:risk.blood-thinners texts', () => {
    const tree = content.planned.get('bloed-in-urine')!.tree;
    const cystitis = tree.nodes['q-cystitis'];
    expect(cystitis?.type === 'question' && cystitis.next.otherwise).toBe('q-thinners');
    const thinners = tree.nodes['q-thinners'];
    expect(thinners?.type === 'question' && thinners.text).toBe('common:risk.blood-thinners.text');
  });
});
