/**
 * Belly pain in adults (v0.3.0): the review of 2026-12-04 found ileus, persistent vomiting, blood
 * thinners, diabetes with ketoacidosis, testicular pain and an aortic aneurysm unasked, and mild
 * pain under 70 reaching self-care without a vomiting or blockage question. Its vignettes are
 * in vignettes/buikpijn-volwassene.json; "spec:" rows are also held to that item's minimum.
 */
import { describe, expect, it } from 'vitest';
import { content, triage } from '../harness.ts';

const adult = '18-to-65-years';
/** No red flag, not pregnant, no back pain. */
const clear = { 'q-shock': 'no', 'q-alarm': 'no', 'q-blocked': 'no', 'q-testicle': 'no', 'q-pregnant': 'no', 'q-back': 'no' } as const;
/** Mild pain, no diabetes, no appendix or stone signs, no blood thinners. */
const mild = { ...clear, 'q-pain': 'light', 'q-diabetes': 'no', 'q-appendix': 'no', 'q-stones': 'no', 'q-thinners': 'no' } as const;
/** The answers of a path up to and including one question (later ones are not on the path). */
const upTo = (answers: Record<string, string>, last: string) => {
  const keys = Object.keys(answers);
  return Object.fromEntries(keys.slice(0, keys.indexOf(last) + 1).map((key) => [key, answers[key]!]));
};

describe('buikpijn-volwassene: what a row cannot say', () => {
  it('review pattern 7: o-appendix is U3 on the GP-today channel, and its title says "vandaag"', () => {
    const result = triage('buikpijn-volwassene', { age: adult, answers: { ...upTo(mild, 'q-appendix'), 'q-appendix': 'yes' } });
    expect(result.outcome).toMatchObject({ urgency: 'U3', channel: 'gp-today' });
    expect(result.outcome.thuisarts).toContain('ik-denk-dat-ik-blindedarm-ontsteking-heb');
  });

  it('self-care links the Thuisarts page on belly pain and names vomiting in its safety net', () => {
    const result = triage('buikpijn-volwassene', { age: adult, answers: { ...mild, 'q-risk': 'no', 'q-long': 'no' } });
    expect(result.outcome.thuisarts).toEqual(['ik-heb-buikpijn']);
    expect(content.texts.nl!['buikpijn-volwassene']!['o-self-care.safety-net']).toMatch(/je blijft overgeven/);
  });

  it('the ectopic-pregnancy outcome links the Thuisarts pages on early pregnancy', () => {
    const answers = { ...upTo(clear, 'q-pregnant'), 'q-pregnant': 'yes', 'q-pregnancy-signs': 'yes' };
    const result = triage('buikpijn-volwassene', { age: adult, answers });
    expect(result.outcome.thuisarts).toContain('ik-heb-misschien-zwangerschap-buiten-mijn-baarmoeder');
  });
});
