/**
 * Hay fever: breathing first (an asthma attack, or wheezing), then the eyes (pain or loss of vision are not hay
 * fever), then the calm path to self-care with the Thuisarts page (field case).
 */
import { describe, expect, it } from 'vitest';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
/** Breathing fine, eyes only itchy or watery: the remedies question comes next. */
const calm = { 'q-asthma': 'no', 'q-eye': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 17-year-old with hay fever who can hardly speak for breathlessness', answers: { 'q-breathing': 'yes' }, screen: 'given', age: '16-to-18-years', outcome: 'o-call-112', urgency: 'U1', source: 'spec:severe-breathlessness' },
  { story: 'a 23-year-old with asthma whose inhaler no longer helps and who breathes very fast', answers: { 'q-asthma': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:asthma-attack' },
  { story: 'a parent unsure how short of breath her son is (weet ik niet)', answers: { 'q-asthma': 'unknown' }, age: '4-to-12-years', outcome: 'o-urgent', urgency: 'U2', source: 'spec:asthma-attack' },
  { story: 'a 19-year-old with hay fever, a tight chest and wheezing, getting no worse', answers: { 'q-asthma': 'mild', 'q-eye': 'no' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:wheeze-tight-chest' },
  { story: 'a 41-year-old with sneezing whose left eye suddenly sees a dark curtain', answers: { 'q-asthma': 'no', 'q-eye': 'yes' }, age: adult, outcome: 'o-eye-urgent', urgency: 'U2', source: 'spec:sudden-vision-loss-or-severe-eye-pain' },
  { story: 'not sure whether the eye problem is more than hay fever (weet ik niet)', answers: { 'q-asthma': 'no', 'q-eye': 'unknown' }, age: adult, outcome: 'o-eye-urgent', urgency: 'U2', source: 'spec:sudden-vision-loss-or-severe-eye-pain' },
  { story: 'a contact-lens wearer with a painful red eye that cannot stand light', answers: { 'q-asthma': 'no', 'q-eye': 'pain' }, age: adult, outcome: 'o-eye-today', urgency: 'U3', source: 'spec:eye-pain-light-blurred' },
  { story: 'a wheezing 30-year-old whose eye also hurts and is blurred', answers: { 'q-asthma': 'mild', 'q-eye': 'pain' }, age: adult, outcome: 'o-eye-today', urgency: 'U3', source: 'spec:eye-pain-light-blurred' },
  { story: 'field case: hay fever → self-care with the Thuisarts page (ik-heb-hooikoorts)', answers: { ...calm, 'q-tried': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'domain brief §6 (field case)' },
  { story: 'a 9-year-old sneezing with itchy eyes in May', answers: { ...calm, 'q-tried': 'no' }, age: '4-to-12-years', outcome: 'o-self-care', urgency: 'U5', source: 'domain brief §6 (field case)' },
  { story: 'a 33-year-old who used cetirizine and a nasal spray for 3 weeks without relief', answers: { ...calm, 'q-tried': 'yes' }, age: adult, outcome: 'o-e-consult', urgency: 'U5', source: 'NHG-Standaard Allergische en niet-allergische rinitis (evaluate persistent complaints)' },
];

vignetteTable('hooikoorts', rows);

describe('hooikoorts: what a row cannot say', () => {
  it('field case on a Saturday evening: still self-care with the Thuisarts page, never the post', () => {
    const result = triage('hooikoorts', { age: adult, answers: { ...calm, 'q-tried': 'no' }, at: '2026-11-28T20:00:00+01:00' });
    expect(result.outcome).toMatchObject({ channel: 'self-care', thuisarts: ['ik-heb-hooikoorts'] });
  });
});
