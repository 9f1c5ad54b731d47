/**
 * Scrotum and penis (v0.2.0): the review of 2026-12-04 asked for a trapped groin hernia at U2,
 * injuries, and Fournier's gangrene. Its vignettes, a person a row, are in vignettes/balzak-penis.json.
 */
import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

const adult = '18-to-65-years';
/** No injury and no red flag up to the swelling question. */
const clear = { 'q-injury': 'no', 'q-sudden': 'no', 'q-fournier': 'no', 'q-stuck': 'no', 'q-groin': 'no' } as const;

describe('balzak-penis: what a row cannot say', () => {
  it('the torsion outcome links the Thuisarts pages on sudden scrotal pain and a twisted testicle', () => {
    const result = triage('balzak-penis', { age: adult, answers: { 'q-injury': 'no', 'q-sudden': 'yes' } });
    expect(result.outcome.thuisarts).toEqual(['ik-heb-opeens-heftige-pijn-in-mijn-balzak', 'verdraaiing-van-teelbal']);
  });

  it('an adult with a painful swollen testicle gets the epididymitis page', () => {
    expect(triage('balzak-penis', { age: adult, answers: { ...clear, 'q-swollen': 'yes' } }).outcome.thuisarts).toContain(
      'ik-heb-bijbal-ontsteking',
    );
  });
});
