/**
 * Vomiting (v0.3.0): a stiff neck now goes to 112 (module fever-stiff-neck), a baby under 3 months
 * with fever to the GP within the hour (module young-infant-fever), and diabetes gets a follow-up
 * on ketoacidosis or a low sugar. Its vignettes, a person a row, are in vignettes/braken.json.
 */
import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

const adult = '18-to-65-years';
const clear = { 'q-neck': 'no', 'q-alarm': 'no', 'q-ill': 'no' } as const;
/** No red flag, no diabetes, not dehydrated, no risk group. */
const calm = { ...clear, 'q-diabetes': 'no', 'q-dry': 'no', 'q-risk': 'no' } as const;

describe('braken: what a row cannot say', () => {
  it('review pattern 7: o-soon is U3 on the GP-today channel, with the dehydration pages', () => {
    const result = triage('braken', { age: '1-to-4-years', answers: { ...clear, 'q-diabetes': 'no', 'q-dry': 'yes' } });
    expect(result.outcome).toMatchObject({ urgency: 'U3', channel: 'gp-today' });
    expect(result.outcome.thuisarts).toContain('uitdroging-kind-voorkomen');
  });

  it('the pregnancy outcome links the Thuisarts page on nausea in pregnancy, self-care the vomiting page', () => {
    expect(triage('braken', { age: adult, answers: { ...calm, 'q-risk': 'yes' } }).outcome.thuisarts).toContain(
      'ik-ben-zwanger-en-misselijk',
    );
    expect(triage('braken', { age: adult, answers: { ...calm, 'q-long': 'no' } }).outcome.thuisarts).toContain('ik-geef-over');
  });
});
