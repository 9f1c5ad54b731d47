/**
 * Swollen or painful leg. Review 2026-12-04 judged the tree safe; missing were the diabetic foot
 * and trauma or a calf tear (a separate tree). Pregnancy is now asked before the leg-clot branch,
 * and the compound questions (ischaemia, one leg) became "any of these".
 */
import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow, rowsAged } from './harness.ts';

const adult = '18-to-65-years';
const elderly = '70-years-or-older';
/** No lung clot signs, no acute ischaemia, not pregnant. */
const clear = { 'q-lung': 'no', 'q-ischaemia': 'no', 'q-pregnant': 'no' } as const;
/** Also not one swollen or red leg, no diabetes. */
const bothLegs = { ...clear, 'q-one-leg': 'no', 'q-diabetes': 'no' } as const;

const row = rowsAged(adult);

const rows: VignetteRow[] = [
  row('a 45-year-old with a swollen calf who is suddenly short of breath', { 'q-lung': 'yes' }, 'o-112', 'U1', 'spec:swollen-leg-with-lung-clot-signs'),
  row('a swollen leg, unsure about chest pain (weet ik niet)', { 'q-lung': 'unknown' }, 'o-112', 'U1', 'spec:swollen-leg-with-lung-clot-signs'),
  row('a 72-year-old whose foot suddenly turned cold, pale and very painful', { 'q-lung': 'no', 'q-ischaemia': 'yes' }, 'o-urgent', 'U2', 'spec:acute-limb-ischaemia', elderly),
  // The old question needed a colour change AND pain or numbness; now any one of them counts.
  row('a 68-year-old whose foot suddenly went numb and weak, colour normal', { 'q-lung': 'no', 'q-ischaemia': 'yes' }, 'o-urgent', 'U2', 'spec:acute-limb-ischaemia', '65-to-70-years'),
  row('someone unsure whether the foot is paler than the other (weet ik niet)', { 'q-lung': 'no', 'q-ischaemia': 'unknown' }, 'o-urgent', 'U2', 'spec:acute-limb-ischaemia'),
  row('a woman 36 weeks pregnant with swollen legs, a headache and a puffy face', { 'q-lung': 'no', 'q-ischaemia': 'no', 'q-pregnant': 'yes', 'q-preeclampsia': 'yes' }, 'o-pregnant', 'U2', 'spec:pre-eclampsia-signs'),
  // Pregnancy used to come after the leg-clot branch: one swollen leg plus a headache ended at U3.
  row('a woman 34 weeks pregnant with one swollen calf and a headache that does not go', { 'q-lung': 'no', 'q-ischaemia': 'no', 'q-pregnant': 'yes', 'q-preeclampsia': 'yes' }, 'o-pregnant', 'U2', 'spec:pre-eclampsia-signs'),
  row('a pregnant woman unsure whether her vision is blurred (weet ik niet)', { 'q-lung': 'no', 'q-ischaemia': 'no', 'q-pregnant': 'yes', 'q-preeclampsia': 'unknown' }, 'o-pregnant', 'U2', 'spec:pre-eclampsia-signs'),
  row('a 34-year-old on the pill with a warm, swollen calf after a long flight', { ...clear, 'q-one-leg': 'yes' }, 'o-today', 'U3', 'spec:one-swollen-or-red-leg'),
  row('a 60-year-old with a red, warm, painful lower leg', { ...clear, 'q-one-leg': 'yes' }, 'o-today', 'U3', 'spec:one-swollen-or-red-leg'),
  row('a woman 30 weeks pregnant with one thick calf, no other signs', { 'q-lung': 'no', 'q-ischaemia': 'no', 'q-pregnant': 'yes', 'q-preeclampsia': 'no', 'q-one-leg': 'yes' }, 'o-today', 'U3', 'spec:one-swollen-or-red-leg'),
  row('someone unsure whether one leg is thicker (weet ik niet)', { ...clear, 'q-one-leg': 'unknown' }, 'o-today', 'U3', 'spec:one-swollen-or-red-leg'),
  // Review 2026-12-04 (dik-pijnlijk-been): trauma / calf tear. A tear and a clot look alike: same-day route.
  row('a 38-year-old tennis player who felt a snap in his calf, now swollen', { ...clear, 'q-one-leg': 'yes' }, 'o-today', 'U3', 'review 2026-12-04: trauma or calf tear (o-today names the calf tear)'),
  // Review 2026-12-04 (dik-pijnlijk-been): the diabetic foot was not asked.
  row('a 67-year-old with diabetes and a red, warm, swollen foot that hardly hurts', { ...clear, 'q-one-leg': 'no', 'q-diabetes': 'yes', 'q-foot': 'yes' }, 'o-foot', 'U3', 'spec:diabetic-foot', '65-to-70-years'),
  row('a 58-year-old with diabetes and a blister under the foot, unsure whether it is infected', { ...clear, 'q-one-leg': 'no', 'q-diabetes': 'yes', 'q-foot': 'unknown' }, 'o-foot', 'U3', 'spec:diabetic-foot'),
  row('a 75-year-old unsure whether she has diabetes, with a sore on her foot', { ...clear, 'q-one-leg': 'no', 'q-diabetes': 'unknown', 'q-foot': 'yes' }, 'o-foot', 'U3', 'spec:diabetic-foot', elderly),
  row('a 78-year-old whose legs have slowly swollen over weeks', { ...bothLegs, 'q-ankles': 'no' }, 'o-next-day', 'U4', 'spec:swelling-that-stays', elderly),
  row('a 70-year-old with diabetes, swollen ankles and healthy feet', { ...clear, 'q-one-leg': 'no', 'q-diabetes': 'yes', 'q-foot': 'no', 'q-ankles': 'no' }, 'o-next-day', 'U4', 'spec:swelling-that-stays', elderly),
  row('someone unsure whether the ankles are normal in the morning (weet ik niet)', { ...bothLegs, 'q-ankles': 'unknown' }, 'o-next-day', 'U4', 'spec:swelling-that-stays'),
  row('a 40-year-old with swollen ankles only on hot evenings, normal in the morning', { ...bothLegs, 'q-ankles': 'yes' }, 'o-self-care', 'U5', 'calm presentation: dependent ankle swelling'),
];

vignetteTable('dik-pijnlijk-been', rows);

describe('dik-pijnlijk-been: texts', () => {
  const nl = content.texts.nl!['dik-pijnlijk-been']!;
  it('the leg-clot outcome explains a calf tear, and the one-leg hint counts a knock or a snap', () => {
    expect(nl['o-today.injury']).toMatch(/zweepslag/);
    expect(nl['q-one-leg.hint']).toMatch(/tik in je kuit/);
  });
});
