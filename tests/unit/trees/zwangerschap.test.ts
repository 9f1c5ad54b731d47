/**
 * Complaints during pregnancy. Review 2026-12-04 judged version 0.1 unsafe: light bleeding ended in
 * self-care and the weeks were never asked (fixed in 0.2.0). This version adds a lung clot, a leg
 * clot, a fall or blow on the belly, belly pain that stays, painful urination, and a self-care
 * safety net that names the same limits as the triage.
 */
import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow, rowsAged } from './harness.ts';

const adult = '18-to-65-years';
/** No lung clot, no heavy bleeding or severe pain, no waters or fewer movements, no pre-eclampsia, no fever. */
const clear = { 'q-breath': 'no', 'q-bleeding': 'no', 'q-baby': 'no', 'q-preeclampsia': 'no', 'q-fever': 'no' } as const;
/** 16 weeks or more, no fall. */
const late = { ...clear, 'q-weeks': 'yes', 'q-fall': 'no' } as const;
/** Under 16 weeks, no fall. */
const early = { ...clear, 'q-weeks': 'no', 'q-fall': 'no' } as const;
/** Also no belly pain and no blood loss. */
const lateQuiet = { ...late, 'q-pain': 'no', 'q-spotting': 'no' } as const;
const earlyQuiet = { ...early, 'q-pain': 'no', 'q-spotting': 'no' } as const;
/** Also no leg clot, no painful urination, no vomiting. */
const lateCalm = { ...lateQuiet, 'q-leg': 'no', 'q-urine': 'no', 'q-vomit': 'no' } as const;
const earlyCalm = { ...earlyQuiet, 'q-leg': 'no', 'q-urine': 'no', 'q-vomit': 'no' } as const;

const row = rowsAged(adult);

const rows: VignetteRow[] = [
  // Review 2026-12-04 (zwangerschap): painful swollen leg or breathlessness (VTE) was never asked.
  row('a woman 34 weeks pregnant, suddenly breathless with pain on breathing in', { 'q-breath': 'yes' }, 'o-112', 'U1', 'spec:lung-clot-signs'),
  row('a pregnant woman unsure whether breathing hurts (weet ik niet)', { 'q-breath': 'unknown' }, 'o-112', 'U1', 'spec:lung-clot-signs'),
  row('a woman 9 weeks pregnant losing more blood than a period', { 'q-breath': 'no', 'q-bleeding': 'yes' }, 'o-urgent', 'U2', 'spec:heavy-bleeding-or-severe-pain'),
  row('a pregnant woman unsure whether her bleeding is heavy (weet ik niet)', { 'q-breath': 'no', 'q-bleeding': 'unknown' }, 'o-urgent', 'U2', 'spec:heavy-bleeding-or-severe-pain'),
  row('a woman 30 weeks pregnant who feels the baby moving less', { 'q-breath': 'no', 'q-bleeding': 'no', 'q-baby': 'yes' }, 'o-urgent', 'U2', 'spec:waters-movements-early-contractions'),
  row('a woman 35 weeks pregnant unsure whether the wetness is her waters', { 'q-breath': 'no', 'q-bleeding': 'no', 'q-baby': 'unknown' }, 'o-urgent', 'U2', 'spec:waters-movements-early-contractions'),
  row('a woman 34 weeks pregnant with a severe headache and flashing lights', { 'q-breath': 'no', 'q-bleeding': 'no', 'q-baby': 'no', 'q-preeclampsia': 'yes' }, 'o-urgent', 'U2', 'spec:pre-eclampsia-signs'),
  row('a woman 36 weeks pregnant unsure whether her face is puffier (weet ik niet)', { 'q-breath': 'no', 'q-bleeding': 'no', 'q-baby': 'no', 'q-preeclampsia': 'unknown' }, 'o-urgent', 'U2', 'spec:pre-eclampsia-signs'),
  row('a pregnant woman with 38.6 °C fever', { ...clear, 'q-fever': 'yes' }, 'o-urgent', 'U2', 'spec:fever'),
  row('a pregnant woman with shivers who did not measure her temperature', { ...clear, 'q-fever': 'unknown' }, 'o-urgent', 'U2', 'spec:fever'),
  // Review 2026-12-04 (zwangerschap, unsafe): light bleeding ended in self-care. From 16 weeks the midwife now.
  row('a woman 30 weeks pregnant with a few drops of blood and no pain', { ...late, 'q-pain': 'no', 'q-spotting': 'yes' }, 'o-urgent', 'U2', 'spec:bleeding-from-16-weeks'),
  row('a woman with a little bleeding who is not sure how many weeks she is', { ...clear, 'q-weeks': 'unknown', 'q-fall': 'no', 'q-pain': 'no', 'q-spotting': 'yes' }, 'o-urgent', 'U2', 'spec:bleeding-from-16-weeks'),
  row('a woman 9 weeks pregnant with brown spotting and no pain', { ...early, 'q-pain': 'no', 'q-spotting': 'yes' }, 'o-bleeding-today', 'U3', 'spec:early-bleeding'),
  row('a woman 9 weeks pregnant unsure whether what she loses is blood', { ...early, 'q-pain': 'no', 'q-spotting': 'unknown' }, 'o-bleeding-today', 'U3', 'spec:early-bleeding'),
  row('a woman 7 weeks pregnant with spotting and a nagging pain on one side', { ...early, 'q-pain': 'yes', 'q-spotting': 'yes' }, 'o-early-urgent', 'U2', 'spec:early-pain-with-bleeding'),
  row('a woman 7 weeks pregnant with spotting, unsure whether the cramps count as pain', { ...early, 'q-pain': 'unknown', 'q-spotting': 'yes' }, 'o-early-urgent', 'U2', 'spec:early-pain-with-bleeding'),
  row('a woman 10 weeks pregnant with a pain low on one side that stays, no blood', { ...early, 'q-pain': 'yes', 'q-spotting': 'no' }, 'o-pain-today', 'U3', 'spec:belly-pain-that-stays'),
  row('a woman 26 weeks pregnant with a belly ache that has not gone since this morning', { ...late, 'q-pain': 'yes', 'q-spotting': 'no' }, 'o-pain-today', 'U3', 'spec:belly-pain-that-stays'),
  // Review 2026-12-04 (zwangerschap): a fall or blow on the belly was never asked.
  row('a woman 28 weeks pregnant who fell off her bike onto her belly yesterday', { ...clear, 'q-weeks': 'yes', 'q-fall': 'yes' }, 'o-fall', 'U2', 'spec:fall-or-blow-from-16-weeks'),
  row('a woman 24 weeks pregnant whose partner kicked her in the belly', { ...clear, 'q-weeks': 'yes', 'q-fall': 'yes' }, 'o-fall', 'U2', 'spec:fall-or-blow-from-16-weeks'),
  row('a pregnant woman unsure of her weeks, unsure whether the bump was hit in a car crash', { ...clear, 'q-weeks': 'unknown', 'q-fall': 'unknown' }, 'o-fall', 'U2', 'spec:fall-or-blow-from-16-weeks'),
  row('a woman 10 weeks pregnant who slipped and landed on her belly, no blood or pain', { ...clear, 'q-weeks': 'no', 'q-fall': 'yes', 'q-pain': 'no', 'q-spotting': 'no', 'q-leg': 'no', 'q-urine': 'no', 'q-vomit': 'no' }, 'o-fall-early', 'U4', 'spec:fall-or-blow-early'),
  row('a woman 12 weeks pregnant who fell and now has a little blood loss', { ...clear, 'q-weeks': 'no', 'q-fall': 'yes', 'q-pain': 'no', 'q-spotting': 'yes' }, 'o-bleeding-today', 'U3', 'spec:early-bleeding'),
  row('a woman 30 weeks pregnant with a warm, swollen left calf', { ...lateQuiet, 'q-leg': 'yes' }, 'o-leg', 'U3', 'spec:leg-clot-signs'),
  row('a woman 12 weeks pregnant unsure whether one leg is thicker', { ...earlyQuiet, 'q-leg': 'unknown' }, 'o-leg', 'U3', 'spec:leg-clot-signs'),
  // Review 2026-12-04 (zwangerschap): urinary symptoms were never asked.
  row('a woman 20 weeks pregnant with burning when she pees', { ...lateQuiet, 'q-leg': 'no', 'q-urine': 'yes' }, 'o-urine', 'U3', 'spec:painful-urination'),
  row('a woman 14 weeks pregnant unsure whether peeing hurts or she just goes more often', { ...earlyQuiet, 'q-leg': 'no', 'q-urine': 'unknown' }, 'o-urine', 'U3', 'spec:painful-urination'),
  row('a woman 8 weeks pregnant who has kept nothing down since yesterday', { ...earlyQuiet, 'q-leg': 'no', 'q-urine': 'no', 'q-vomit': 'yes' }, 'o-today', 'U3', 'spec:cannot-keep-anything-down'),
  row('a woman 32 weeks pregnant with itchy palms and soles at night', { ...lateCalm, 'q-itch': 'yes' }, 'o-soon', 'U4', 'spec:itching-hands-feet'),
  row('a woman 30 weeks pregnant unsure whether her itching is "a lot"', { ...lateCalm, 'q-itch': 'unknown' }, 'o-soon', 'U4', 'spec:itching-hands-feet'),
  row('a woman 12 weeks pregnant with mild morning sickness and back pain', earlyCalm, 'o-self-care', 'U5', 'calm presentation: Thuisarts zwanger en klachten'),
  row('a woman 30 weeks pregnant with back pain, no alarm signs and no itching', { ...lateCalm, 'q-itch': 'no' }, 'o-self-care', 'U5', 'calm presentation: Thuisarts zwanger en klachten'),
];

vignetteTable('zwangerschap', rows);

describe("zwangerschap: texts that keep the triage's promise", () => {
  const nl = content.texts.nl!.zwangerschap!;
  it('the self-care safety net names the limits of the triage (review: it contradicted them)', () => {
    const net = nl['o-self-care.safety-net']!;
    expect(net).toMatch(/16 weken/);
    expect(net).toMatch(/dezelfde dag/);
    expect(net).toMatch(/meteen/);
    expect(net).toMatch(/112/);
  });
  it('the fall outcomes name Veilig Thuis for a blow at home', () => {
    expect(nl['o-fall.safe']).toMatch(/Veilig Thuis.*0800-2000/);
    expect(content.planned.get('zwangerschap')!.tree.nodes['o-fall-early']).toMatchObject({
      advice: expect.arrayContaining(['o-fall.safe']),
    });
  });
});
