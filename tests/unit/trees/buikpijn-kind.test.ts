/**
 * Belly pain in a child: signs of a serious or surgical cause, a groin or scrotal swelling, attacks of
 * screaming, signs of diabetes and fever under 3 months go to the GP now; fever, appendicitis signs,
 * drinking little, vomiting or severe pain the GP today; recurrent pain an e-consult.
 */
import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

const school = '4-to-12-years';
const first = { 'q-very-ill': 'no', 'q-alarm': 'no', 'q-groin': 'no' } as const;
/** From 4 years: no red flag at all; the fever question comes next. */
const clearSchool = { ...first, 'q-dka': 'no' } as const;

describe('buikpijn-kind: what a row cannot say', () => {
  it('the appendicitis outcome links the Thuisarts page, self-care the belly-pain page', () => {
    expect(
      triage('buikpijn-kind', { age: school, answers: { ...clearSchool, 'q-fever': 'no', 'q-appendix': 'yes' } }).outcome.thuisarts,
    ).toContain('ik-denk-dat-mijn-kind-blindedarm-ontsteking-heeft');
    const calm = { ...clearSchool, 'q-fever': 'no', 'q-appendix': 'no', 'q-today': 'no', 'q-recurrent': 'no' };
    expect(triage('buikpijn-kind', { age: school, answers: calm }).outcome.thuisarts).toEqual(['mijn-kind-heeft-buikpijn']);
  });
});
