/**
 * Shortness of breath. Review 2026-12-04 (needs work): onset never asked, PE risk factors missing,
 * q-sudden-chest compound (sudden AND a sign), known asthma/COPD worse than usual not escalated,
 * and o-next-day assumed "al langer kortademig". Now: q-signs and q-sudden (together 112, each
 * alone the GP now), q-lung-disease and q-attack, clot risks in q-risk, and q-worse for the course.
 */
import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow, rowsAged } from './harness.ts';

const adult = '18-to-65-years';
/** No chest pain, blood or leg; not sudden; breathing not hard work. */
const none = { 'q-signs': 'no', 'q-sudden': 'no', 'q-hard-breathing': 'no' } as const;
/** Also no asthma or COPD. */
const noLung = { ...none, 'q-lung-disease': 'no' } as const;
/** Also no risk group, not getting worse quickly. */
const calm = { ...noLung, 'q-risk': 'no', 'q-worse': 'no' } as const;

const row = rowsAged(adult);

const rows: VignetteRow[] = [
  row('a 40-year-old, suddenly breathless with chest pain on breathing in after a long flight', { 'q-signs': 'yes', 'q-sudden': 'yes' }, 'o-112', 'U1', 'spec:sudden-with-chest-pain-blood-or-leg'),
  row('sudden breathlessness, unsure about the other signs (weet ik niet)', { 'q-signs': 'unknown', 'q-sudden': 'yes' }, 'o-112', 'U1', 'spec:sudden-with-chest-pain-blood-or-leg'),
  row('coughing blood and breathless, unsure how fast it came (weet ik niet)', { 'q-signs': 'yes', 'q-sudden': 'unknown' }, 'o-112', 'U1', 'spec:sudden-with-chest-pain-blood-or-leg'),
  // Review 2026-12-04 (pattern 3): q-sudden-chest needed "sudden" AND a sign; a sign alone is now U2.
  row('a 55-year-old coughing up blood, breathless for two weeks', { 'q-signs': 'yes', 'q-sudden': 'no', 'q-hard-breathing': 'no', 'q-lung-disease': 'no' }, 'o-signs', 'U2', 'spec:chest-pain-blood-or-leg'),
  row('a 70-year-old with COPD, a swollen painful calf and slowly worse breathing', { 'q-signs': 'yes', 'q-sudden': 'no', 'q-hard-breathing': 'no', 'q-lung-disease': 'yes', 'q-attack': 'no' }, 'o-signs', 'U2', 'spec:chest-pain-blood-or-leg', '70-years-or-older'),
  // Review 2026-12-04 (kortademig): onset was never asked. Sudden new breathlessness alone used to end at U4.
  row('a 30-year-old, suddenly breathless an hour ago without other signs', { 'q-signs': 'no', 'q-sudden': 'yes', 'q-hard-breathing': 'no', 'q-lung-disease': 'no' }, 'o-sudden', 'U2', 'spec:sudden-onset'),
  row('someone unsure whether it came suddenly (weet ik niet)', { 'q-signs': 'no', 'q-sudden': 'unknown', 'q-hard-breathing': 'no', 'q-lung-disease': 'no' }, 'o-sudden', 'U2', 'spec:sudden-onset'),
  row('suddenly breathless, not sure about asthma, and the inhaler question does not fit', { 'q-signs': 'no', 'q-sudden': 'yes', 'q-hard-breathing': 'no', 'q-lung-disease': 'unknown', 'q-attack': 'no' }, 'o-sudden', 'U2', 'spec:sudden-onset'),
  row('a 3-year-old whose skin pulls in between the ribs with every breath', { 'q-signs': 'no', 'q-sudden': 'no', 'q-hard-breathing': 'yes' }, 'o-urgent', 'U2', 'spec:hard-work-breathing', '1-to-4-years'),
  row('a parent unsure whether breathing is hard work (weet ik niet)', { 'q-signs': 'no', 'q-sudden': 'no', 'q-hard-breathing': 'unknown' }, 'o-urgent', 'U2', 'spec:hard-work-breathing', '4-to-12-years'),
  row('a 6-month-old with a cold who drinks less than half of the usual', { ...none, 'q-baby-drink': 'yes' }, 'o-urgent', 'U2', 'spec:baby-drinks-poorly-or-pauses', '3-to-12-months'),
  row('a parent not sure whether the baby pauses breathing (weet ik niet)', { ...none, 'q-baby-drink': 'unknown' }, 'o-urgent', 'U2', 'spec:baby-drinks-poorly-or-pauses', '3-to-12-months'),
  row('a 25-year-old with asthma whose reliever does not help after 10 minutes', { ...none, 'q-lung-disease': 'yes', 'q-attack': 'yes' }, 'o-attack', 'U2', 'spec:asthma-copd-worse-than-usual'),
  // Review 2026-12-04 (kortademig): known asthma/COPD worse than the person's usual flares.
  row('a 68-year-old with COPD, worse than his usual flares though the puffer helps a bit', { ...none, 'q-lung-disease': 'yes', 'q-attack': 'yes' }, 'o-attack', 'U2', 'spec:asthma-copd-worse-than-usual', '65-to-70-years'),
  row('a 9-year-old with asthma, the parent unsure whether this is worse than usual', { ...none, 'q-lung-disease': 'yes', 'q-attack': 'unknown' }, 'o-attack', 'U2', 'spec:asthma-copd-worse-than-usual', '4-to-12-years'),
  row('a 45-year-old with asthma, more breathless with a cold, the reliever works', { ...none, 'q-lung-disease': 'yes', 'q-attack': 'no' }, 'o-flare', 'U3', 'spec:asthma-copd-flare'),
  row('a 30-year-old with asthma, a sudden usual attack that settles with the reliever', { 'q-signs': 'no', 'q-sudden': 'yes', 'q-hard-breathing': 'no', 'q-lung-disease': 'yes', 'q-attack': 'no' }, 'o-flare', 'U3', 'spec:asthma-copd-flare'),
  row('a 2-month-old with a stuffy nose and noisy breathing, drinking well', { ...none, 'q-baby-drink': 'no', 'q-lung-disease': 'no' }, 'o-today', 'U3', 'spec:young-baby', '1-to-3-months'),
  row('a 68-year-old with heart failure who is more breathless', { ...noLung, 'q-risk': 'yes' }, 'o-today', 'U3', 'spec:fever-heart-immunity-pregnancy', '65-to-70-years'),
  // Review 2026-12-04 (kortademig): PE risk factors (surgery, pregnancy, cancer) were missing.
  row('a 34-year-old, two weeks after a caesarean, more breathless over some days', { ...noLung, 'q-risk': 'yes' }, 'o-today', 'U3', 'spec:clot-risk'),
  row('a 60-year-old unsure whether any risk applies (weet ik niet)', { ...noLung, 'q-risk': 'unknown' }, 'o-today', 'U3', 'spec:clot-risk'),
  row('a 50-year-old breathless even when sitting, worse every day since three days', { ...noLung, 'q-risk': 'no', 'q-worse': 'yes' }, 'o-worse', 'U3', 'spec:rapidly-worse-or-at-rest'),
  row('someone unsure whether it is getting worse quickly (weet ik niet)', { ...noLung, 'q-risk': 'no', 'q-worse': 'unknown' }, 'o-worse', 'U3', 'spec:rapidly-worse-or-at-rest'),
  row('a 30-year-old, slowly more breathless for three weeks with no cold', { ...calm, 'q-cold': 'no' }, 'o-next-day', 'U4', 'spec:long-standing'),
  row('not sure whether it is just the cold (weet ik niet): own GP, not self-care', { ...calm, 'q-cold': 'unknown' }, 'o-next-day', 'U4', 'spec:long-standing'),
  row('a 35-year-old a little breathless with a cold for two days, otherwise fine', { ...calm, 'q-cold': 'yes' }, 'o-self-care', 'U5', 'calm presentation: Thuisarts Verkouden'),
  row('a 5-year-old breathing a bit noisily with a cold, playing and drinking', { ...calm, 'q-cold': 'yes' }, 'o-self-care-child', 'U5', 'calm presentation: Thuisarts Mijn kind is verkouden', '4-to-12-years'),
];

vignetteTable('kortademig', rows);

describe('kortademig: texts say only what was asked', () => {
  const nl = content.texts.nl!.kortademig!;
  // Review 2026-12-04: o-next-day said "je bent al langer kortademig", which was never asked.
  it('o-next-day states what the answers showed: not sudden, not quickly worse, not a cold', () => {
    expect(nl['o-next-day.why']).not.toMatch(/al langer/);
    expect(nl['o-next-day.why']).toMatch(/niet opeens/);
  });
  it('sudden onset and the signs are two questions, not one compound', () => {
    const tree = content.planned.get('kortademig')!.tree;
    expect(tree.start).toBe('q-signs');
    expect(tree.nodes['q-sudden-chest']).toBeUndefined();
  });
});
