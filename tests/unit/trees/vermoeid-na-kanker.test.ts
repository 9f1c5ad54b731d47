import { describe, expect, it } from 'vitest';
import { content, triage } from './harness.ts';

const noRedFlags = { 'q-fever': 'no', 'q-breath': 'no', 'q-suicide': 'no' } as const;

describe('vermoeid-na-kanker', () => {
  // Updated in 0.2.0: q-suicide is now asked first (review: plan question), so these vignettes answer it.
  it('a 58-year-old with 38.5 °C ten days after chemotherapy: urgent, chemotherapy fever is an emergency', () => {
    const result = triage('vermoeid-na-kanker', { age: '18-to-65-years', answers: { 'q-suicide': 'no', 'q-fever': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
    expect(result.outcome.channel).toBe('urgent-gp');
  });

  it('someone unsure whether they have a fever after chemotherapy: escalates to urgent', () => {
    expect(triage('vermoeid-na-kanker', { age: '18-to-65-years', answers: { 'q-suicide': 'no', 'q-fever': 'unknown' } }).id).toBe(
      'o-urgent',
    );
  });

  it('a 66-year-old who is more and more short of breath: urgent', () => {
    expect(
      triage('vermoeid-na-kanker', { age: '18-to-65-years', answers: { 'q-suicide': 'no', 'q-fever': 'no', 'q-breath': 'yes' } }).id,
    ).toBe('o-urgent');
  });

  // Review 2026-12-04, vermoeid-na-kanker, any suicidal thought → U2 crisis-113 without the plan question, inconsistent
  // with the other trees. The tree now asks q-plan as somber-levensproblemen and angst-paniek do. Thuisarts "Ik denk aan
  // zelfdoding": 112 in direct danger, 113 day and night; get help through the GP.
  it('a 47-year-old with thoughts of ending her life and pills ready: 113 now (U1)', () => {
    const answers = { 'q-suicide': 'yes', 'q-plan': 'yes' };
    const result = triage('vermoeid-na-kanker', { age: '18-to-65-years', answers });
    expect(result.id).toBe('o-crisis');
    expect(result.outcome.channel).toBe('crisis-113');
    expect(result.outcome.urgency).toBe('U1');
  });

  it('someone who thinks of ending their life and is not sure about a plan: 113 now', () => {
    expect(triage('vermoeid-na-kanker', { age: '18-to-65-years', answers: { 'q-suicide': 'yes', 'q-plan': 'unknown' } }).id).toBe(
      'o-crisis',
    );
  });

  // Same finding. This path is LESS urgent than in 0.1.0 (U2 crisis line → U3 GP today), on purpose: thoughts without a
  // plan go to a GP talk today in somber-levensproblemen, angst-paniek and gedachten-aan-zelfmoord, and Thuisarts
  // "Ik denk aan zelfdoding" says to get help through the GP, with 113 day and night (named on the outcome).
  it('a 55-year-old, exhausted after chemo, with thoughts of death but no plan: GP today (U3), with 113 on the outcome', () => {
    const answers = { 'q-suicide': 'yes', 'q-plan': 'no', 'q-fever': 'no', 'q-breath': 'no' };
    const result = triage('vermoeid-na-kanker', { age: '18-to-65-years', answers });
    expect(result.id).toBe('o-talk-today');
    expect(result.outcome.urgency).toBe('U3');
    expect(result.outcome.channel).toBe('gp-today');
    for (const lang of ['nl', 'en'] as const) {
      const texts = content.texts[lang]!['vermoeid-na-kanker']!;
      expect(result.outcome.advice.map((key) => texts[key] ?? '').join(' ')).toContain('0800-0113');
    }
  });

  // Same finding: thoughts without a plan still pass the fever and breathlessness questions, which are more urgent.
  it('thoughts without a plan and a fever after chemotherapy: urgent (U2), the fever is not skipped', () => {
    const answers = { 'q-suicide': 'yes', 'q-plan': 'no', 'q-fever': 'yes' };
    expect(triage('vermoeid-na-kanker', { age: '18-to-65-years', answers }).id).toBe('o-urgent');
  });

  it('the plan question is asked first, before the calmer branches, as in somber-levensproblemen', () => {
    const tree = content.planned.get('vermoeid-na-kanker')!.tree;
    expect(tree.start).toBe('q-suicide');
    const suicide = tree.nodes['q-suicide'];
    expect(suicide?.type === 'question' && suicide.next.rules?.[0]?.goto).toBe('q-plan');
  });

  it('a 71-year-old, tired, with new back pain and weight loss: own GP within a day', () => {
    const result = triage('vermoeid-na-kanker', { age: '70-years-or-older', answers: { ...noRedFlags, 'q-new': 'yes' } });
    expect(result.id).toBe('o-gp');
    expect(result.outcome.urgency).toBe('U4');
  });

  it('a 52-year-old who has felt low for a month after treatment: own practice (POH-GGZ)', () => {
    const answers = { ...noRedFlags, 'q-new': 'no', 'q-mood': 'yes' };
    expect(triage('vermoeid-na-kanker', { age: '18-to-65-years', answers }).id).toBe('o-mood');
  });

  it('a 45-year-old still on treatment who is very tired: discuss with the treatment team', () => {
    const answers = { ...noRedFlags, 'q-new': 'no', 'q-mood': 'no', 'q-finished': 'ongoing' };
    const result = triage('vermoeid-na-kanker', { age: '18-to-65-years', answers });
    expect(result.id).toBe('o-team');
    expect(result.outcome.channel).toBe('e-consult');
  });

  it('a 50-year-old, tired a year after finishing breast cancer treatment, no alarm signs: ask the GP about Untire', () => {
    const answers = { ...noRedFlags, 'q-new': 'no', 'q-mood': 'no', 'q-finished': 'finished' };
    const result = triage('vermoeid-na-kanker', { age: '18-to-65-years', answers });
    expect(result.id).toBe('o-app');
    expect(result.outcome.channel).toBe('app-prescription');
    expect(result.outcome.app).toBe('untire');
  });
});
