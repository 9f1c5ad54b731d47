/**
 * Vaginal discharge. The review's quick pass found no clear under-triage; the spec adds sudden
 * severe illness (toxic shock syndrome) and, in pregnancy, fluid like water or blood.
 */
import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow, rowsAged } from './harness.ts';

const adult = '18-to-65-years';
/** Not very ill, not pregnant, no belly pain or fever. */
const clear = { 'q-very-ill': 'no', 'q-pregnant': 'no', 'q-fever-pain': 'no' } as const;

const row = rowsAged(adult);

const rows: VignetteRow[] = [
  row('a 17-year-old with a forgotten tampon, high fever and a sunburn-like rash', { 'q-very-ill': 'yes' }, 'o-urgent', 'U2', 'spec:suddenly-very-ill'),
  row('a woman unsure whether she is "very ill" with shivers (weet ik niet)', { 'q-very-ill': 'unknown' }, 'o-urgent', 'U2', 'spec:suddenly-very-ill'),
  row('a woman 34 weeks pregnant losing watery fluid that keeps coming', { 'q-very-ill': 'no', 'q-pregnant': 'yes', 'q-waters': 'yes' }, 'o-pregnant-urgent', 'U2', 'spec:pregnant-waters-or-blood'),
  row('a pregnant woman unsure whether the wetness is discharge or her waters', { 'q-very-ill': 'no', 'q-pregnant': 'yes', 'q-waters': 'unknown' }, 'o-pregnant-urgent', 'U2', 'spec:pregnant-waters-or-blood'),
  row('a 26-year-old with discharge, fever and lower belly pain', { ...clear, 'q-fever-pain': 'yes' }, 'o-today', 'U3', 'spec:pelvic-pain-or-fever'),
  row('a woman unsure about fever or belly pain (weet ik niet)', { ...clear, 'q-fever-pain': 'unknown' }, 'o-today', 'U3', 'spec:pelvic-pain-or-fever'),
  row('a pregnant woman with discharge and pain low in her belly', { 'q-very-ill': 'no', 'q-pregnant': 'yes', 'q-waters': 'no', 'q-fever-pain': 'yes' }, 'o-today', 'U3', 'spec:pelvic-pain-or-fever'),
  row('a pregnant woman with more discharge than usual', { 'q-very-ill': 'no', 'q-pregnant': 'yes', 'q-waters': 'no', 'q-fever-pain': 'no' }, 'o-pregnant', 'U4', 'spec:pregnant'),
  row('a woman unsure whether she is pregnant, with changed discharge', { 'q-very-ill': 'no', 'q-pregnant': 'unknown', 'q-waters': 'no', 'q-fever-pain': 'no' }, 'o-pregnant', 'U4', 'spec:pregnant'),
  row('a 22-year-old with new discharge after a new partner', { ...clear, 'q-sti': 'yes' }, 'o-sti', 'U4', 'spec:sti-risk'),
  row('a woman not sure whether an STI is possible', { ...clear, 'q-sti': 'unknown' }, 'o-sti', 'U4', 'spec:sti-risk'),
  row('a 35-year-old with thin grey discharge and a fishy smell', { ...clear, 'q-sti': 'no', 'q-yeast': 'no' }, 'o-e-consult', 'U5', 'NHG-Standaard Fluor vaginalis (bacteriële vaginose: treat only when bothersome)'),
  row('a 30-year-old with itching and white crumbly discharge, no alarm signs', { ...clear, 'q-sti': 'no', 'q-yeast': 'yes' }, 'o-self-care', 'U5', 'calm presentation: NHG-Standaard Fluor vaginalis (candida)'),
];

vignetteTable('afscheiding', rows);

describe('afscheiding: texts', () => {
  it('the severe-illness outcome tells to take out a tampon or cup', () => {
    expect(content.texts.nl!.afscheiding!['o-urgent.meanwhile']).toMatch(/tampon/);
  });
  it('self-care keeps the Thuisarts yeast page', () => {
    expect(content.planned.get('afscheiding')!.tree.nodes['o-self-care']).toMatchObject({
      thuisarts: ['ik-heb-ontsteking-in-mijn-vagina-door-schimmel'],
    });
  });
});
