/**
 * Diarrhoea (v0.3.0): fever is asked for babies under 3 months (module young-infant-fever),
 * diabetes gets a follow-up on ketoacidosis or a low sugar, persistent vomiting counts as a
 * same-day sign, and 7 days or more goes to the GP. Its vignettes, a person a row, are in vignettes/diarree.json.
 */
import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

const adult = '18-to-65-years';
/** No danger sign, no diabetes, no same-day sign, no risk group. */
const calm = { 'q-ill': 'no', 'q-diabetes': 'no', 'q-today': 'no', 'q-risk': 'no' } as const;

describe('diarree: what a row cannot say', () => {
  it('self-care links only the adult diarrhoea page; the child outcome adds the dehydration page', () => {
    expect(triage('diarree', { age: adult, answers: { ...calm, 'q-days': 2 } }).outcome.thuisarts).toEqual(['ik-heb-diarree']);
    expect(triage('diarree', { age: '1-to-4-years', answers: { ...calm, 'q-days': 1 } }).outcome.thuisarts).toContain(
      'uitdroging-kind-voorkomen',
    );
  });

  it('"weet ik niet" on the number of days routes as 7 days or more, never as a short spell', () => {
    const unknown = triage('diarree', { age: adult, answers: { ...calm, 'q-days': 'unknown' } });
    expect(unknown.id).toBe(triage('diarree', { age: adult, answers: { ...calm, 'q-days': 7 } }).id);
  });
});
