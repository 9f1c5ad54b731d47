/**
 * Vaginal blood loss. Review 2026-12-04 (needs work): no question on sexual violence or blood
 * thinners, and every pregnancy got U3. The weeks came in 0.2.0; this version adds the Centrum
 * Seksueel Geweld, the shared anticoagulants-bleeding module, and splits "pregnant and pain".
 */
import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow, rowsAged } from './harness.ts';

const adult = '18-to-65-years';
/** No heavy bleeding, no sexual violence. */
const clear = { 'q-heavy': 'no', 'q-violence': 'no' } as const;
/** Pregnant (or maybe, or just given birth), no belly pain. */
const pregnantNoPain = { ...clear, 'q-pregnant': 'yes', 'q-pregnant-pain': 'no' } as const;
/** Not pregnant, no blood thinners. */
const notPregnant = { ...clear, 'q-pregnant': 'no', 'q-thinners': 'no' } as const;

const row = rowsAged(adult);

const rows: VignetteRow[] = [
  row('a 42-year-old soaking a pad every hour and feeling dizzy', { 'q-heavy': 'yes' }, 'o-urgent', 'U2', 'spec:heavy-bleeding-or-faint'),
  row('a woman unsure whether her bleeding counts as heavy (weet ik niet)', { 'q-heavy': 'unknown' }, 'o-urgent', 'U2', 'spec:heavy-bleeding-or-faint'),
  // Review 2026-12-04 (vaginaal-bloedverlies): sexual violence (Centrum Seksueel Geweld) was never asked.
  row('a 19-year-old who was raped at a party two days ago and now bleeds', { ...clear, 'q-violence': 'yes' }, 'o-violence', 'U2', 'spec:sexual-violence'),
  row('a woman who is not sure whether what happened last night was against her will', { ...clear, 'q-violence': 'unknown' }, 'o-violence', 'U2', 'spec:sexual-violence'),
  row('a 28-year-old with a late period, bleeding and pain on one side (ectopic?)', { ...clear, 'q-pregnant': 'yes', 'q-pregnant-pain': 'yes' }, 'o-pregnancy-urgent', 'U2', 'spec:pregnant-with-belly-pain'),
  row('a woman who may be pregnant, unsure whether her cramps count as pain', { ...clear, 'q-pregnant': 'yes', 'q-pregnant-pain': 'unknown' }, 'o-pregnancy-urgent', 'U2', 'spec:pregnant-with-belly-pain'),
  row('a woman unsure whether she could be pregnant, with belly pain', { ...clear, 'q-pregnant': 'unknown', 'q-pregnant-pain': 'yes' }, 'o-pregnancy-urgent', 'U2', 'spec:pregnant-with-belly-pain'),
  row('a mother 3 weeks after the birth, bleeding more with belly pain', { ...clear, 'q-pregnant': 'yes', 'q-pregnant-pain': 'yes' }, 'o-pregnancy-urgent', 'U2', 'spec:pregnant-with-belly-pain'),
  row('a woman 8 weeks pregnant with a little painless bleeding', { ...pregnantNoPain, 'q-pregnant-weeks': 'no' }, 'o-pregnant', 'U3', 'spec:pregnant-or-after-birth'),
  row('a mother 2 weeks after the birth whose blood loss is bright red again, no pain', { ...pregnantNoPain, 'q-pregnant-weeks': 'no' }, 'o-pregnant', 'U3', 'spec:pregnant-or-after-birth'),
  // Review 2026-12-04: every pregnancy got U3 while the outcome said "bel meteen" from 3 months (fixed in 0.2.0).
  row('a woman 28 weeks pregnant with a little painless bleeding', { ...pregnantNoPain, 'q-pregnant-weeks': 'yes' }, 'o-pregnant-now', 'U2', 'spec:bleeding-from-16-weeks'),
  row('a pregnant woman who does not know how many weeks she is (weet ik niet)', { ...pregnantNoPain, 'q-pregnant-weeks': 'unknown' }, 'o-pregnant-now', 'U2', 'spec:bleeding-from-16-weeks'),
  // Review 2026-12-04 (vaginaal-bloedverlies, pattern 1): no anticoagulant question.
  row('a 61-year-old on rivaroxaban with new vaginal bleeding', { ...clear, 'q-pregnant': 'no', 'q-thinners': 'yes' }, 'o-thinners', 'U3', 'spec:anticoagulants'),
  row('a 70-year-old who is not sure whether her pills thin the blood', { ...clear, 'q-pregnant': 'no', 'q-thinners': 'unknown' }, 'o-thinners', 'U3', 'spec:anticoagulants'),
  row('a 58-year-old with bleeding two years after her last period', { ...notPregnant, 'q-menopause': 'yes' }, 'o-menopause', 'U4', 'spec:after-menopause'),
  row('a 35-year-old who bleeds after sex', { ...notPregnant, 'q-menopause': 'no', 'q-type': 'after-sex' }, 'o-after-sex', 'U4', 'spec:bleeding-after-sex'),
  row('a 24-year-old on the pill with spotting between periods', { ...notPregnant, 'q-menopause': 'no', 'q-type': 'between' }, 'o-between', 'U4', 'spec:bleeding-between-periods'),
  row('a 30-year-old whose bleeding fits none of the options', { ...notPregnant, 'q-menopause': 'no', 'q-type': 'other' }, 'o-between', 'U4', 'spec:bleeding-between-periods'),
  row('a 45-year-old with heavy periods for months', { ...notPregnant, 'q-menopause': 'no', 'q-type': 'heavy-periods' }, 'o-heavy-periods', 'U5', 'calm presentation: NHG-Standaard Vaginaal bloedverlies (hevig menstrueel bloedverlies)'),
];

vignetteTable('vaginaal-bloedverlies', rows);

describe('vaginaal-bloedverlies: texts and shared questions', () => {
  const nl = content.texts.nl!['vaginaal-bloedverlies']!;
  const tree = content.planned.get('vaginaal-bloedverlies')!.tree;
  it('the violence outcome names the Centrum Seksueel Geweld and its number, with 112 for danger', () => {
    expect(nl['o-violence.title']).toMatch(/Centrum Seksueel Geweld.*0800-0188/);
    expect(nl['o-violence.safety-net']).toMatch(/112/);
  });
  it('q-thinners uses the shared blood-thinner texts', () => {
    expect(tree.nodes['q-thinners']).toMatchObject({ text: 'common:risk.blood-thinners.text', hint: 'common:risk.blood-thinners.hint' });
  });
});
